/** The menu roles the officer's menu uses; none of them reloads the page or opens DevTools. */
export type MenuRole =
  | 'appMenu'
  | 'fileMenu'
  | 'windowMenu'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen';

/** A menu item as Electron's Menu.buildFromTemplate takes it, narrowed to what we use. */
export type MenuItemTemplate =
  { role: MenuRole } | { type: 'separator' } | { label: string; submenu: MenuItemTemplate[] };

const separator: MenuItemTemplate = { type: 'separator' };

/**
 * The application menu of a packaged build, instead of Electron's default one, whose View menu
 * reloads the page and toggles DevTools. It keeps what an officer needs: copy and paste (on macOS
 * the shortcuts work only through an Edit menu), select all, zoom, full screen and quitting.
 */
export function officerMenu(platform: string): MenuItemTemplate[] {
  return [
    // macOS puts Quit, Hide and About under the app's name; elsewhere Quit lives in File.
    { role: platform === 'darwin' ? 'appMenu' : 'fileMenu' },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
