export * from './pastedPeople';
