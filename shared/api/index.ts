export * from './errors';
export * from './health';
export * from './posts';
export * from './routes';
export * from './snapshot';
export * from './sync-v1';
export * from './auth-v1';
export * from './reference-v1';
