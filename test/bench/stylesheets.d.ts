// The bench pages import the renderer's stylesheets for esbuild to bundle beside them (as Vite does
// for the app, whose type check takes these from vite/client): modules without exports.
declare module '*.css';
