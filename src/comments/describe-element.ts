const SAFE_NAME = /^[A-Za-z_][\w-]*$/;

function simpleSelector(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (el.id && SAFE_NAME.test(el.id)) return `${tag}#${el.id}`;
  const classes = [...el.classList].filter((c) => SAFE_NAME.test(c)).slice(0, 2);
  return tag + classes.map((c) => `.${c}`).join('');
}

/** A short CSS selector for evidence: the element, prefixed by its nearest ancestor with an id. */
export function describeElement(el: Element): string {
  const own = simpleSelector(el);
  if (own.includes('#')) return own;
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node.id && SAFE_NAME.test(node.id)) return `#${node.id} ${own}`;
  }
  return own;
}

const BREAKING_TAGS = new Set(['BR', 'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'SECTION', 'HEADER']);

/**
 * The element's text as a reader sees it: unrendered and hidden descendants left out, whitespace collapsed, a space
 * between blocks (textContent would glue "Comments<br>Off" into one word).
 */
export function visibleText(el: Element, skip: (child: Element) => boolean): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (skip(element)) continue;
        const breaks = BREAKING_TAGS.has(element.tagName);
        if (breaks) out += ' ';
        walk(element);
        if (breaks) out += ' ';
      }
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}
