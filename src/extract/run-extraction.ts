import type { ExtractResult } from './types';

export function runExtraction(doc: Document): ExtractResult {
  return { ok: false, reason: 'error', message: `not implemented for ${doc.URL}` };
}
