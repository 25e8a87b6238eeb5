import { describe, expect, it } from 'vitest';
import { benchEntities } from './bench-entities';

// Prints what the popup's reader waits for; the bound is loose on purpose (CPU time, as the machine is shared), the
// numbers to watch are in the log (`npx tsx tests/unit/entities/bench-entities.ts` for a clean process).
describe('entity timing on the seed', () => {
  it('prints first-call and warm times of recognition and linking', async () => {
    const r = await benchEntities(9);
    const show = (t: { wallMs: number; cpuMs: number }) => `${t.wallMs.toFixed(1)} ms (cpu ${t.cpuMs.toFixed(1)})`;
    console.log(
      `recognize first ${show(r.recognizeFirst)}, warm ${show(r.recognizeWarm)}; ` +
        `link first ${show(r.linkFirst)}, warm ${show(r.linkWarm)}`,
    );
    expect(r.mentions).toBeGreaterThan(80);
    expect(r.linked).toBeGreaterThan(80);
    expect(r.recognizeWarm.cpuMs).toBeLessThanOrEqual(50);
    expect(r.linkWarm.cpuMs).toBeLessThanOrEqual(50);
  });
});
