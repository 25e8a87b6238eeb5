import { gazetteerFor } from '../generic/region-gazetteer';

// The plural nouns English makes from a place for its people: Londoners, New Yorkers, Karachiites, Bostonians,
// Chicagoans. Like nationality words, they are no names (the CoNLL-style guidelines the project follows).
// Source: English grammar's demonym suffixes (-er, -ite, -ian, -an), in their plural forms.
const SUFFIXES = ['ers', 'ites', 'ians', 'ans'];

/** "New Yorkers", "Karachiites": the people of a place the gazetteer knows, in the plural. */
export function isPeopleOfPlace(phrase: string): boolean {
  const places = gazetteerFor('en').byName;
  return SUFFIXES.some((suffix) => phrase.endsWith(suffix) && places.has(phrase.slice(0, -suffix.length)));
}
