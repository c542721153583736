/** Percentile of already collected samples (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export const ms = (value: number, digits = 3): string => `${value.toFixed(digits)} ms`;

/** Runs `fn` `count` times and returns each duration in milliseconds. */
export function timeEach(count: number, fn: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

export function table(rows: Record<string, string | number>[]): void {
  console.table(rows);
}

/**
 * Watches the event loop with a 1 ms timer; the returned function stops it and gives the longest gap
 * between two turns (the time to the first turn and since the last included, so a wholly synchronous
 * export counts in full).
 */
export function watchEventLoop(): () => number {
  let last = performance.now();
  let longest = 0;
  let timer: NodeJS.Timeout;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  return () => {
    clearTimeout(timer);
    return Math.max(longest, performance.now() - last);
  };
}

/**
 * Runs `fn` `count` times and returns each run's wall-clock and CPU time (the process's user + system
 * time, all threads) in milliseconds: on a shared machine the CPU time leaves out the waits for a core.
 */
export function timeAndCpuEach(count: number, fn: (i: number) => void): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < count; i++) {
    const used = process.cpuUsage();
    const start = performance.now();
    fn(i);
    wall.push(performance.now() - start);
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / 1000);
  }
  return { wall, cpu };
}
