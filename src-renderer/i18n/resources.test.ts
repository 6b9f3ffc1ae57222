import { describe, expect, it } from 'vitest';
import { en } from './resources/en';
import { ko } from './resources/ko';

function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaves(tree: object): unknown[] {
  return Object.values(tree).flatMap((value: unknown) =>
    typeof value === 'object' && value !== null ? leaves(value) : [value],
  );
}

describe('UI resources', () => {
  it('have exactly the same keys in Korean and English', () => {
    expect(keyPaths(ko).sort()).toEqual(keyPaths(en).sort());
  });

  it('hold a non-empty string at every key', () => {
    for (const value of [...leaves(en), ...leaves(ko)]) {
      expect(typeof value === 'string' && value.trim().length > 0).toBe(true);
    }
  });

  it('use the same interpolation placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    const flat = (tree: object) =>
      Object.fromEntries(keyPaths(tree).map((path) => [path, lookup(tree, path)]));
    const lookup = (tree: object, path: string): string =>
      String(path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree));
    const koFlat = flat(ko);
    for (const [path, text] of Object.entries(flat(en))) {
      expect(placeholders(koFlat[path] ?? ''), path).toEqual(placeholders(text));
    }
  });
});
