export * from './shared';
export * from './lead-client';
