/**
 * A hybrid logical clock (Kulkarni et al., 2014): a time that orders changes across machines. Each
 * timestamp is the wall clock in milliseconds, a counter for events within the same millisecond (or while
 * the wall clock lags behind a time already seen), and the id of the machine that made it, which breaks
 * ties. It never goes backwards, even when the computer's clock does, and after receiving a remote time
 * every local time is later than it. Pure: the wall clock is passed in.
 */
export interface Hlc {
  wall: number;
  counter: number;
  node: string;
}

/** Largest counter that fits the encoding; a clock this far ahead of the wall clock is a broken one. */
const MAX_COUNTER = 36 ** 4 - 1;
/** How far a remote time may run ahead of our wall clock before it is refused (one day). */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export class HlcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HlcError';
  }
}

function checked(time: Hlc): Hlc {
  if (time.counter > MAX_COUNTER) throw new HlcError(`clock counter overflow at ${time.wall}`);
  return time;
}

/** The time of a local event: later than `last` and than the wall clock's reading `now`. */
export function tick(last: Hlc | null, now: number, node: string): Hlc {
  if (last === null || now > last.wall) return { wall: now, counter: 0, node };
  return checked({ wall: last.wall, counter: last.counter + 1, node });
}

/** Our time after receiving `remote`: later than both it and `last`. Refuses a remote time from too far ahead. */
export function receive(last: Hlc | null, remote: Hlc, now: number, node: string): Hlc {
  if (remote.wall - now > MAX_DRIFT_MS) throw new HlcError(`remote time ${remote.wall} is too far ahead of ${now}`);
  const lastWall = last?.wall ?? -1;
  const wall = Math.max(lastWall, remote.wall, now);
  if (wall === lastWall && wall === remote.wall) return checked({ wall, counter: Math.max(last!.counter, remote.counter) + 1, node });
  if (wall === lastWall) return checked({ wall, counter: last!.counter + 1, node });
  if (wall === remote.wall) return checked({ wall, counter: remote.counter + 1, node });
  return { wall, counter: 0, node };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return a.wall - b.wall || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
}

/** Text that sorts as the times do: 15 decimal digits of milliseconds, 4 base-36 digits of counter, the node. */
export function encodeHlc(time: Hlc): string {
  return `${String(time.wall).padStart(15, '0')}-${time.counter.toString(36).padStart(4, '0')}-${time.node}`;
}

const ENCODED = /^(\d{15})-([0-9a-z]{4})-(.+)$/;

export function decodeHlc(text: string): Hlc {
  const match = ENCODED.exec(text);
  if (match === null) throw new HlcError(`not a clock time: ${text}`);
  return { wall: Number(match[1]), counter: parseInt(match[2]!, 36), node: match[3]! };
}
