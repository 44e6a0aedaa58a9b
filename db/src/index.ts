export * from './config';
export * from './data-source';
export * from './entities';
export * from './logger';
