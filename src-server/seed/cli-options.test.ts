import { describe, expect, it } from 'vitest';
import { parseSeedCliOptions } from './cli-options';

describe('parseSeedCliOptions', () => {
  it('defaults to 300 declarations, seed 1, in the server data directory', () => {
    expect(parseSeedCliOptions([], {})).toEqual({
      ok: true,
      value: { count: 300, seed: 1, databaseUrl: undefined, dataDir: '.data/server', reset: false },
    });
  });

  it('reads count, seed, reset and a PostgreSQL url from the environment', () => {
    const parsed = parseSeedCliOptions(['--count', '100000', '--seed', '7', '--reset'], {
      DATABASE_URL: 'postgresql://localhost/bp',
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        count: 100000,
        seed: 7,
        databaseUrl: 'postgresql://localhost/bp',
        dataDir: '.data/server',
        reset: true,
      },
    });
  });

  it('explains a bad number, an unknown option and conflicting targets', () => {
    expect(parseSeedCliOptions(['--count', '-5'], {})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/--count/),
    });
    expect(parseSeedCliOptions(['--cuont', '5'], {})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/cuont/),
    });
    expect(parseSeedCliOptions(['--data-dir', 'x', '--database-url', 'postgresql://h/db'], {})).toMatchObject(
      {
        ok: false,
        error: expect.stringMatching(/cannot be combined/),
      },
    );
  });

  it('asks for help', () => {
    expect(parseSeedCliOptions(['--help'], {})).toEqual({ ok: true, value: 'help' });
  });
});
