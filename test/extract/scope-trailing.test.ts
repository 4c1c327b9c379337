// A battery of invented articles (issue 11, "background and related stories"): a page that, after the story, carries
// a separate item about another organisation (a teaser run into the text, a related story, a second victim's
// notice). Once the victim is no longer named, a paragraph that opens on another named organisation's incident is
// that organisation's story (scope.trailing-other-story), and its count, group and dates are not this incident's.
// Beside each, a trailing paragraph that still tells this incident, which must not be set aside.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { findScope } from '../../src/extract/scope.js';
import { extract } from '../../src/extract/index.js';
import type { CompanyFinding } from '../../src/extract/types.js';
import { victim } from '../helpers/context.js';

const VICTIM: CompanyFinding = victim('Lakemoor Dairy', ['Lakemoor']);
const PUBLISHED = '2024-06-10';
const STORY = [
  '# Lakemoor Dairy hit by cyberattack',
  '',
  'Lakemoor Dairy said on Monday that attackers reached its payroll server in April.',
  '',
  'The cooperative has told its farmers to watch for letters asking for bank details.',
  '',
  '"We are working with specialists to restore every system," Lakemoor Dairy said in a statement.',
  '',
];

/** Whether `paragraph`'s first sentence, set after the story, is read as background. */
function trailingIsBackground(paragraph: string, story: string[] = STORY): boolean {
  const doc = readDocument([...story, paragraph, ''].join('\n'), { format: 'md', published: PUBLISHED });
  const scope = findScope(doc, VICTIM, PUBLISHED);
  const s = doc.sentences.find((x) => paragraph.startsWith(x.text));
  if (!s) throw new Error(`sentence not found: ${paragraph}`);
  return scope.isBackground(s);
}

// another organisation's incident after the story: a teaser, a related item, a second notice
const OTHER_STORY = [
  'Brockvale Mills notifies 12K of Grimlock hack Pelham Foods, a grain trader, notified nearly 12,000 farmers of a cyberattack in March.',
  'Packaging maker Brackley Tins has announced that it recently suffered a cybersecurity incident.',
  'Late last year, the grocer Pelham Foods lost the records of two million shoppers on a stolen laptop.',
  'Meanwhile, the dairy exporter Brockvale Mills disclosed a ransomware attack on its depots.',
];
// a trailing paragraph that still tells this incident, or names nobody else
const THIS_STORY = [
  // the victim named again
  'Brockvale Mills, which buys milk from Lakemoor Dairy, said the cyberattack had not reached its own systems.',
  // a word that points back to this incident or to the victim
  'Fenwick Security, which is helping the cooperative, said the attack began with a phishing email.',
  'Pelham Analytics said the breach may have exposed the bank details of 4,000 farmers.',
  // no other organisation by name
  'Ransomware gangs often ask dairies for payment within a week, specialists say.',
  // a national authority reports it
  'The National Cyber Security Centre said it had been told of a cyberattack.',
  // a person speaks of it
  'Halvorsen, a security analyst, said ransomware crews often strike dairies in spring.',
  'Security analyst Mira Halvorsen said the cyberattack bore the marks of a known crew.',
];
// open: another organisation that only "said" it was hit (a speaker's verb: as often someone commenting on this incident)
const OTHER_STORY_OPEN = ['Meanwhile, the creamery Brockvale Mills said a ransomware attack had shut its depots.'];

describe('scope battery: another organisation\'s story after this one is background', () => {
  it.each(OTHER_STORY)('%s', (p) => expect(trailingIsBackground(p)).toBe(true));
  it.fails.each(OTHER_STORY_OPEN)('[open] %s', (p) => expect(trailingIsBackground(p)).toBe(true));
});

describe('scope battery: a trailing paragraph that tells this incident is not background', () => {
  it.each(THIS_STORY)('%s', (p) => expect(trailingIsBackground(p)).toBe(false));
  it('reads no trailing story when the victim is named only in the lede', () => {
    const story = ['# Dairy cooperative hit by cyberattack', '', 'Lakemoor Dairy said on Monday that attackers reached its payroll server in April.', ''];
    expect(trailingIsBackground(OTHER_STORY[1]!, story)).toBe(false);
  });
  it('reads no trailing story before the victim\'s last mention', () => {
    const story = [...STORY.slice(0, 4), OTHER_STORY[1]!, '', ...STORY.slice(4)];
    const doc = readDocument(story.join('\n'), { format: 'md', published: PUBLISHED });
    const scope = findScope(doc, VICTIM, PUBLISHED);
    const s = doc.sentences.find((x) => x.text === OTHER_STORY[1]);
    expect(s && scope.whyBackground(s)?.rule).not.toBe('scope.trailing-other-story');
  });
});

describe('scope battery: a trailing story lends the record nothing', () => {
  it("keeps the second item's count, group and date out of this incident's record", () => {
    const text = [...STORY,
      'Brockvale Mills notifies 12K of Grimlock hack Pelham Foods, a grain trader, notified nearly 12,000 farmers of a cyberattack in March. Grimlock claimed the hack on its leak site. The trader said names and bank details were taken on March 3, 2024.',
      ''].join('\n');
    const record = extract(text, { format: 'md', published: PUBLISHED });
    expect(record.company?.name).toBe('Lakemoor Dairy');
    expect(record.affected).toBeNull();
    expect(record.actors).toEqual([]);
    expect(record.dates.map((d) => d.value)).not.toContain('2024-03-03');
  });
});
