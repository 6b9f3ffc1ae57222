/**
 * The renderer's Content-Security-Policy. Everything is denied by default and each directive
 * allows only what the bundle needs: its own scripts and styles (no inline code, no eval), images
 * it draws itself (data:, blob: for photo previews and generated charts), and one network origin,
 * the central API. No frames, no plugins, no forms posting anywhere, no <base> hijacking.
 */
export function buildContentSecurityPolicy(apiOrigin: string): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", apiOrigin],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
    ['object-src', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}
