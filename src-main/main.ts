// The Electron entry point: hands the real Electron modules to startMainProcess, which is tested
// against fakes (start.test.ts). Nothing else belongs here.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { startMainProcess } from './start';

startMainProcess(
  {
    app,
    protocol,
    ipcMain,
    defaultSession: () => session.defaultSession,
    openExternal: (url) => shell.openExternal(url),
    createWindow: (options) => new BrowserWindow(options),
    windowCount: () => BrowserWindow.getAllWindows().length,
    showSaveDialog: (parent, options) =>
      parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options),
    showErrorBox: (title, content) => dialog.showErrorBox(title, content),
    setApplicationMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
  },
  { env: process.env, mainBundleDir: __dirname, platform: process.platform },
);
