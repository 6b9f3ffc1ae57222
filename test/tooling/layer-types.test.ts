import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Each layer's tsconfig decides which globals it can see: shared/ neither DOM nor Node,
// src-renderer no Node, src-main no DOM. These cases compile a probe file with each layer's
// real tsconfig and prove that a forbidden global is a type error there.

function diagnosticsFor(layer: string, code: string): string[] {
  const configPath = path.resolve(layer, 'tsconfig.json');
  const { config } = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configPath));
  const probe = path.resolve(layer, '__probe__.ts');
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => file === probe || ts.sys.fileExists(file);
  host.readFile = (file) => (file === probe ? code : readFile(file));
  host.getSourceFile = (file, language) =>
    file === probe ? ts.createSourceFile(file, code, language) : getSourceFile(file, language);
  const program = ts.createProgram([probe], parsed.options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probe))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('per-layer type environments', () => {
  it.each([
    ['shared', 'export const title = document.title;', /Cannot find name 'document'/],
    ['shared', 'export const env = process.env;', /Cannot find name 'process'/],
    ['src-renderer', 'export const env = process.env;', /Cannot find name 'process'/],
    ['src-main', 'export const title = document.title;', /Cannot find name 'document'/],
  ])('%s cannot see `%s`', (layer, code, expected) => {
    expect(diagnosticsFor(layer, code).join('\n')).toMatch(expected);
  });

  it.each([
    ['shared', 'export const n: number = [1, 2].at(-1) ?? 0;'],
    ['src-renderer', 'export const title = document.title;'],
    ['src-main', 'export const env = process.env;'],
    ['src-server', 'export const env = process.env;'],
  ])('%s compiles `%s`', (layer, code) => {
    expect(diagnosticsFor(layer, code)).toEqual([]);
  });
});
