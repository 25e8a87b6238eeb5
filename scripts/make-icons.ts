/**
 * `npx tsx scripts/make-icons.ts`: renders the toolbar icon (public/icon/<size>.png) in Chromium from one drawing:
 * the letter ت (te, the first letter of ترجمہ) on the product's green, with a small Latin "A" for the other side.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const font = readFileSync(
  resolve(
    import.meta.dirname,
    '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2',
  ),
).toString('base64');

const html = (size: number) => `<!doctype html><html><head><style>
@font-face { font-family: Naskh; src: url(data:font/woff2;base64,${font}) format('woff2'); font-weight: 700; }
html, body { margin: 0; background: transparent; }
.icon { width: ${size}px; height: ${size}px; border-radius: ${size * 0.22}px; background: #0b6e4f; position: relative;
  overflow: hidden; }
.te { position: absolute; inset: 0; display: grid; place-items: center; color: #fff; font: 700 ${size * 0.82}px/1 Naskh;
  transform: translateY(-${size * 0.1}px); }
.a { position: absolute; right: ${size * 0.08}px; bottom: ${size * 0.04}px; color: #bff0db;
  font: 700 ${size * 0.3}px/1 system-ui, sans-serif; display: ${size < 32 ? 'none' : 'block'}; }
</style></head><body><div class="icon"><span class="te">ت</span><span class="a">A</span></div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const size of SIZES) {
  await page.setContent(html(size));
  await page.evaluate(() => document.fonts.ready);
  await page
    .locator('.icon')
    .screenshot({ path: resolve(import.meta.dirname, `../public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
