import { describe, expect, it } from 'vitest';
import { officerMenu, type MenuItemTemplate } from './app-menu';

/** Every role anywhere in the menu, submenus included. */
function rolesIn(items: MenuItemTemplate[]): string[] {
  return items.flatMap((item) => {
    if ('role' in item) return [item.role];
    if ('submenu' in item) return rolesIn(item.submenu);
    return [];
  });
}

describe('officerMenu', () => {
  it('keeps editing, zoom and the window controls on Windows and Linux', () => {
    expect(rolesIn(officerMenu('win32'))).toEqual([
      'fileMenu',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'windowMenu',
    ]);
  });

  it("starts with the app's own menu on macOS", () => {
    expect(rolesIn(officerMenu('darwin'))).toEqual(['appMenu', ...rolesIn(officerMenu('linux')).slice(1)]);
  });

  it.each(['darwin', 'linux', 'win32'])(
    'offers no reload, DevTools or default View menu on %s',
    (platform) => {
      const roles = rolesIn(officerMenu(platform));
      for (const unwanted of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu']) {
        expect(roles).not.toContain(unwanted);
      }
    },
  );
});
