import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const sharedDir = fileURLToPath(new URL('./shared', import.meta.url));

// One vitest run, one project per layer, each in the environment that layer really runs in.
export default defineConfig({
  resolve: { alias: { '@shared': sharedDir } },
  test: {
    projects: [
      { extends: true, test: { name: 'shared', include: ['shared/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'main', include: ['src-main/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['src-renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['src-renderer/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src-server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'tariff-data',
          include: ['test/tariff/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'tooling',
          include: ['test/tooling/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
