import { isLegalForm } from './legal-forms';
import type { RepeatForms } from '../propagate-names';
import type { EntityType } from '../types';

/** A company's name without its legal form ("Datavine Inc." → "Datavine"), the way an article writes it again. */
export function withoutLegalForm(name: string, type: EntityType): string | undefined {
  const cut = name.lastIndexOf(' ');
  if (type !== 'organization' || cut < 2 || !isLegalForm(name.slice(cut + 1))) return undefined;
  return name.slice(0, cut).replace(/,$/, '');
}

/** Where a language has no rules of its own: the name itself, and a company also without its legal form. */
export const genericRepeatForms: RepeatForms = (name, type) => {
  const bare = withoutLegalForm(name, type);
  return { same: true, shorter: bare ? [bare] : [] };
};
