/** 630 KB of nothing but nested lists: the file that once hung the import and the command line for minutes. */
export function nestedListsFile(bytes = 630_000): string {
  const depth = Math.floor(bytes / 2);
  return '['.repeat(depth) + ']'.repeat(depth);
}
