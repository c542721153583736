import { nodeIo, type CliIo } from '../main';

/**
 * The command line's input and output for tests: files read from memory (any other path is missing, as
 * the real reader reports it), what it prints collected, files it writes written for real.
 */
export function memoryIo(files: Record<string, string>, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env,
    readText: async (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
    writeFile: nodeIo.writeFile,
  };
  return { fake: io, out: () => out.join(''), err: () => err.join('') };
}
