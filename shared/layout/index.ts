export * from './geometry';
export { chooseColumns, computeBands, layoutAccount, placeOne, planLayout, MIN_SPACING, type LayoutPlan } from './plan';
export { managersOf, orderForBand } from './order';
export { layoutMayChange, planAfterMoves } from './reuse';
export { departmentRuns, type DepartmentRun } from './departments';
