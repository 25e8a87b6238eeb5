import type { SignalDetector } from '../comment-signal';
import { describeElement } from '../describe-element';
import { COMMENT_AREA, isInScope } from '../page-scope';
import { STRENGTH } from '../signal-strength';

/**
 * Containers of comment systems that draw their form by script: wpDiscuz (`#wpdcom`, classed from WordPress's
 * comments_open()), Thrive Comments (`#thrive-comments`, an empty `.tcm-comments-create#respond` filled in later) and
 * an empty WordPress `#respond`, where such forms mount.
 */
const SCRIPTED_CONTAINERS = ['wpdcom', 'thrive-comments', 'respond'];
// `"comments_open":"1"`, `commentsOpen: true`, `"comment_status":"open"`: the keys these plugins and WordPress's own
// REST objects use for "this post takes comments".
const OPEN_SETTING =
  /["']?(?:comments?_open|commentsOpen|comment_status|comments?_enabled|commentsEnabled|allow_comments|allowComments|can_comment|canComment)["']?\s*[:=]\s*["']?(?:1|true|open|yes)\b/;
// Thrive Comments' settings object: its templates offer "add comment" while `ThriveComments.close_comments` is off.
const THRIVE_OPEN = /ThriveComments\s*=\s*\{[^;]*?["']close_comments["']\s*:\s*(?:["'](?:0)?["']|false|0)/;
const MAX_INLINE_CHARS = 200_000;
// Containers that carry the setting as an attribute (The Washington Post's `data-allow-comments="true"`).
const OPEN_ATTRIBUTES = ['data-allow-comments', 'data-comments-enabled', 'data-comments-open'];
const OPEN_VALUE = /^(?:true|1|open|yes)$/i;
const ATTRIBUTE_TAGS = ['DIV', 'SECTION', 'ARTICLE'];

/** A script-rendered comment system whose container, attributes or configuration say that comments are open. */
export const detectOpenConfig: SignalDetector = ({ index, scope }) => {
  const wpdiscuz = index.byClass('wpd-comments-open').find((el) => isInScope(el, scope));
  if (wpdiscuz) {
    const evidence = { signal: 'wpdiscuz-open', selector: describeElement(wpdiscuz) };
    return [{ state: 'open', strength: STRENGTH.OPEN_CONFIG, evidence }];
  }
  for (const el of ATTRIBUTE_TAGS.flatMap((tag) => index.byTag(tag))) {
    const name = OPEN_ATTRIBUTES.find((attr) => OPEN_VALUE.test(el.getAttribute(attr) ?? ''));
    if (!name || !isInScope(el, scope, false)) continue;
    const evidence = { signal: 'open-config', selector: `${describeElement(el)}[${name}]` };
    return [{ state: 'open', strength: STRENGTH.OPEN_CONFIG, evidence }];
  }
  const container = SCRIPTED_CONTAINERS.map((id) => index.byId(id)).find(
    (el) => el && el.closest(COMMENT_AREA) && isInScope(el, scope),
  );
  if (!container) return [];
  for (const script of index.byTag('SCRIPT')) {
    if (script.hasAttribute('src')) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_INLINE_CHARS) continue;
    if (!OPEN_SETTING.test(text) && !THRIVE_OPEN.test(text)) continue;
    // Evidence `text` is for words the reader sees; a setting in a script is not, so only its place is given.
    const evidence = { signal: 'open-config-script', selector: describeElement(container) };
    return [{ state: 'open', strength: STRENGTH.OPEN_CONFIG, evidence }];
  }
  return [];
};
