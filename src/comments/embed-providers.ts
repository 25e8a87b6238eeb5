import type { CommentSignal } from './comment-signal';
import { describeElement } from './describe-element';
import type { PageIndex } from './page-index';
import { isInScope } from './page-scope';
import type { PageScope } from './page-scope';

interface EmbedProvider {
  name: string;
  ids?: string[];
  classes?: string[];
  /** Custom elements the system defines. */
  tags?: string[];
  /** Substrings of the `src` of the frame that holds the thread. */
  frames?: string[];
  /** Substrings of the `src` of scripts that mount a thread (not comment-count scripts, which list pages load too). */
  scripts?: string[];
  /** `data-*` attribute and value marking the mount point. */
  data?: [string, string];
}

// Frames from these systems are cross-origin: only their presence can be read, not whether they are open.
export const EMBED_PROVIDERS: EmbedProvider[] = [
  { name: 'Disqus', ids: ['disqus_thread'], frames: ['disqus.com/embed/comments'], scripts: ['disqus.com/embed.js'] },
  { name: 'Facebook', classes: ['fb-comments'], tags: ['fb:comments'], frames: ['facebook.com/plugins/comments'] },
  { name: 'Coral', ids: ['coral_thread', 'coral_talk_stream'], classes: ['coral-comments'], frames: ['/embed/stream'] },
  { name: 'OpenWeb', data: ['data-spotim-module', 'conversation'] },
  { name: 'Viafoura', classes: ['viafoura'], tags: ['vf-conversations'] },
  { name: 'Livefyre', ids: ['livefyre', 'livefyre-comments'], classes: ['livefyre-comments'] },
  { name: 'Hyvor Talk', ids: ['hyvor-talk-view'], tags: ['hyvor-talk-comments'] },
  { name: 'Commento', ids: ['commento'] },
  { name: 'Comentario', ids: ['comentario'], tags: ['comentario-comments'] },
  { name: 'Giscus', classes: ['giscus'], tags: ['giscus-widget'], scripts: ['giscus.app/client.js'] },
  { name: 'utterances', classes: ['utterances'], scripts: ['utteranc.es/client.js'] },
  { name: 'IntenseDebate', ids: ['idc-container', 'idc-container-parent'] },
  { name: 'Vuukle', ids: ['vuukle-comments'], classes: ['vuukle-comments'] },
  { name: 'Remark42', ids: ['remark42'] },
  { name: 'Cusdis', ids: ['cusdis_thread'] },
];

const srcHas = (el: Element, parts: string[] | undefined) =>
  !!parts && parts.some((part) => (el.getAttribute('src') ?? '').includes(part));

function mountsOf(provider: EmbedProvider, index: PageIndex): { el: Element; signal: string }[] {
  const own = provider.name.toLowerCase().replace(/\s+/g, '-');
  const [dataName, dataValue] = provider.data ?? ['', ''];
  const mounts = [
    ...(provider.ids ?? []).map((id) => index.byId(id)),
    ...(provider.classes ?? []).flatMap((name) => index.byClass(name)),
    ...(provider.tags ?? []).flatMap((tag) => index.byTag(tag)),
    ...index.byTag('IFRAME').filter((el) => srcHas(el, provider.frames)),
    ...(dataName ? index.byTag('DIV').filter((el) => el.getAttribute(dataName) === dataValue) : []),
  ].filter((el): el is Element => !!el);
  const scripts = index.byTag('SCRIPT').filter((el) => srcHas(el, provider.scripts));
  return [...mounts.map((el) => ({ el, signal: own })), ...scripts.map((el) => ({ el, signal: 'embed-script' }))];
}

/** The first third-party comment system mounted for this article. */
export function findEmbed(index: PageIndex, scope: PageScope): CommentSignal | null {
  for (const provider of EMBED_PROVIDERS) {
    for (const { el, signal } of mountsOf(provider, index)) {
      // Scripts and frames count as unrendered text for notices; what matters here is where they sit.
      const host = el.tagName === 'SCRIPT' || el.tagName === 'IFRAME' ? el.parentElement : el;
      if (!host || !isInScope(host, scope)) continue;
      const evidence = { signal, selector: describeElement(el) };
      return { kind: 'embedded', strength: 'strong', provider: provider.name, evidence };
    }
  }
  return null;
}
