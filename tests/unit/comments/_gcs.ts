import { loadPage, FIXTURES } from './load-fixture';
const doc = loadPage(`${FIXTURES}seed/page.html`);
const el = doc.querySelector('.no-comments')!;
const w = doc.defaultView!;
for (let r = 0; r < 5; r++) { const t = performance.now(); for (let i = 0; i < 100; i++) w.getComputedStyle(el).display; console.log(((performance.now() - t) / 100).toFixed(3), 'ms/call'); }
