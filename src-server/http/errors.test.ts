import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installErrorHandlers } from './errors';

describe('the error handler', () => {
  it('answers a value PostgreSQL refused (SQLSTATE class 22) 400, any other database error 500', async () => {
    const app = Fastify();
    installErrorHandlers(app);
    const dbError = (code: string) => Object.assign(new Error(`database said ${code}`), { code });
    app.get('/nul', async () => {
      throw dbError('22021');
    });
    app.get('/range', async () => {
      throw dbError('22003');
    });
    app.get('/deadlock', async () => {
      throw dbError('40P01');
    });
    const answers = await Promise.all(
      ['/nul', '/range', '/deadlock'].map(async (url) => {
        const response = await app.inject({ method: 'GET', url });
        return [response.statusCode, response.json<{ error: { code: string } }>().error.code];
      }),
    );
    expect(answers).toEqual([
      [400, 'VALIDATION_FAILED'],
      [400, 'VALIDATION_FAILED'],
      [500, 'INTERNAL'],
    ]);
    await app.close();
  });
});
