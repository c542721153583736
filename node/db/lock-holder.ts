import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The name of another program that has the database (or its -wal / -shm companion) open, when the
 * operating system lets us see it: on Linux every process's open files are listed under /proc. Other
 * systems answer null and the message says "another program".
 */
export function findLockHolder(dbPath: string, ownPid: number = process.pid, procRoot = '/proc'): string | null {
  if (process.platform !== 'linux') return null;
  const target = resolve(dbPath);
  const files = new Set([target, `${target}-wal`, `${target}-shm`, `${target}-journal`]);
  let pids: string[];
  try {
    pids = readdirSync(procRoot).filter((name) => /^\d+$/.test(name) && Number(name) !== ownPid);
  } catch {
    return null;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`${procRoot}/${pid}/fd`);
    } catch {
      continue; // another user's process, or one that just ended
    }
    const holds = fds.some((fd) => {
      try {
        return files.has(readlinkSync(`${procRoot}/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    });
    if (holds) {
      try {
        return readFileSync(`${procRoot}/${pid}/comm`, 'utf8').trim() || null;
      } catch {
        return null;
      }
    }
  }
  return null;
}
