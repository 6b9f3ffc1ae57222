export * from './declaration';
export * from './ids';
export * from './post';
export type * from './seed';
export * from './decision';
export * from './assessment-claim';
export * from './tax';
export * from './payment';
export * from './goods-attributes';
