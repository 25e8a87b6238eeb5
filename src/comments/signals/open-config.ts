import type { SignalDetector } from '../comment-signal';
import { describeElement } from '../describe-element';
import { COMMENT_AREA, isInScope } from '../page-scope';
import { STRENGTH } from '../signal-strength';

/**
 * Containers of comment systems that draw their form by script: wpDiscuz (`#wpdcom`, classed from WordPress's
 * comments_open()), Thrive Comments (`#thrive-comments`, an empty `.tcm-comments-create` filled in later), Jetpack's
 * lazy form (`#jp-comment-form` style mounts use `#respond` too).
 */
const SCRIPTED_CONTAINERS = ['wpdcom', 'thrive-comments', 'respond'];
// `"comments_open":"1"`, `commentsOpen: true`, `"comment_status":"open"`: the keys these plugins and WordPress's own
// REST objects use for "this post takes comments".
const OPEN_SETTING =
  /["']?(?:comments?_open|commentsOpen|comment_status|comments?_enabled|commentsEnabled|allow_comments|allowComments|can_comment|canComment)["']?\s*[:=]\s*["']?(?:1|true|open|yes)\b/;
const MAX_INLINE_CHARS = 200_000;

/** A script-rendered comment system whose container says, or whose configuration says, that comments are open. */
export const detectOpenConfig: SignalDetector = ({ index, scope }) => {
  const wpdiscuz = index.byClass('wpd-comments-open').find((el) => isInScope(el, scope));
  if (wpdiscuz) {
    const evidence = { signal: 'wpdiscuz-open', selector: describeElement(wpdiscuz) };
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
    const setting = OPEN_SETTING.exec(text);
    if (!setting) continue;
    const evidence = { signal: 'open-config', text: setting[0], selector: describeElement(container) };
    return [{ state: 'open', strength: STRENGTH.OPEN_CONFIG, evidence }];
  }
  return [];
};
