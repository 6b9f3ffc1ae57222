import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The text of a file under assets/data, e.g. readAsset('tariffs/uk/ukgt_2021_with_eu_cet.csv'). */
export const readAsset = (path: string): string =>
  readFileSync(fileURLToPath(new URL(`../../assets/data/${path}`, import.meta.url)), 'utf8');

/** The text of a file under test/tariff/fixtures. */
export const readFixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

/** The value of a Result, or a test failure naming its error. */
export function unwrap<T, E>(result: { ok: true; value: T } | { ok: false; error: E }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}
