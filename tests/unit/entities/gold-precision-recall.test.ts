import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../src/entities/recognize-entities';
import { goldSpans, loadFixture, score } from './score-against-gold';

const FIXTURES = ['seed-iran-russia.json', 'pakistan-imf.json', 'saudi-visit.json'];

describe('recognizeEntities against the gold annotations', () => {
  it('reaches mention-level precision ≥ 0.85 and recall ≥ 0.90 over all gold sets', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const name of FIXTURES) {
      const fixture = loadFixture(name);
      const blocks = fixture.blocks.map((b) => ({ id: b.id, text: b.target, kind: b.kind }));
      const result = score(recognizeEntities(blocks, fixture.targetLang).mentions, goldSpans(fixture));
      tp += result.tp;
      fp += result.fp;
      fn += result.fn;
      const p = result.tp / (result.tp + result.fp);
      const r = result.tp / (result.tp + result.fn);
      console.log(`${name}: precision ${p.toFixed(3)} recall ${r.toFixed(3)}`, result.wrong, result.missed);
      // Each set on its own stays useful, not only the pooled numbers.
      expect(p).toBeGreaterThanOrEqual(0.8);
      expect(r).toBeGreaterThanOrEqual(0.85);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `overall: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (${tp} tp, ${fp} fp, ${fn} fn)`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
