// Sentence ends in Latin, Arabic/Urdu (؟ ۔), Devanagari (।) and CJK scripts, with closing quotes or brackets.
const SENTENCE_END = /[.!?؟۔।。！？]+["'”’»)\]]*\s+/g;

function cutPoints(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((m) => m.index + m[0].length).filter((i) => i > 0 && i < text.length);
}

function nearestToMiddle(points: number[], length: number): number | undefined {
  return points.reduce<number | undefined>(
    (best, p) => (best === undefined || Math.abs(p - length / 2) < Math.abs(best - length / 2) ? p : best),
    undefined,
  );
}

/**
 * Two parts of about equal length that concatenate back to `text`: cut at the sentence end nearest the middle, else at
 * the space nearest the middle, else in the middle. Undefined for text too short to cut.
 */
export function halveText(text: string): [string, string] | undefined {
  if (text.length < 2) return undefined;
  const cut =
    nearestToMiddle(cutPoints(text, SENTENCE_END), text.length) ??
    nearestToMiddle(cutPoints(text, /\s+/g), text.length) ??
    Math.floor(text.length / 2);
  return [text.slice(0, cut), text.slice(cut)];
}
