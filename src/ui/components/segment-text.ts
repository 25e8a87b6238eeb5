export interface Span {
  start: number;
  end: number;
  entityId: string;
  type: string;
}

export type Segment = { text: string; span?: Span };

/**
 * Cuts a text into plain runs and entity runs, so the view can build text nodes and `<mark>` elements (never HTML).
 * Spans must be sorted and non-overlapping; any that are not are skipped rather than trusted.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), span });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
