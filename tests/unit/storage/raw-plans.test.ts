import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getInParts, type LocalArea, READ_PARTS } from '../../../lib/storage/raw-plans';

/** A storage area holding `stored`, answering each get only when told to, and keeping every key list asked for. */
function slowArea(stored: Record<string, unknown>) {
  const asked: string[][] = [];
  const answers: Array<() => void> = [];
  const area: LocalArea = {
    get: (keys) => {
      asked.push(keys);
      return new Promise((resolve) =>
        answers.push(() => resolve(Object.fromEntries(keys.filter((key) => key in stored).map((key) => [key, stored[key]])))),
      );
    },
  };
  const answerAll = () => {
    for (const answer of answers.splice(0)) answer();
  };
  return { area, asked, answerAll };
}

describe('getInParts', () => {
  it('together are one get of all the keys, asked as up to four gets at once, each key in exactly one', async () => {
    const keys = fc.uniqueArray(fc.stringMatching(/^plan:[a-z0-9]{1,6}$/), { maxLength: 60 });
    await fc.assert(
      fc.asyncProperty(keys, fc.func(fc.boolean()), async (list, isStored) => {
        const stored = Object.fromEntries(list.filter((key) => isStored(key)).map((key) => [key, { id: key }]));
        const { area, asked, answerAll } = slowArea(stored);
        const parts = getInParts(area, list);
        // Every part is asked for before any is answered.
        expect(asked).toHaveLength(Math.min(READ_PARTS, list.length));
        expect(parts).toHaveLength(asked.length);
        expect(asked.flat().sort()).toEqual([...list].sort());
        for (const part of asked) expect(part.length).toBeGreaterThan(0);
        answerAll();
        expect(Object.assign({}, ...(await Promise.all(parts)))).toEqual(stored);
      }),
      { numRuns: 200 },
    );
  });

  it('splits 200 plans into four gets of 50', async () => {
    const list = Array.from({ length: 200 }, (_, i) => `plan:p${i}`);
    const { area, asked, answerAll } = slowArea({});
    const parts = getInParts(area, list);
    expect(asked.map((part) => part.length)).toEqual([50, 50, 50, 50]);
    answerAll();
    expect(await Promise.all(parts)).toEqual([{}, {}, {}, {}]);
  });
});
