import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
const html = readFileSync(`/work/shared/corpus/readability/wikipedia-2/source.html`, 'utf8');
const doc = new JSDOM(html).window.document;
function time(name: string, f: () => number) { for (let i = 0; i < 3; i++) { const t = performance.now(); const n = f(); console.log(name, n, (performance.now() - t).toFixed(1)); } }
time('walker', () => { let n = 0; const w = doc.createTreeWalker(doc.body, 5, { acceptNode: (x: Node) => (x.nodeType === 1 && (x as Element).tagName === 'SCRIPT' ? 2 : 1) }); while (w.nextNode()) n++; return n; });
time('recurse', () => { let n = 0; const walk = (node: Node) => { for (let c = node.firstChild; c; c = c.nextSibling) { n++; if (c.nodeType === 1 && (c as Element).tagName !== 'SCRIPT') walk(c); } }; walk(doc.body); return n; });
time('gebtn', () => doc.getElementsByTagName('*').length);
time('qsa-id', () => doc.querySelectorAll('#disqus_thread, iframe[src*="disqus.com/embed/comments"]').length);
time('qsa-big', () => doc.querySelectorAll('#disqus_thread, .fb-comments, #coral_thread, #livefyre, .giscus, #commento, #remark42, vf-conversations, iframe[src*="disqus"], [data-spotim-module="conversation"]').length);
time('qsa-class', () => doc.querySelectorAll('.fb-comments').length);
time('gebcn', () => doc.getElementsByClassName('fb-comments').length + (doc.getElementById('disqus_thread') ? 1 : 0));
const all = [...doc.getElementsByTagName('*')];
time('matches-big', () => all.filter((e) => e.matches('#disqus_thread, .fb-comments, #coral_thread, #livefyre, .giscus, #commento, #remark42, vf-conversations, iframe[src*="disqus"], [data-spotim-module="conversation"]')).length);
time('manual', () => all.filter((e) => e.id === 'disqus_thread' || e.classList.contains('fb-comments') || (e.tagName === 'IFRAME' && (e.getAttribute('src') ?? '').includes('disqus'))).length);
time('closest', () => { let n = 0; for (const e of all.slice(0, 2000)) if (e.closest('#comments, #respond, .comments-area, [class*="comments"]')) n++; return n; });
