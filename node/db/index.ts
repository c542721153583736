export { createStore, type DataSafety, type LocalStore, type StoreOptions } from './sqlite-store';
export { resolveNativeBinding, type NativeTarget } from './native-binding';
export { LATEST_SCHEMA_VERSION } from './migrations';
export { StoreError, type Store, type StoreErrorCode } from './store';
