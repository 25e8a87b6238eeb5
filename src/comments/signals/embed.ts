import type { SignalDetector } from '../comment-signal';
import { describeElement } from '../describe-element';
import { EMBED_PROVIDERS } from '../embed-providers';
import type { EmbedProvider } from '../embed-providers';
import type { PageIndex } from '../page-index';
import { isInScope } from '../page-scope';
import { STRENGTH } from '../signal-strength';

// Where mount points marked by `data-*` attributes sit in the published snippets.
const DATA_TAGS = ['DIV', 'SECTION'];
// An inline loader is a few kilobytes; huge inline scripts are bundles or state blobs about the whole site.
const MAX_INLINE_CHARS = 50_000;

interface Mount {
  el: Element;
  signal: string;
}

function mountsOf(provider: EmbedProvider, index: PageIndex, inline: { el: Element; text: string }[]): Mount[] {
  const own = provider.name.toLowerCase().replace(/\s+/g, '-');
  const src = (el: Element, pattern: RegExp | undefined) => !!pattern && pattern.test(el.getAttribute('src') ?? '');
  const data = provider.data ?? [];
  const mounts = [
    ...(provider.ids ?? []).map((id) => index.byId(id)),
    ...(provider.idPrefixes ?? []).flatMap((prefix) => index.byIdPrefix(prefix)),
    ...(provider.classes ?? []).flatMap((name) => index.byClass(name)),
    ...(provider.tags ?? []).flatMap((tag) => index.byTag(tag)),
    ...index.byTag('IFRAME').filter((el) => src(el, provider.frames)),
    ...(data.length
      ? DATA_TAGS.flatMap((tag) => index.byTag(tag)).filter((el) =>
          data.some(
            ([name, value]) => el.hasAttribute(name) && (value === undefined || el.getAttribute(name) === value),
          ),
        )
      : []),
  ].filter((el): el is Element => !!el);
  const scripts = [
    ...index.byTag('SCRIPT').filter((el) => src(el, provider.scripts)),
    ...inline.filter(({ text }) => (provider.inline ?? []).some((word) => text.includes(word))).map(({ el }) => el),
  ];
  return [...mounts.map((el) => ({ el, signal: own })), ...scripts.map((el) => ({ el, signal: 'embed-script' }))];
}

/** The first third-party comment system mounted, framed or loaded for this article, with its name. */
export const detectEmbed: SignalDetector = ({ index, scope }) => {
  const inline = index
    .byTag('SCRIPT')
    .filter((el) => !el.hasAttribute('src'))
    .map((el) => ({ el, text: el.textContent ?? '' }))
    .filter(({ text }) => text.length <= MAX_INLINE_CHARS);
  for (const provider of EMBED_PROVIDERS) {
    for (const { el, signal } of mountsOf(provider, index, inline)) {
      // Scripts and frames count as unrendered text for notices; what matters here is where they sit.
      const host = el.tagName === 'SCRIPT' || el.tagName === 'IFRAME' ? el.parentElement : el;
      if (!host || !isInScope(host, scope, true, true)) continue;
      const evidence = { signal, selector: describeElement(el) };
      return [{ state: 'embedded', strength: STRENGTH.EMBED, provider: provider.name, evidence }];
    }
  }
  return [];
};
