// Type-checks each layer with its own tsconfig, so shared/ sees neither DOM nor Node,
// src-renderer no Node and src-main no DOM (DESIGN.md, "Dependency rules").
import { spawnSync } from 'node:child_process';

const projects = [
  'shared',
  'src-renderer',
  'src-renderer/tsconfig.test.json',
  'src-main',
  'src-server',
  'test',
  '.',
];
let failed = 0;
for (const project of projects) {
  const result = spawnSync('npx', ['tsc', '-p', project], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.error(`typecheck failed in ${project}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
