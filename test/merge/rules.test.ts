// The merge's rules (src/merge/rules.ts): every row joins its own example and not its counterexample, and
// each reading of a name is shown on invented articles through mergeRecords, in any input order.
import { describe, expect, it } from 'vitest';
import { combine } from '../../src/merge/cluster.js';
import { mergeRecords, type MergedIncident } from '../../src/merge/index.js';
import { nameHeadlines, toItem, type Item } from '../../src/merge/item.js';
import { headline, nameKeys } from '../../src/merge/name.js';
import { DEFAULT_WINDOW_DAYS, MERGE_RULES, type Sketch } from '../../src/merge/rules.js';
import { rec, shuffled, type Spec } from './records.js';

const item = (s: Sketch, path: string): Item => toItem(rec({ path, published: s.published, victim: s.victim, aliases: s.aliases, title: s.title, dates: s.dates }));
const pair = ([x, y]: [Sketch, Sketch]): [Item, Item] => {
  const items = [item(x, 'a.md'), item(y, 'b.md')];
  nameHeadlines(items, new Set(items.flatMap((i) => i.names)));
  return items as [Item, Item];
};
const fires = (row: (typeof MERGE_RULES)[number], [a, b]: [Item, Item]) =>
  row.test(a, b, DEFAULT_WINDOW_DAYS) || row.test(b, a, DEFAULT_WINDOW_DAYS);

describe('MERGE_RULES', () => {
  it('has unique kebab-case ids and a reason for each row', () => {
    const ids = MERGE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of MERGE_RULES) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.reason.length).toBeGreaterThan(40);
    }
  });
  it.each(MERGE_RULES.map((r) => [r.id, r] as const))('%s joins its example and not its counterexample', (_, row) => {
    const read = (p: [Item, Item]): [Item, Item] => (row.incidents ? [combine([p[0]]), combine([p[1]])] : p);
    expect(fires(row, read(pair(row.example)))).toBe(true);
    expect(fires(row, read(pair(row.counterexample)))).toBe(false);
  });
});

describe('nameKeys', () => {
  it('reads a possessive both ways', () => {
    expect(nameKeys("Brackenford's Council")).toEqual(['brackenford council', 'brackenfords council']);
    expect(nameKeys("McKay's", ['McKays'])).toEqual(['mckay', 'mckays']);
  });
});

describe('headline', () => {
  it.each([
    ['Brackenford’s council systems held to ransom - Valley Courier', 'brackenford council systems held to ransom'],
    ['Quarrow Labs confirms breach | Wire One | Tech news', 'quarrow labs confirms breach'],
    ['Lab chief: attack was a wake-up call - a view from the bench and the boardroom alike today', 'lab chief attack was a wake up call a view from the bench and the boardroom alike today'],
  ])('%s → %s', (title, words) => {
    expect(headline(title)).toBe(words);
  });
});

const paths = (ms: MergedIncident[]) => ms.map((m) => m.articles.map((a) => a.path).sort()).sort();
/** Merged the same way whatever the order the records come in. */
const merged = (specs: Spec[]) => {
  const records = specs.map(rec);
  const out = paths(mergeRecords(records));
  for (const seed of [3, 17, 101]) expect(paths(mergeRecords(shuffled(records, seed)))).toEqual(out);
  return out;
};

describe('joins (explain)', () => {
  it('gives one join per article after the first, each naming its row, the same in any order', () => {
    const specs: Spec[] = [
      { path: 'person.md', published: '2024-03-23', victim: 'Dana Whitcombe', title: 'Ransomware freezes computers at the city of Brackenford' },
      { path: 'city.md', published: '2024-03-25', victim: 'City of Brackenford', title: 'Brackenford officials still working around the clock' },
      { path: 'again.md', published: '2024-03-26', victim: 'Brackenford', title: 'Brackenford restores email' },
    ];
    const records = specs.map(rec);
    const [m, ...rest] = mergeRecords(records, { explain: true });
    expect(rest).toEqual([]);
    expect(m!.joins!.map((j) => [j.articles, j.why.rule])).toEqual([
      [[0, 1], 'merge.headline-names-victim'],
      [[0, 2], 'merge.headline-names-victim'],
    ]);
    for (const seed of [5, 9]) expect(JSON.stringify(mergeRecords(shuffled(records, seed), { explain: true }))).toBe(JSON.stringify([m]));
  });
});

describe('merge rules on invented articles', () => {
  it('keeps near-name victims apart: one word in common is not one victim', () => {
    expect(merged([
      { path: 'bank.md', published: '2024-05-02', victim: 'Northfield Bank', title: 'Northfield Bank reports card data breach' },
      { path: 'health.md', published: '2024-05-03', victim: 'Northfield Health', title: 'Northfield Health reports patient data breach' },
    ])).toEqual([['bank.md'], ['health.md']]);
  });

  it('joins a one-word short name to the one longer name it begins, and to neither of two', () => {
    expect(merged([
      { path: 'short.md', published: '2024-10-25', victim: 'Cathmoor', title: 'Cathmoor says passenger data exposed' },
      { path: 'long.md', published: '2024-10-28', victim: 'Cathmoor Pacific Lines', title: 'Cathmoor Pacific Lines breach hits 9 million' },
    ])).toEqual([['long.md', 'short.md']]);
    expect(merged([
      { path: 'short.md', published: '2024-05-04', victim: 'Northfield', title: 'Northfield confirms breach' },
      { path: 'bank.md', published: '2024-05-02', victim: 'Northfield Bank', title: 'Northfield Bank reports card data breach' },
      { path: 'health.md', published: '2024-05-03', victim: 'Northfield Health', title: 'Northfield Health reports patient data breach' },
    ])).toEqual([['bank.md'], ['health.md'], ['short.md']]);
  });

  it('does not read a platform word as the short name of a site named after it', () => {
    expect(merged([
      { path: 'store.md', published: '2024-03-23', victim: 'Android', title: 'Android users download fake game mods' },
      { path: 'forum.md', published: '2024-03-24', victim: 'Android Forums', title: 'Android Forums hacked, passwords reset' },
    ])).toEqual([['forum.md'], ['store.md']]);
  });

  it('keeps a parent and its national unit apart, unless an article says they are one', () => {
    expect(merged([
      { path: 'parent.md', published: '2024-09-14', victim: 'Cathmoor', title: 'Cathmoor breach exposes 140 million' },
      { path: 'unit.md', published: '2024-09-13', victim: 'Cathmoor Brazil', title: 'Cathmoor Brazil left an employee portal open' },
    ])).toEqual([['parent.md'], ['unit.md']]);
    expect(merged([
      { path: 'parent.md', published: '2024-09-14', victim: 'Cathmoor', aliases: ['Cathmoor Brazil'], title: 'Cathmoor says its Brazil unit was the one breached' },
      { path: 'unit.md', published: '2024-09-13', victim: 'Cathmoor Brazil', title: 'Cathmoor Brazil left an employee portal open' },
    ])).toEqual([['parent.md', 'unit.md']]);
  });

  it('joins an acronym in a headline to the full name it spells', () => {
    expect(merged([
      { path: 'nameless.md', published: '2024-02-22', victim: null, title: 'TVDR computers held for ransom' },
      { path: 'full.md', published: '2024-02-22', victim: 'Tarn Valley Department of Roads', title: 'Tarn Valley Department of Roads shuts 2,000 computers' },
    ])).toEqual([['full.md', 'nameless.md']]);
  });

  it("reads the headline's victim when the record's victim is a person, a coin or missing", () => {
    expect(merged([
      { path: 'person.md', published: '2024-03-23', victim: 'Dana Whitcombe', title: 'Ransomware freezes computers at the city of Brackenford' },
      { path: 'coin.md', published: '2024-03-23', victim: 'Bitcoins', title: "Attackers seize Brackenford's network, want coins" },
      { path: 'none.md', published: '2024-03-30', victim: null, title: 'Brackenford works to break ransomware hold' },
      { path: 'city.md', published: '2024-03-25', victim: 'City of Brackenford', title: 'Brackenford officials still working around the clock' },
      { path: 'alone.md', published: '2024-03-24', victim: null, title: 'Why towns pay ransoms' },
    ])).toEqual([['city.md', 'coin.md', 'none.md', 'person.md']]);
  });

  it('lets a headline that names two victims join neither', () => {
    expect(merged([
      { path: 'both.md', published: '2024-04-28', victim: 'Jo Pell', title: 'Lumen Search and Facet Social duped by invoice scam' },
      { path: 'lumen.md', published: '2024-04-27', victim: 'Lumen Search', title: 'Lumen Search confirms invoice fraud' },
      { path: 'facet.md', published: '2024-04-27', victim: 'Facet Social', title: 'Facet Social confirms invoice fraud' },
    ])).toEqual([['both.md'], ['facet.md'], ['lumen.md']]);
  });

  it('takes the longest name a headline holds', () => {
    // 'Lumen Docs' is named, not 'Lumen': the app-store story stays apart
    expect(merged([
      { path: 'docs.md', published: '2024-05-04', victim: 'Lumen', aliases: ['Lumen Docs'], title: 'Lumen Docs sharing lure spreads' },
      { path: 'mail.md', published: '2024-05-05', victim: 'Jo Pell', title: 'Someone claims the Lumen Docs sharing lure' },
      { path: 'store.md', published: '2024-05-01', victim: 'Lumen', title: 'Fake game guides infect 600,000 phones' },
    ])).toEqual([['docs.md', 'mail.md'], ['store.md']]);
  });

  it("joins two headlines that each name the other's victim", () => {
    expect(merged([
      { path: 'agency.md', published: '2024-03-09', victim: 'Orbis Agency', title: 'Leakvault publishes Orbis Agency files' },
      { path: 'site.md', published: '2024-03-10', victim: 'Leakvault', title: 'Orbis Agency documents surface on Leakvault' },
    ])).toEqual([['agency.md', 'site.md']]);
  });

  it('does not chain a large name across months of unrelated stories', () => {
    expect(merged([
      { path: 'jan.md', published: '2024-01-25', victim: 'Lumen Search', title: 'Ransomware app in Lumen Search store infects phones', dates: [['disclosed', '2024-01-24']] },
      { path: 'mar.md', published: '2024-03-15', victim: 'Lumen Search', title: 'Lumen Search fixes mail look-alike trick' },
      { path: 'apr.md', published: '2024-04-27', victim: 'Lumen Search', title: 'Malware posing as game guides infects phones', dates: [['discovered', '2024-04']] },
      { path: 'may.md', published: '2024-05-04', victim: 'Lumen Search', title: 'Lumen Search document-sharing lure spreads' },
    ])).toEqual([['apr.md'], ['jan.md'], ['mar.md'], ['may.md']]);
  });

  it('joins the same name beyond a news cycle only with a shared headline word or dates that agree', () => {
    expect(merged([
      { path: 'first.md', published: '2024-02-22', victim: 'Tarn Valley Department of Roads', title: 'Tarn Valley Department of Roads shuts computers' },
      { path: 'cost.md', published: '2024-04-06', victim: 'Tarn Valley Department of Roads', title: 'Tarn Valley Department of Roads attack to cost $1.5 million', dates: [['breach-start', '2024-02-21']] },
      { path: 'other.md', published: '2024-04-08', victim: 'Tarn Valley Department of Roads', title: 'Tarn Valley Department of Roads opens bridge' },
    ])).toEqual([['cost.md', 'first.md', 'other.md']]);
    expect(merged([
      { path: 'first.md', published: '2024-02-22', victim: 'Tarn Valley Department of Roads', title: 'Tarn Valley Department of Roads shuts computers' },
      { path: 'other.md', published: '2024-04-08', victim: 'Tarn Valley Department of Roads', title: 'Tarn Valley Department of Roads opens bridge' },
    ])).toEqual([['first.md'], ['other.md']]);
  });

  it("joins a court's sequel to the one earlier incident whose month it recalls", () => {
    const march = [
      { path: 'mar1.md', published: '2024-03-23', victim: 'City of Brackenford', title: 'Brackenford hit by ransomware', dates: [['breach-start', '2024-03-22']] as Spec['dates'] },
      { path: 'mar2.md', published: '2024-03-25', victim: 'City of Brackenford', title: 'Brackenford still recovering from ransomware' },
    ];
    const december = [
      { path: 'dec1.md', published: '2024-11-28', victim: 'City of Brackenford', title: 'Foreign pair charged over Brackenford attack', dates: [['other', '2024-03']] as Spec['dates'] },
      { path: 'dec2.md', published: '2024-12-05', victim: 'City of Brackenford', title: 'Two men indicted in Brackenford ransomware attack' },
    ];
    expect(merged([...march, ...december])).toEqual([['dec1.md', 'dec2.md', 'mar1.md', 'mar2.md']]);
    // the same news without a court's word, or recalling only a year, is its own incident
    expect(merged([...march, { ...december[1]!, title: 'Brackenford hit by ransomware again', dates: [['other', '2024-03']] }])).toHaveLength(2);
    expect(merged([...march, { ...december[1]!, dates: [['other', '2022']] }])).toHaveLength(2);
    // a lawsuit over a new breach that recalls the old one's month, but starts elsewhere
    expect(merged([...march, { ...december[1]!, title: 'Brackenford sued over second ransomware attack', dates: [['other', '2024-03'], ['breach-start', '2024-11-20']] }])).toHaveLength(2);
    // hit again: a new incident, whatever the lawsuit over the old one
    expect(merged([...march, { ...december[1]!, title: 'Brackenford hit again months after lawsuit settlement', dates: [['other', '2024-03']] }])).toHaveLength(2);
    // most of the later headlines are news of a new attack, not of a court: no sequel
    expect(merged([...march,
      { path: 'n1.md', published: '2024-12-01', victim: 'City of Brackenford', title: 'Brackenford systems down after weekend intrusion', dates: [['other', '2024-03']] },
      { path: 'n2.md', published: '2024-12-02', victim: 'City of Brackenford', title: 'Brackenford intrusion closes libraries' },
      { path: 'n3.md', published: '2024-12-03', victim: 'City of Brackenford', title: 'Brackenford intrusion: council sued by residents' },
    ])).toHaveLength(2);
    // two earlier incidents it could recall: it joins neither
    const may = { path: 'may.md', published: '2024-05-20', victim: 'City of Brackenford', title: 'Brackenford library systems down', dates: [['breach-start', '2024-05-18']] as Spec['dates'] };
    expect(merged([march[0]!, may, { ...december[1]!, dates: [['other', '2024-04']] }])).toHaveLength(3);
    expect(merged([march[0]!, { ...december[1]!, dates: [['other', '2024-04']] }])).toHaveLength(1);
  });
});
