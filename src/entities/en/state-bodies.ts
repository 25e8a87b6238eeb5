import { sentencesInCapitals } from './english-runs';
import { tokenizeWords } from '../generic/tokenize-words';
import type { Candidate } from '../types';

// The bodies of a state that English news capitalises after the state's name ("the U.S. Embassy", "the U.S. Senate",
// "the U.S. Army"). Source: the AP Stylebook's entries for embassy, consulate, Senate, Congress, Parliament, Army, Navy
// and Marines.
const STATE_BODIES = new Set(['embassy', 'consulate', 'senate', 'congress', 'parliament', 'army', 'navy', 'marines']);

/**
 * In a sentence in capitals, where no capital shows that "U.S. EMBASSY" is one name, a place the tagger ends just
 * before one of its state's bodies is that body, an organisation ("U.S. EMBASSY VEHICLES", as mixed case reads "U.S.
 * Embassy vehicles"), also where the tagger read the body alone ("PAKISTAN" and "ARMY").
 */
export function stateBodiesInCapitals(text: string, tagged: Candidate[]): Candidate[] {
  const tokens = tokenizeWords(text);
  const capitals = sentencesInCapitals(tokens);
  const absorbed = new Set<Candidate>();
  for (const c of tagged) {
    if (c.type !== 'place') continue;
    const i = tokens.findIndex((t) => t.start >= c.end);
    const next = tokens[i];
    if (!next || !capitals[i] || next.gap !== ' ' || !STATE_BODIES.has(next.text.toLowerCase())) continue;
    const inside = tagged.filter((t) => t !== c && t.start < next.end && next.start < t.end);
    if (inside.some((t) => t.start !== next.start || t.end !== next.end || t.type !== 'organization')) continue;
    for (const t of inside) absorbed.add(t);
    c.end = next.end;
    c.type = 'organization';
  }
  return tagged.filter((t) => !absorbed.has(t));
}
