/** The central API's paths, declared once for the server, the client and the OpenAPI document. */
export const apiRoutes = {
  health: '/health',
  openapi: '/openapi.json',
  posts: '/api/v1/posts',
  snapshot: '/sync/v1/snapshot',
} as const;
