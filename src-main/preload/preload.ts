// The sandboxed preload: bundled to one CommonJS file, because a sandboxed preload can require()
// only 'electron' and a handful of polyfilled modules, not other files.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeBridge } from './expose';

exposeBridge(contextBridge, ipcRenderer);
