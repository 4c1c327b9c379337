// Page furniture as text, and the publisher it names: unit tables (positives grouped by the answer,
// and near misses), then the readers' use of them on HTML pages and plain-text copies.
import { describe, expect, it } from 'vitest';
import { clearFurniture, isFurnitureLine, readByline, readCopyright, urlLine, wireDateline, FURNITURE_HEADING } from '../../src/read/furniture.js';
import { readDocument } from '../../src/read/index.js';
import type { RawBlock } from '../../src/document.js';

describe('furniture lines', () => {
  const furniture = [
    'ADVERTISEMENT', 'Advertisement - Scroll to continue', 'Continue reading below', 'Story continues below advertisement',
    'Skip to main content', 'Share this article', 'Share this story: Email | Print | Facebook', 'Follow us on Mastodon',
    'Sign up for our free daily newsletter.', 'Sign up for our weekly security briefing.', 'Read more: Bank says 3 million records stolen',
    'READ MORE: Council fined over lost laptop', 'Related: Retailer confirms card skimming at 40 stores', 'Home | News | Security',
    'Home › Security › Data breaches', 'Topics: Cybersecurity, Data breach', 'Photo: Getty Images', '(Image credit: Alamy)',
    'Credit: AP Photo/File', 'Watch: How hackers break into corporate networks', 'Listen to this article', '4 min read',
    'Contributing: Jane Roe',
  ];
  for (const line of furniture) it(`furniture: ${line}`, () => expect(isFurnitureLine(line)).toBe(true));
  const text = [
    'The bank said hackers had stolen data on 3 million customers.',
    'Read the company’s full statement, which was posted on Tuesday, for details.',
    'Related companies were not affected, the group said.',
    'Home addresses and phone numbers were exposed.',
    'Share prices fell 4% after the disclosure.',
    'Photographs of patients were among the files, the clinic said.',
    'Sign up fraud rose after the breach, according to the regulator.',
    'Advertisements on the site were used to spread the malware.',
  ];
  for (const line of text) it(`article text: ${line}`, () => expect(isFurnitureLine(line)).toBe(false));
});

describe('furniture headings', () => {
  for (const h of ['About the author', '3 comments', 'Most popular', 'Most Read', 'Related stories', 'More from The Daily Ledger', 'You may also like', 'Recent Posts', 'Trending now']) {
    it(`heading: ${h}`, () => expect(FURNITURE_HEADING.test(h)).toBe(true));
  }
  for (const h of ['What was stolen', 'How the attack unfolded', 'Related breaches at other banks this year were larger', 'Comments from the regulator']) {
    it(`not a furniture heading: ${h}`, () => expect(FURNITURE_HEADING.test(h)).toBe(false));
  }
});

describe('bylines', () => {
  const withSite: Array<[string, string]> = [
    ['By Jane Roe, Harbour Gazette', 'Harbour Gazette'],
    ['Jane Roe | Harbour Gazette', 'Harbour Gazette'],
    ['Jane Roe - Harbour Gazette - Mar 3, 2021', 'Harbour Gazette'],
    ['By Jane Roe for The Daily Ledger', 'The Daily Ledger'],
    ['Jane Roe, TechWire • 3 March 2021', 'TechWire'],
  ];
  for (const [line, site] of withSite) it(`byline with the outlet: ${line}`, () => expect(readByline(line)).toEqual({ site }));
  const withoutSite = ['By Jane Roe', 'By Jane Roe, Senior Reporter | March 3, 2021 9:14 am ET', 'Written by Jane Roe on March 3, 2021',
    'By Jane Roe and Omar Haddad', 'Jane Roe — 9 November 2018'];
  for (const line of withoutSite) it(`byline: ${line}`, () => expect(readByline(line)).toEqual({ site: null }));
  const notBylines = ['By the time the breach was found, the data had been sold.', 'By Tuesday, the company had notified customers.',
    'Acme Bank confirms data breach', 'Hackers hit Acme Bank | Customers warned', 'Jane Roe said the files were encrypted.', 'By 2019'];
  for (const line of notBylines) it(`not a byline: ${line}`, () => expect(readByline(line)).toBeNull());
});

describe('copyright lines and saved addresses', () => {
  const table: Array<[string, string | null]> = [
    ['© 2022 Northgate Herald. All rights reserved.', 'Northgate Herald'],
    ['Copyright 2018 The Daily Ledger', 'The Daily Ledger'],
    ['(c) Harbour Gazette 2020', 'Harbour Gazette'],
    ['Copyright © 2021 TechWire | Powered by WordPress', 'TechWire'],
  ];
  for (const [line, site] of table) it(`copyright: ${line}`, () => expect(readCopyright(line)?.site).toBe(site));
  it('a sentence about copyright is not a copyright line', () => {
    expect(readCopyright('Copyright lawyers said the leaked scripts were protected.')?.site ?? null).toBeNull();
  });
  it('a saved page address, with or without a cue', () => {
    expect(urlLine('Source: https://ledger.example/story/1')).toBe('https://ledger.example/story/1');
    expect(urlLine('https://ledger.example/story/1')).toBe('https://ledger.example/story/1');
    expect(urlLine('Visit https://ledger.example/story/1 for more.')).toBeNull();
  });
});

describe('wire datelines', () => {
  const table: Array<[string, string | null, number]> = [
    ['LONDON (Reuters) - Hackers stole data.', 'Reuters', 'LONDON (Reuters) - '.length],
    ['NEW YORK (AP) — Hackers stole data.', 'AP', 'NEW YORK (AP) — '.length],
    ['SAN FRANCISCO, Nov 9 (Meridian Wire) -- Hackers stole data.', 'Meridian Wire', 'SAN FRANCISCO, Nov 9 (Meridian Wire) -- '.length],
  ];
  for (const [text, site, length] of table) it(text, () => expect(wireDateline(text)).toEqual({ site, length }));
  for (const text of ['LONDON is where the company (Acme) - said to be based - keeps its servers.', 'The FBI (Federal Bureau of Investigation) - said', 'Acme (AP) - x']) {
    it(`not a wire dateline: ${text}`, () => expect(wireDateline(text)).toBeNull());
  }
});

describe('clearFurniture', () => {
  const blocks = (...lines: string[]): RawBlock[] => lines.map((value) => ({ kind: 'paragraph', pieces: [{ value, start: 0, end: value.length }] }));
  const texts = (r: { blocks: RawBlock[] }) => r.blocks.map((b) => b.pieces[0]!.value);
  it('drops a headline list under a furniture heading but keeps the copyright line after it for its site', () => {
    const r = clearFurniture(blocks('Title of the story here', 'First paragraph of the story.', 'Second paragraph.', 'Most popular',
      'Bank says 3 million records stolen', 'Council fined over lost laptop', '© 2022 Harbour Gazette. All rights reserved.'));
    expect(texts(r)).toEqual(['Title of the story here', 'First paragraph of the story.', 'Second paragraph.']);
    expect(r.site).toBe('Harbour Gazette');
  });
  it('drops listed headlines that ask a question, but not the story\'s prose after the list', () => {
    const r = clearFurniture(blocks('Title of the story here', 'First paragraph of the story.', 'Second paragraph.', 'Most popular',
      'Router flaw lets attackers in', 'Was the clinic outage a cyber-attack after all?', 'Ten years of breaches: what changed?',
      'The company has not said when the systems will be back, and customers were told to watch their statements for signs of fraud in the coming weeks.'));
    expect(texts(r)).toEqual(['Title of the story here', 'First paragraph of the story.', 'Second paragraph.',
      'The company has not said when the systems will be back, and customers were told to watch their statements for signs of fraud in the coming weeks.']);
  });
  it('drops an author bio at the end', () => {
    const r = clearFurniture(blocks('Title', 'Body one.', 'Body two.', 'Body three.', 'Body four.', 'Jane Roe is a senior reporter at Harbour Gazette covering banking.'));
    expect(texts(r)).toEqual(['Title', 'Body one.', 'Body two.', 'Body three.', 'Body four.']);
  });
  it('keeps a paragraph that mentions a reporter in the middle of the story', () => {
    const r = clearFurniture(blocks('Title', 'Jane Roe is a reporter who found the exposed server, the company said.', 'Body two.', 'Body three.', 'Body four.', 'Body five.'));
    expect(r.blocks).toHaveLength(6);
  });
});

describe('pages and text files', () => {
  it('HTML: the story’s own <time>, not a teaser card’s', () => {
    const doc = readDocument(`<html><body><section><article><h3><a href="#">Other story</a></h3><time datetime="2011-01-01">2 hours ago</time></article></section>
      <article><h1>Lender says files copied</h1><p>Published <time datetime="2022-09-14">Sept. 14, 2022</time></p><p>${'The lender said an intruder copied files. '.repeat(5)}</p></article></body></html>`, { format: 'html' });
    expect(doc.published).toBe('2022-09-14');
  });
  it('HTML: og:site_name, else a JSON-LD publisher (also by @id in an @graph)', () => {
    const body = '<h1>Lender says files copied</h1><p>The lender said an intruder copied files.</p>';
    expect(readDocument(`<html><head><meta property="og:site_name" content="The Coastal Ledger"></head><body>${body}</body></html>`, { format: 'html' }).site).toBe('The Coastal Ledger');
    const graph = JSON.stringify({ '@graph': [{ '@type': 'Organization', '@id': '#o', name: 'Valley Courier' }, { '@type': 'NewsArticle', datePublished: '2021-03-09', publisher: { '@id': '#o' } }] });
    const doc = readDocument(`<html><head><script type="application/ld+json">${graph}</script></head><body>${body}</body></html>`, { format: 'html' });
    expect([doc.site, doc.published]).toEqual(['Valley Courier', '2021-03-09']);
  });
  it('HTML: a layout table’s cells are paragraphs; navigation, a kicker and link lists go', () => {
    const doc = readDocument(`<html><body><table><tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr><tr><td><div><p class="kicker">Schools</p><h1>District hit by ransomware</h1>
      <p>The district said a ransomware attack encrypted its servers.</p><ul><li><a href="#">Other breach headline one</a></li><li><a href="#">Other breach headline two</a></li></ul></div></td></tr></table></body></html>`, { format: 'html' });
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([['heading', 'District hit by ransomware'], ['paragraph', 'The district said a ransomware attack encrypted its servers.']]);
  });
  it('HTML: the site named in the footer’s copyright line, and the <title> without it', () => {
    const doc = readDocument('<html><head><title>District hit by ransomware - Valley Courier</title></head><body><div><h2>District hit by ransomware</h2><p>The district said a ransomware attack encrypted its servers.</p></div><div id="footer">© 2021 Valley Courier · Terms · Privacy</div></body></html>', { format: 'html' });
    expect([doc.site, doc.title]).toEqual(['Valley Courier', 'District hit by ransomware']);
  });
  it('text: a first line saved from the page title names the site; the title is the headline', () => {
    const doc = readDocument('District hit by ransomware | Valley Courier\n\nThe district said a ransomware attack encrypted its servers.\n', { format: 'txt' });
    expect([doc.site, doc.title]).toEqual(['Valley Courier', 'District hit by ransomware']);
  });
  it('HTML without <article> or <main>: the element holding most of the paragraph text is the story', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of the story says the council's payroll system was breached last month.</p>`).join('');
    const doc = readDocument(`<html><body><div id="wrap"><div class="col-left"><p>Weather: sunny, 21C</p><p>Lottery results</p></div>
      <div class="col-main"><h1>Council payroll system breached</h1>${story}</div><div class="col-right"><p>Jobs: Bus driver wanted</p></div></div></body></html>`, { format: 'html' });
    expect(doc.blocks.map((b) => b.text)).toEqual(['Council payroll system breached', ...Array.from({ length: 4 }, (_, i) => `Paragraph ${i} of the story says the council's payroll system was breached last month.`)]);
  });
  it('text: masthead, navigation, byline, dateline, promos and copyright go; the outlet and date are read', () => {
    const doc = readDocument('Skip to main content\n\nHarbour Gazette\n\nHome | News | Business\n\nFreight firm left driver records exposed online\n\nBy Jane Roe, Harbour Gazette\n\nUpdated: 2022-06-14 08:30 UTC\n\nThe firm said a database was open without a password.\n\nAdvertisement\n\nIt said it secured the server the next day.\n\n© 2022 Harbour Gazette. All rights reserved.\n', { format: 'txt' });
    expect(doc.blocks.map((b) => b.text)).toEqual(['Freight firm left driver records exposed online', 'The firm said a database was open without a password.', 'It said it secured the server the next day.']);
    expect([doc.title, doc.published, doc.site]).toEqual(['Freight firm left driver records exposed online', '2022-06-14', 'Harbour Gazette']);
  });
  it('text: a wire dateline is cut off the lead and names the wire', () => {
    const doc = readDocument('Insurer says hackers stole data\n\nLISBON (Meridian Wire) - The insurer said hackers stole data.\n', { format: 'txt' });
    expect([doc.blocks[1]!.text, doc.site]).toEqual(['The insurer said hackers stole data.', 'Meridian Wire']);
  });
  it('text: hard-wrapped paragraphs join even where a line ends a sentence', () => {
    const para = 'The company said the database was exposed for months. It was found by\na researcher in May, who alerted the company the same day. The firm\nsaid it secured the server and notified the regulator within a week.';
    const doc = readDocument(`Firm says database was exposed\n\n${[para, para, para].join('\n\n')}\n`, { format: 'txt' });
    expect(doc.blocks).toHaveLength(4);
  });
});
