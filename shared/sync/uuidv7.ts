import { DecisionId } from '../domain/decision';
import { randomBits } from './random';
import type { Random } from './random';

const MAX_MS = 2 ** 48 - 1;
const MAX_COUNTER = 0xfff;

const hex = (value: number, digits: number): string => value.toString(16).padStart(digits, '0');

/** The millisecond timestamp and 12-bit counter (rand_a) of a UUIDv7. */
export function uuidV7Parts(id: DecisionId): { ms: number; counter: number } {
  return {
    ms: parseInt(id.slice(0, 8) + id.slice(9, 13), 16),
    counter: parseInt(id.slice(15, 18), 16),
  };
}

/**
 * Mints a UUIDv7 (RFC 9562, method 1: rand_a is a counter) strictly above `previous`, the last id
 * this device minted (kept in the outbox meta, so it survives crashes).
 *
 * Why strictly above: the device clock may jump backwards (by a day, by ten years); reusing an
 * earlier millisecond with a re-seeded or weak random source could repeat an id, and the server
 * would then answer DUPLICATE for a different decision: a silent loss. Ordering ids by the last
 * one makes a repeat impossible on one device whatever the clock does; rand_b's 62 random bits keep
 * devices apart. The id's time is only an index hint; the server never orders by it.
 */
export function mintDecisionId(previous: DecisionId | null, nowMs: number, random: Random): DecisionId {
  let ms = Math.min(MAX_MS, Math.max(0, Math.floor(nowMs)));
  // Start counters in the lower half of rand_a so that a burst within one millisecond has room.
  let counter = randomBits(random, 11);
  if (previous !== null) {
    const last = uuidV7Parts(previous);
    if (ms <= last.ms) {
      ms = last.ms;
      counter = last.counter + 1;
      if (counter > MAX_COUNTER) {
        ms = Math.min(MAX_MS, last.ms + 1);
        counter = randomBits(random, 11);
      }
    }
  }
  const msHex = hex(ms, 12);
  const variant = 0x8 | randomBits(random, 2);
  const tail =
    hex(randomBits(random, 12), 3) + hex(randomBits(random, 24), 6) + hex(randomBits(random, 24), 6);
  const text = `${msHex.slice(0, 8)}-${msHex.slice(8)}-7${hex(counter, 3)}-${hex(variant, 1)}${tail.slice(0, 3)}-${tail.slice(3)}`;
  return DecisionId.parse(text);
}
