import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSaveFile, type SaveFileSystem, type ShowSaveDialog } from './save-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'border-post-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const request = { suggestedName: 'shift-report.csv', mimeType: 'text/csv', content: 'lane,count\nRED,3\n' };
const realFs: SaveFileSystem = {
  writeFile: (path, data) => nodeFs.writeFile(path, data),
  rename: nodeFs.rename,
  rm: nodeFs.rm,
};

function errnoError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('createSaveFile', () => {
  it('writes the content where the officer chose and says where', async () => {
    const asked: Parameters<ShowSaveDialog>[0][] = [];
    const target = join(dir, 'report.csv');
    const saveFile = createSaveFile({
      showSaveDialog: async (options) => {
        asked.push(options);
        return { canceled: false, filePath: target };
      },
      fs: realFs,
      defaultDirectory: '/home/officer/Documents',
    });

    expect(await saveFile(request)).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(await readFile(target, 'utf8')).toBe('lane,count\nRED,3\n');
    expect(await readdir(dir)).toEqual(['report.csv']);
    expect(asked).toEqual([
      {
        defaultPath: '/home/officer/Documents/shift-report.csv',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      },
    ]);
  });

  it('writes binary content byte for byte', async () => {
    const target = join(dir, 'report.xlsx');
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    const saveFile = createSaveFile({
      showSaveDialog: async () => ({ canceled: false, filePath: target }),
      fs: realFs,
      defaultDirectory: dir,
    });
    await saveFile({ suggestedName: 'report.xlsx', mimeType: 'application/octet-stream', content: bytes });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('reports a cancelled dialog as not saved, without writing', async () => {
    const saveFile = createSaveFile({
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
      fs: realFs,
      defaultDirectory: dir,
    });
    expect(await saveFile(request)).toEqual({ ok: true, value: { saved: false, path: null } });
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    [
      'ENOSPC',
      'DISK_FULL',
      'There is not enough disk space to save report.csv. Free some space or choose another drive.',
    ],
    ['EACCES', 'PERMISSION_DENIED', 'Border Post may not write to /media/usb. Choose another folder.'],
    ['EBUSY', 'FILE_IN_USE', 'report.csv is open in another program. Close it and save again.'],
    ['EIO', 'WRITE_FAILED', 'report.csv could not be saved: EIO: i/o error'],
  ])('turns %s into a %s Result and removes the partial file', async (errno, code, message) => {
    const removed: string[] = [];
    const saveFile = createSaveFile({
      showSaveDialog: async () => ({ canceled: false, filePath: '/media/usb/report.csv' }),
      fs: {
        writeFile: async () => {
          throw errnoError(errno, `${errno}: i/o error`);
        },
        rename: async () => {},
        rm: async (path) => {
          removed.push(path);
        },
      },
      defaultDirectory: dir,
    });

    expect(await saveFile(request)).toEqual({ ok: false, error: { code, message } });
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatch(/^\/media\/usb\/\.report\.csv\..+\.partial$/);
  });
});
