import { describe, expect, it } from 'vitest';
import { HlcError, compareHlc, decodeHlc, encodeHlc, receive, tick, type Hlc } from './hlc';

const at = (wall: number, counter = 0, node = 'a'): Hlc => ({ wall, counter, node });

describe('a hybrid logical clock', () => {
  it('follows the wall clock while it moves forward', () => {
    expect(tick(null, 1000, 'a')).toEqual(at(1000));
    expect(tick(at(1000), 1005, 'a')).toEqual(at(1005));
  });

  it('stays monotonic when the wall clock stands still or goes back', () => {
    let time = tick(null, 1000, 'a');
    const seen = [time];
    for (const now of [1000, 1000, 990, 500, 1000, 1001, 1001]) {
      time = tick(time, now, 'a');
      seen.push(time);
    }
    for (let i = 1; i < seen.length; i += 1) expect(compareHlc(seen[i - 1]!, seen[i]!)).toBeLessThan(0);
    expect(seen.map((t) => [t.wall, t.counter])).toEqual([[1000, 0], [1000, 1], [1000, 2], [1000, 3], [1000, 4], [1000, 5], [1001, 0], [1001, 1]]);
  });

  it('after receiving a remote time, every local time is later than it', () => {
    // Remote machine is 50 ms ahead of us.
    const remote = at(1050, 3, 'b');
    const merged = receive(at(1000, 7), remote, 1010, 'a');
    expect(merged).toEqual(at(1050, 4));
    expect(compareHlc(remote, merged)).toBeLessThan(0);
    expect(compareHlc(merged, tick(merged, 1020, 'a'))).toBeLessThan(0);
    // Same millisecond everywhere: the larger counter wins, plus one.
    expect(receive(at(1000, 7), at(1000, 2, 'b'), 1000, 'a')).toEqual(at(1000, 8));
    // Our wall clock ahead of both: back to counter 0.
    expect(receive(at(900, 7), at(950, 2, 'b'), 1000, 'a')).toEqual(at(1000, 0));
    // Our last time ahead: its counter goes on.
    expect(receive(at(1100, 7), at(950, 2, 'b'), 1000, 'a')).toEqual(at(1100, 8));
  });

  it('refuses a remote time more than a day ahead of our wall clock', () => {
    expect(() => receive(null, at(1000 + 25 * 3600 * 1000, 0, 'b'), 1000, 'a')).toThrow(HlcError);
  });

  it('breaks ties by machine, and its text sorts as the times do', () => {
    const times = [at(2, 0, 'b'), at(1000, 1, 'a'), at(2, 0, 'a'), at(999, 35, 'z'), at(1000, 0, 'c'), at(1000, 36, 'a')];
    const byClock = [...times].sort(compareHlc);
    const byText = [...times].sort((x, y) => (encodeHlc(x) < encodeHlc(y) ? -1 : 1));
    expect(byText).toEqual(byClock);
    for (const time of times) expect(decodeHlc(encodeHlc(time))).toEqual(time);
    expect(() => decodeHlc('yesterday')).toThrow(HlcError);
  });
});
