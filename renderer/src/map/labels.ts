// The map's words live in shared/visual, so exported drawings use the same ones.
export * from '../../../shared/visual/labels';
