import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recogniserVersion } from '../../../scripts/build/recogniser-version';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'tarjuma-version-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the recogniser version that entities kept on the device are keyed by', () => {
  it('changes with the recogniser’s code and data, not with its documentation', () => {
    const base = {
      'src/entities/en/rules.ts': 'export const A = 1;',
      'src/entities/model/weights.ts': 'export const W = "abc";',
      'src/ui/session/find-entities.ts': 'export {};',
      'src/entities/README.md': 'How it works.',
    };
    const version = recogniserVersion(project(base));
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    rmSync(root, { recursive: true });
    expect(recogniserVersion(project({ ...base, 'src/entities/README.md': 'How it works, better told.' }))).toBe(
      version,
    );
    rmSync(root, { recursive: true });
    expect(
      recogniserVersion(project({ ...base, 'src/entities/model/weights.ts': 'export const W = "abd";' })),
    ).not.toBe(version);
    rmSync(root, { recursive: true });
    expect(recogniserVersion(project({ ...base, 'src/ui/session/find-entities.ts': 'export const x = 1;' }))).not.toBe(
      version,
    );
  });
});
