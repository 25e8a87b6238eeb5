/**
 * One pass over the page's elements, bucketed by tag, id and class. jsdom's selector engine walks the whole document
 * for every `#id` or `[attr]` selector (50–100 ms each on a 1 MB page); browsers don't, but tests and benchmarks do.
 */
export interface PageIndex {
  byTag(tag: string): Element[];
  byId(id: string): Element | undefined;
  byClass(name: string): Element[];
  /** Elements whose id starts with `prefix`, in document order of first appearance. */
  byIdPrefix(prefix: string): Element[];
}

export function indexPage(doc: Document): PageIndex {
  const tags = new Map<string, Element[]>();
  const ids = new Map<string, Element>();
  const classes = new Map<string, Element[]>();
  const push = (map: Map<string, Element[]>, key: string, el: Element) => {
    const list = map.get(key);
    if (list) list.push(el);
    else map.set(key, [el]);
  };
  // A plain walk: iterating jsdom's live HTMLCollection goes through a Proxy and costs seconds on large pages.
  const visit = (parent: Element): void => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      push(tags, el.tagName.toUpperCase(), el);
      const id = el.getAttribute('id');
      if (id && !ids.has(id)) ids.set(id, el);
      const className = el.getAttribute('class');
      if (className) for (const name of className.split(/\s+/)) if (name) push(classes, name, el);
      visit(el);
    }
  };
  visit(doc.documentElement);
  // The walk starts below the root; keep `html` findable too.
  push(tags, doc.documentElement.tagName.toUpperCase(), doc.documentElement);
  return {
    byTag: (tag) => tags.get(tag.toUpperCase()) ?? [],
    byId: (id) => ids.get(id),
    byClass: (name) => classes.get(name) ?? [],
    byIdPrefix: (prefix) => [...ids].filter(([id]) => id.startsWith(prefix)).map(([, el]) => el),
  };
}
