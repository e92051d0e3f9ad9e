import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalDir, evalTimexes } from '../../scripts/eval/timex-eval.js';

const haveGold = existsSync(path.join(evalDir, 'gold-timex.json'));
if (!haveGold) process.stderr.write(`NOTICE: ${evalDir} is absent; the seed timex regression test is skipped.\n`);

describe.skipIf(!haveGold)('temporal tagger on the seed articles (gold in ../shared/eval)', () => {
  it('reaches value F1 ≥ 0.90 and beats the chrono-node baseline', async () => {
    const scores = await evalTimexes();
    expect(scores).not.toBeNull();
    if (scores === null) return;
    expect(scores.ours.valueF1).toBeGreaterThanOrEqual(0.9);
    expect(scores.ours.relaxed.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.ours.valueF1).toBeGreaterThan(scores.chrono.valueF1);
  });
});
