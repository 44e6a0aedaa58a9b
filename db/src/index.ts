export * from './config';
export * from './data-source';
export * from './entities';
export * from './governance/publish-version';
export * from './lead-attributes';
export * from './logger';
export * from './seed/demo-organisation';
export * from './seed/seed-demo';
