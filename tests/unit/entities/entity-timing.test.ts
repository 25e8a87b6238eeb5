import { describe, expect, it } from 'vitest';
import { benchEntities } from '../../../scripts/bench/entities';

// Prints what the popup's reader waits for (timings are printed, not asserted: the machine is shared); `npm run bench`
// reports them from a clean process. What is asserted: recognition and linking find what they should.
describe('entity timing on the seed', () => {
  it('prints first-call and warm times of recognition and linking', async () => {
    const r = await benchEntities(9, { quality: false });
    const show = (t: { wallMs: number; cpuMs: number }) => `${t.wallMs.toFixed(1)} ms (cpu ${t.cpuMs.toFixed(1)})`;
    console.log(
      `recognize first ${show(r.recognizeFirst)}, warm ${show(r.recognizeWarm)}; ` +
        `link first ${show(r.linkFirst)}, warm ${show(r.linkWarm)}`,
    );
    expect(r.mentions).toBeGreaterThan(80);
    expect(r.linked).toBeGreaterThan(80);
  });
});
