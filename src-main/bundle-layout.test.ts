import { describe, expect, it } from 'vitest';
import { bundleLayout } from './bundle-layout';

describe('bundleLayout', () => {
  it('finds the renderer and the preload next to the main bundle', () => {
    expect(bundleLayout('/opt/Border Post/resources/app.asar/dist/main')).toEqual({
      rendererRoot: '/opt/Border Post/resources/app.asar/dist/renderer',
      preloadPath: '/opt/Border Post/resources/app.asar/dist/preload/preload.cjs',
    });
  });
});
