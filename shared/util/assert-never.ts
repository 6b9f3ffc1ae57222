/** Exhaustiveness check for closed unions: the compiler flags every switch that misses a case. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
