/** Chat messages asking a model to translate several segments at once, and the reading of its answer. */

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

function languageName(code: string): string {
  if (code === 'auto') return 'the language it is written in';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function buildMessages(texts: readonly string[], from: string, to: string): ChatMessage[] {
  const system = [
    `You are a translation engine. Translate every string in "texts" from ${languageName(from)} to ${languageName(to)}.`,
    `Answer with one JSON object {"translations": [...]} holding exactly ${texts.length} strings, in the same order,`,
    'one per input string: never merge, split, add or drop items. Keep names, numbers and punctuation faithful.',
    'Output the JSON object only, no commentary.',
  ].join(' ');
  return [
    { role: 'system', content: system },
    { role: 'user', content: JSON.stringify({ source: from, target: to, texts }) },
  ];
}

/**
 * The translations in a model's reply, or undefined when the reply is not the JSON asked for. Models sometimes wrap
 * JSON in a code fence or answer with the bare array, so both are accepted.
 */
export function parseTranslations(content: string): unknown[] | undefined {
  const unfenced = content.replace(/^\s*```(?:json)?\s*/i, '').replace(/\s*```\s*$/, '');
  let data: unknown;
  try {
    data = JSON.parse(unfenced);
  } catch {
    return undefined;
  }
  if (Array.isArray(data)) return data;
  if (typeof data === 'object' && data !== null && Array.isArray((data as { translations?: unknown }).translations)) {
    return (data as { translations: unknown[] }).translations;
  }
  return undefined;
}
