import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// URL instead of node:path: src-renderer may not import Node modules (eslint.config.js), and this
// file lives here so the renderer's build settings sit next to the renderer.
const resolveHere = (relative: string): string =>
  decodeURIComponent(new URL(relative, import.meta.url).pathname);

export default defineConfig({
  root: resolveHere('.'),
  // Relative asset URLs work from app://bundle/ in Electron and from any http origin.
  base: './',
  plugins: [react()],
  resolve: { alias: { '@shared': resolveHere('../shared') } },
  build: {
    outDir: resolveHere('../dist/renderer'),
    emptyOutDir: true,
    // The Electron CSP allows only 'self': no data: URIs for small assets, everything as files.
    assetsInlineLimit: 0,
    sourcemap: true,
    // One bundle read from the local disk (app://) or the local API: splitting would add requests,
    // not speed, so the default 500 kB web warning does not apply.
    chunkSizeWarningLimit: 1500,
  },
});
