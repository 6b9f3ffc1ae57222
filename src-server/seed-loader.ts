import type { SeedData } from '@shared/domain/seed';

export type GenerateDemoData = (options: { seed: number; count: number; referenceDir?: string }) => SeedData;

/**
 * The demo-data generator (src-server/seed/, another engineer's part) is loaded only when
 * --seed-if-empty asks for it: it reads the reference tariff files, which a plain API start
 * should not pay for. The specifier is a literal so the compiler checks the signature and
 * esbuild bundles the module; a failure to load becomes a message, not a crash.
 */
export async function loadDemoDataGenerator(): Promise<GenerateDemoData | { missing: string }> {
  try {
    const module = await import('./seed/generate');
    return module.generateDemoData;
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
}
