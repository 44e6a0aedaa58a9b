export * from './shared';
export * from './lead-client';
export * from './review/review-contract';
export * from './review/review-pack';
export * from './review/review-client';
export * from './review/review-schedule';
