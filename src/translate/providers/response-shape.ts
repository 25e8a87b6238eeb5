import { ProviderError } from '../errors';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function badResponse(label: string, what: string): ProviderError {
  return new ProviderError(label, 'bad-response', `${label} sent an answer Tarjuma cannot read (${what}).`);
}

/** Providers must answer one text per segment, in order: anything else would misalign the article. */
export function checkCount(label: string, texts: readonly unknown[], expected: number): void {
  if (texts.length !== expected) {
    throw badResponse(label, `${texts.length} translations for ${expected} segments`);
  }
}

export function asStringArray(label: string, value: unknown, expected: number, where: string): string[] {
  if (!Array.isArray(value)) throw badResponse(label, `${where} is not a list`);
  checkCount(label, value, expected);
  return value.map((item, i) => {
    if (typeof item !== 'string') throw badResponse(label, `${where}[${i}] is not text`);
    return item;
  });
}
