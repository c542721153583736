/**
 * Ids for the records one import creates: UUIDs of version 7 (RFC 9562), each plan's ids in the order
 * they are made. The first 48 bits are the time the plan began (milliseconds), then a count within
 * the plan (30 bits, in the places RFC 9562 leaves to the generator for such a count), then 44 random
 * bits; unique across machines as a random UUID is for any practical number of records.
 *
 * Why not random ones: the store indexes every id (and a link's two ends). Thousands of random ids land
 * all over those indexes, so a commit writes (and logs) nearly every page of them; ids in order land at
 * their ends, a few pages per thousand records. The ids say when the import ran, as its history does.
 */
export function idsInOrder(startMs: number = Date.now()): () => string {
  const time = Math.max(0, Math.min(Math.floor(startMs), 2 ** 48 - 1))
    .toString(16)
    .padStart(12, '0');
  const random = new Uint8Array(6 * 256);
  let at = random.length;
  let count = 0;
  const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');
  return () => {
    if (at === random.length) {
      globalThis.crypto.getRandomValues(random);
      at = 0;
    }
    // 30 bits of count: 12 in rand_a, 18 at the start of rand_b (after the variant's 2 bits).
    const n = count++ % 2 ** 30;
    const high = n >>> 18;
    const low = n & 0x3ffff;
    // 44 random bits: the 62-bit rand_b's last 44.
    const r0 = random[at]! & 0x0f;
    const r1 = (random[at + 1]! << 16) | (random[at + 2]! << 8) | random[at + 3]!;
    const r2 = (random[at + 4]! << 8) | random[at + 5]!;
    at += 6;
    // rand_b: variant (10), then low (18 bits), then r0 (4 bits), r1 (24 bits), r2 (16 bits).
    const b = (0b10 << 30) | (low << 12) | (r0 << 8) | (r1 >>> 16);
    return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(high, 3)}-${hex(b >>> 16, 4)}-${hex(b & 0xffff, 4)}${hex(r1 & 0xffff, 4)}${hex(r2, 4)}`;
  };
}
