export * from './enums';
export * from './link-ends';
export * from './types';
export * from './schemas';
export * from './ops';
export * from './result';
