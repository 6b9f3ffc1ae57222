export { browserApiBaseUrl, createBrowserHost, DEFAULT_API_BASE_URL } from './browser-host';
export { createElectronHost } from './electron-host';
export { detectHost } from './detect';
