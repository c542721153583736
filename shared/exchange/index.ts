export { FILE_EXTENSION, FORMAT_NAME, FORMAT_VERSION, MAX_FILE_BYTES, exchangeFileSchema, tooLargeMessage } from './file-schema';
export type { ExchangeFile } from './file-schema';
export { parseAccountFile, readAccountFile } from './parse';
export type { AccountFile } from './parse';
export { checkHistory } from './history';
export { serializeAccountFile } from './serialize';
export { checkReferences } from './references';
export { describeZodIssues, formatPath, capDetails } from './issues';
