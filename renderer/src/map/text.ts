// Label wrapping lives in shared/visual, so exported drawings wrap the same way.
export * from '../../../shared/visual/text';
