// Writes a generated word-list module under src/entities: comment lines that say where its words come from and that
// it is generated, then one string constant that prettier leaves as it is.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `file` is relative to src/entities (`generic/world-places-data.ts`); `source` are the comment's lines. */
export function writeWordListModule(file: string, source: string[], constant: string, value: string): void {
  const lines = [
    ...source.map((line) => `// ${line}`),
    '// prettier-ignore',
    `export const ${constant} = '${value}';`,
    '',
  ];
  writeFileSync(fileURLToPath(new URL(`../../src/entities/${file}`, import.meta.url)), lines.join('\n'));
}
