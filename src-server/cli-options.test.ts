import { describe, expect, it } from 'vitest';
import { parseCliOptions } from './cli-options';

describe('parseCliOptions', () => {
  it('defaults to loopback port 4010 with PGlite in .data/server', () => {
    expect(parseCliOptions([], {})).toEqual({
      ok: true,
      value: {
        port: 4010,
        host: '127.0.0.1',
        databaseUrl: undefined,
        dataDir: '.data/server',
        memory: false,
        staticDir: undefined,
        corsOrigins: undefined,
        seedIfEmpty: false,
        seedCount: 300,
        seed: 1,
      },
    });
  });

  it('reads every option and DATABASE_URL', () => {
    const argv = [
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--memory',
      '--static',
      'dist/renderer',
      '--cors-origin',
      'https://a.example',
      '--cors-origin',
      'https://b.example',
      '--seed-if-empty',
      '--seed-count',
      '1000',
      '--seed',
      '7',
    ];
    const result = parseCliOptions(argv, { DATABASE_URL: 'postgresql://db/customs' });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        port: 0,
        host: '0.0.0.0',
        databaseUrl: 'postgresql://db/customs',
        memory: true,
        staticDir: 'dist/renderer',
        corsOrigins: ['https://a.example', 'https://b.example'],
        seedIfEmpty: true,
        seedCount: 1000,
        seed: 7,
      }),
    });
  });

  it.each([
    [['--port', '70000'], /--port must be an integer from 0 to 65535/],
    [['--port', '12ab'], /--port must be an integer/],
    [['--seed-count=-1'], /--seed-count must be an integer/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['stray'], /positional/],
  ])('rejects %j', (argv, message) => {
    const result = parseCliOptions(argv, {});
    expect(result.ok ? 'accepted' : result.error).toMatch(message);
  });

  it('asks for help', () => {
    expect(parseCliOptions(['--help'], {})).toEqual({ ok: true, value: 'help' });
  });
});
