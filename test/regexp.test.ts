// wholeNameTest says what the full pattern with Unicode boundary classes says, without compiling them.
import { describe, expect, it } from 'vitest';
import { alternation, wholeNameTest } from '../src/regexp.js';

describe('wholeNameTest', () => {
  const cases: Array<[string[], string]> = [
    [['Quillon'], 'Quillon said on Monday'],
    [['Quillon'], 'Quillonville said on Monday'],
    [['Quillon'], 'the Quillon’s systems'],
    [['Quillon'], 'ÉQuillon and 2Quillon'],
    [['Quillon Freight', 'Quillon'], 'Quillon Freightways, then Quillon.'],
    [['Quillon Freight', 'Quillon'], 'Quillon Freightx'],
    [['Ardent'], 'ardent fans of ARDENT'],
    [['Ardent'], 'xArdent, then Ardentx'],
    [['Stra\u00dfe'], 'STRASSE and stra\u00dfe'],
    [['Kiel'], '\u212aiel and kiel'],
    [['Nova'], '\u{1D400}Nova'],
    [['Nova'], '\u{1F600}Nova\u{1F600}'],
  ];
  for (const flags of ['u', 'iu'] as const) {
    for (const [names, text] of cases) {
      it(`${flags}: ${names.join('|')} in ${JSON.stringify(text)}`, () => {
        const alt = alternation(names);
        const full = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags);
        expect(wholeNameTest(alt, flags)(text)).toBe(full.test(text));
      });
    }
  }

  it('is reusable across texts', () => {
    const test = wholeNameTest(alternation(['Quillon']), 'iu');
    expect([test('Quillon said'), test('Quillonville said'), test('then quillon.')]).toEqual([true, false, true]);
  });
});
