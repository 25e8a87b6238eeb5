import { loadNer } from '../scripts/entities/ner-data';
import { englishFeatures } from '../src/entities/model/tagger-features';
import { taggerTokens } from '../src/entities/model/tagger-tokens';
const set = new Set<string>();
const counts = new Map<string, number>();
for (const s of loadNer('gmb-en.train')) for (const f of englishFeatures(taggerTokens(s.text)).flat()) counts.set(f, (counts.get(f) ?? 0) + 1);
let multi = 0; for (const v of counts.values()) if (v > 1) multi++;
console.log('distinct', counts.size, 'seen twice+', multi);
