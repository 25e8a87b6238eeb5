// The recogniser's version: a digest of everything that decides what it finds, so that entities kept on the reader's
// device are used only by the code that found them. Read by `wxt.config.ts` at build time.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The entity code, its word lists and weights, and the step that runs it on a translation. */
const SOURCES = ['src/entities', 'src/ui/session/find-entities.ts'];

function filesUnder(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .flatMap((entry) => filesUnder(join(path, entry.name)))
      .sort();
  } catch {
    return [path];
  }
}

/** Twelve hex digits of the SHA-256 of the sources' paths and contents, in a fixed order. */
export function recogniserVersion(root: string): string {
  const hash = createHash('sha256');
  // Code only: a README changes nothing the recogniser finds.
  const files = SOURCES.flatMap((source) => filesUnder(join(root, source))).filter((file) => file.endsWith('.ts'));
  for (const file of files) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
