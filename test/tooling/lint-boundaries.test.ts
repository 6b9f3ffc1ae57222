import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import boundaries of DESIGN.md are enforced by `npm run lint`; these cases prove that a
// violation really fails it (and that the allowed imports stay allowed).
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

const forbidden: Array<[file: string, code: string]> = [
  ['shared/domain/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ['shared/domain/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
  ['shared/domain/x.ts', "import fs from 'fs';\nexport const a = fs;\n"],
  ['shared/domain/x.ts', "import { useState } from 'react';\nexport const a = useState;\n"],
  ['shared/domain/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n"],
  ['shared/domain/x.ts', "import { x } from '../../src-server/app';\nexport const a = x;\n"],
  ['src-renderer/features/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
  ['src-renderer/features/x.ts', "import path from 'node:path';\nexport const a = path;\n"],
  ['src-renderer/features/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n"],
  ['src-renderer/features/x.ts', "import { create } from 'zustand';\nexport const a = create;\n"],
  ['src-renderer/features/x.ts', "import { x } from '../../src-main/main';\nexport const a = x;\n"],
  ['src-renderer/db/x.ts', "import { create } from 'zustand';\nexport const a = create;\n"],
  ['src-renderer/state/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n"],
  ['src-main/x.ts', "import { useState } from 'react';\nexport const a = useState;\n"],
  ['src-main/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n"],
  ['src-main/x.ts', "import { x } from '../src-renderer/app';\nexport const a = x;\n"],
  ['src-server/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ['src-server/x.ts', "import { x } from '../src-renderer/app';\nexport const a = x;\n"],
];

const allowed: Array<[file: string, code: string]> = [
  ['shared/domain/x.ts', "import { z } from 'zod';\nexport const a = z;\n"],
  ['src-renderer/db/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n"],
  ['src-renderer/state/x.ts', "import { create } from 'zustand';\nexport const a = create;\n"],
  ['src-renderer/features/x.tsx', "import { useState } from 'react';\nexport const a = useState;\n"],
  [
    'src-main/x.ts',
    "import { app } from 'electron';\nimport fs from 'node:fs';\nexport const a = [app, fs];\n",
  ],
  ['src-server/x.ts', "import fs from 'node:fs';\nimport { z } from 'zod';\nexport const a = [fs, z];\n"],
];

describe('layer boundaries in npm run lint', () => {
  it.each(forbidden)('rejects in %s: %s', async (file, code) => {
    expect(await restrictedImportMessages(file, code)).toHaveLength(1);
  });

  it.each(allowed)('allows in %s: %s', async (file, code) => {
    expect(await restrictedImportMessages(file, code)).toEqual([]);
  });
});
