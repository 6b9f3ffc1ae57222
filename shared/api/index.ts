export * from './errors';
export * from './health';
export * from './posts';
export * from './routes';
export * from './snapshot';
