import { ProviderError } from '../errors';
import type { ConcreteProviderId } from '../provider-ids';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function badResponse(provider: ConcreteProviderId, what: string): ProviderError {
  return new ProviderError(provider, 'bad-response', { detail: what });
}

/** Providers must answer one text per segment, in order: anything else would misalign the article. */
export function checkCount(provider: ConcreteProviderId, texts: readonly unknown[], expected: number): void {
  if (texts.length !== expected) {
    throw badResponse(provider, `${texts.length} translations for ${expected} segments`);
  }
}

export function asStringArray(provider: ConcreteProviderId, value: unknown, expected: number, where: string): string[] {
  if (!Array.isArray(value)) throw badResponse(provider, `${where} is not a list`);
  checkCount(provider, value, expected);
  return value.map((item, i) => {
    if (typeof item !== 'string') throw badResponse(provider, `${where}[${i}] is not text`);
    return item;
  });
}
