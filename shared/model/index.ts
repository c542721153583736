export * from './enums';
export * from './types';
export * from './schemas';
export * from './ops';
export * from './result';
