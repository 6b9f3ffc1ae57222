/**
 * Origins the renderer runs from: the Electron app:// protocol, and the browser host served by
 * Vite or by this server on a loopback port.
 */
export const defaultCorsOrigins: ReadonlyArray<string | RegExp> = [
  'app://bundle',
  /^http:\/\/127\.0\.0\.1(:\d{1,5})?$/,
  /^http:\/\/localhost(:\d{1,5})?$/,
];
