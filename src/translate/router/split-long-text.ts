/**
 * Boundaries to cut a too-long block at, best first: after a sentence (Latin . ! ?, Urdu ۔ ؟, Arabic ؟, Chinese and
 * Japanese 。！？), after a clause (Arabic ، ؛, commas, semicolons), then between words. A stop followed by a digit is a
 * decimal point, not a boundary.
 */
const BOUNDARIES = [/(?<=[.!?…۔؟。！？])(?![\d])\s*/gu, /(?<=[،؛,;：:])(?![\d])\s*/gu, /\s+/gu];

export interface SplitText {
  /** Trimmed pieces, each at most `maxChars` long. */
  parts: string[];
  /** The whitespace that followed each part in the original (`gaps[i]` is between part i and i + 1). */
  gaps: string[];
}

function cutAt(text: string, pattern: RegExp): string[] {
  const units: string[] = [];
  let start = 0;
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    if (end > start && end < text.length) {
      units.push(text.slice(start, end));
      start = end;
    }
  }
  units.push(text.slice(start));
  return units;
}

function pieces(text: string, maxChars: number, level: number): string[] {
  if (text.length <= maxChars) return [text];
  const pattern = BOUNDARIES[level];
  if (!pattern) {
    // No boundary left (one enormous word): cut hard, the only choice that still sends the text.
    const hard: string[] = [];
    for (let i = 0; i < text.length; i += maxChars) hard.push(text.slice(i, i + maxChars));
    return hard;
  }
  const out: string[] = [];
  let current = '';
  for (const unit of cutAt(text, pattern)) {
    if (current.length + unit.length <= maxChars) {
      current += unit;
      continue;
    }
    if (current) out.push(current);
    current = '';
    if (unit.length <= maxChars) current = unit;
    else out.push(...pieces(unit, maxChars, level + 1));
  }
  if (current) out.push(current);
  return out;
}

/** Splits one block longer than a request allows into parts that fit, cutting at the most natural boundary. */
export function splitLongText(text: string, maxChars: number): SplitText {
  const raw = pieces(text, Math.max(1, maxChars), 0);
  const parts: string[] = [];
  const gaps: string[] = [];
  for (const piece of raw) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    parts.push(trimmed);
    gaps.push(/\s+$/u.exec(piece)?.[0] ?? '');
  }
  return { parts, gaps: gaps.slice(0, -1) };
}

/** Languages written without spaces between sentences. */
const UNSPACED = new Set(['zh', 'zh-Hant', 'ja', 'th', 'lo', 'my', 'km']);

/**
 * Rejoins translated parts. The source's gap says whether the cut was a line break; the target decides whether
 * sentences take a space (Urdu ۔ and Chinese 。 often have none, English needs one).
 */
export function joinParts(parts: readonly string[], gaps: readonly string[], to: string): string {
  const spaced = !UNSPACED.has(to);
  return parts.reduce((joined, part, i) => {
    if (i === 0) return part;
    const gap = gaps[i - 1] ?? '';
    return joined + (gap.includes('\n') ? '\n' : spaced ? ' ' : '') + part;
  }, '');
}
