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
        sessionHours: 12,
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
      '--session-hours',
      '24',
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
        sessionHours: 24,
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
    [
      ['--cors-origin', 'http://localhost:*'],
      /--cors-origin: "http:\/\/localhost:\*" is not an exact origin/,
    ],
    [['--cors-origin', 'https://customs.example/'], /is not an exact origin/],
    [['--session-hours', '0'], /--session-hours must be an integer from 1 to 720/],
  ])('rejects %j', (argv, message) => {
    const result = parseCliOptions(argv, {});
    expect(result.ok ? 'accepted' : result.error).toMatch(message);
  });

  it('reads exact CORS origins from BORDER_POST_CORS_ORIGINS, and lets --cors-origin win', () => {
    const env = { BORDER_POST_CORS_ORIGINS: 'app://bundle, https://customs.example' };
    const corsOrigins = (argv: string[]) => {
      const parsed = parseCliOptions(argv, env);
      return parsed.ok && parsed.value !== 'help' ? parsed.value.corsOrigins : parsed;
    };
    expect([corsOrigins([]), corsOrigins(['--cors-origin', 'https://other.example'])]).toEqual([
      ['app://bundle', 'https://customs.example'],
      ['https://other.example'],
    ]);
  });

  it('asks for help', () => {
    expect(parseCliOptions(['--help'], {})).toEqual({ ok: true, value: 'help' });
  });
});
