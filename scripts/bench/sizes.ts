import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const OUT = join(import.meta.dirname, '../../.output/chrome-mv3');

function size(file: string) {
  const body = readFileSync(file);
  return { bytes: body.length, gzip: gzipSync(body).length };
}

/** Built sizes: what the popup loads for its first paint, what loads later, and the script injected into pages. */
export function benchSizes() {
  if (!existsSync(OUT)) return { error: 'run `npm run build` first' };
  const chunks = readdirSync(join(OUT, 'chunks')).filter((f) => f.endsWith('.js'));
  const popupHtml = readFileSync(join(OUT, 'popup.html'), 'utf8');
  const firstPaint = chunks.filter((f) => popupHtml.includes(f));
  const lazy = chunks.filter((f) => !popupHtml.includes(f));
  const sum = (files: string[]) =>
    files
      .map((f) => size(join(OUT, 'chunks', f)))
      .reduce((a, b) => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip }), {
        bytes: 0,
        gzip: 0,
      });
  const fonts = readdirSync(join(OUT, 'assets')).filter((f) => /\.woff2?$/.test(f));
  return {
    extractJs: size(join(OUT, 'extract.js')),
    popupFirstPaintJs: { files: firstPaint, ...sum(firstPaint) },
    lazyChunks: lazy.map((f) => ({ file: f, ...size(join(OUT, 'chunks', f)) })),
    fontsBytes: fonts.reduce((total, f) => total + statSync(join(OUT, 'assets', f)).size, 0),
  };
}
