/**
 * Command-line arguments: a command, one file, and `--name value` / `--name=value` / `--flag` options.
 * Unknown options are errors, so a typo never silently changes what is printed.
 */
export interface ParsedArgs {
  command: string | null;
  positional: string[];
  options: Map<string, string | true>;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; message: string };

export function parseArgs(argv: readonly string[], valued: ReadonlySet<string>, flags: ReadonlySet<string>): ArgsResult {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flags.has(name)) {
      if (inline !== undefined) return { ok: false, message: `--${name} takes no value.` };
      options.set(name, true);
    } else if (valued.has(name)) {
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) return { ok: false, message: `--${name} needs a value.` };
      if (inline === undefined) i += 1;
      options.set(name, value);
    } else {
      return { ok: false, message: `Unknown option --${name}.` };
    }
  }
  const [command = null, ...rest] = positional;
  return { ok: true, args: { command, positional: rest, options } };
}
