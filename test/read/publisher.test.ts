// The one reading of the names a page's publisher goes by (src/read/publisher.ts, `doc.publisher`): the address,
// the title's site name, the page's site name and a wire dateline, in one normal form; and both extractors using it.
import { describe, expect, it } from 'vitest';
import { compactName, hostNames } from '../../src/read/publisher.js';
import { readDocument } from '../../src/read/index.js';
import { extract } from '../../src/extract/index.js';

describe('hostNames: the names a web address gives', () => {
  const rows: Array<[string, string[]]> = [
    // the label before a country domain's generic second level, and the host
    ['https://www.harbourpost.co.uk/2024/ransomware-hits-port', ['harbourpost', 'harbourpost.co.uk']],
    ['https://www.harbourclinic.com.au/notice', ['harbourclinic', 'harbourclinic.com.au']],
    // an edition label ("news.", "m.", "amp.") is no name; a section label is kept beside the site's
    ['https://news.harbourpost.co.uk/story', ['harbourpost', 'news.harbourpost.co.uk']],
    ['https://m.harbourpost.com/story', ['harbourpost', 'm.harbourpost.com']],
    ['https://blog.quaysidefreight.com/update', ['blog', 'quaysidefreight', 'blog.quaysidefreight.com']],
    // a short name just left of the suffix stays, under a subdomain too ("kbu" of today.kbu.edu)
    ['https://harbourtoday.kbu.edu/news/phishing', ['harbourtoday', 'kbu', 'harbourtoday.kbu.edu']],
    ['https://hb.com/a', ['hb', 'hb.com']],
    // a country code under a generic domain is part of the suffix ("uk.net"), and so is a long top level (".asia")
    ['https://ledgerexchange.uk.net/news/survey', ['ledgerexchange', 'ledgerexchange.uk.net']],
    ['https://harbourbrief.asia/story/leak', ['harbourbrief', 'harbourbrief.asia']],
    // a two-letter language label is no name; an address written without its scheme still has a host
    ['https://en.harbourpost.com/x', ['harbourpost', 'en.harbourpost.com']],
    ['www.harbourpost.com/2024/port', ['harbourpost', 'harbourpost.com']],
  ];
  for (const [url, names] of rows) it(url, () => expect(hostNames(url)).toEqual(names));
  it('no host, no names', () => {
    expect(hostNames('')).toEqual([]);
    expect(hostNames('not an address')).toEqual([]);
  });
});

describe('compactName: one normal form', () => {
  it('drops case, punctuation, spaces and a leading "the", glued or not', () => {
    for (const s of ['The Harbour Post', 'theharbourpost', 'Harbour-Post', 'HARBOUR POST', 'TheHarbourPost']) expect(compactName(s)).toBe('harbourpost');
  });
  it('keeps a short word that starts with "the"', () => expect(compactName('Theo')).toBe('theo'));
});

describe('doc.publisher: the names the publisher goes by, read once', () => {
  const body = 'Kestrel Freight said its port systems were encrypted by ransomware on Monday.\n';
  it('address, title suffix and site name, in one form', () => {
    const doc = readDocument(body, { format: 'txt', title: 'Ransomware hits port - Harbour Post', url: 'https://www.harbourpost.co.uk/2024/ransomware-hits-port' });
    expect(doc.publisher.all).toEqual(['harbourpost', 'harbourpostcouk']);
    expect(doc.publisher.host).toEqual(['harbourpost', 'harbourpostcouk']);
    expect(doc.publisher).toBe(doc.publisher);
  });
  it('a title suffix of more than five words is the headline\'s own, not a site name', () => {
    const doc = readDocument(body, { format: 'txt', title: 'Port down: what the harbour board has told its staff' });
    expect(doc.publisher.all).toEqual([]);
    const named = readDocument(body, { format: 'txt', title: 'Port systems down | The Quayside Ledger' });
    expect(named.publisher.all).toEqual(['quaysideledger']);
    expect(named.publisher.host).toEqual([]);
  });
  it('the site name a page gives, beside a different address', () => {
    const doc = readDocument(`<html><head><meta property="og:site_name" content="The Quayside Ledger"><title>Port hit</title></head><body><p>${body}</p></body></html>`,
      { format: 'html', url: 'https://ledger.quaysidemedia.org/port' });
    expect(doc.publisher.all).toEqual(['ledger', 'quaysidemedia', 'ledgerquaysidemediaorg', 'quaysideledger']);
    expect(doc.publisher.all).toContain('quaysideledger');
    expect(doc.publisher.host).not.toContain('quaysideledger');
  });
  it('a wire\'s dateline names the publisher too', () => {
    const doc = readDocument(`KESTREL BAY, May 2 (Meridian Wire) - ${body}`, { format: 'txt' });
    expect(doc.publisher.all).toContain('meridianwire');
  });
});

describe('both extractors read the same publisher names', () => {
  const text = [
    'Ransomware hits port',
    '',
    'Kestrel Freight said hackers encrypted the servers that run its cranes at the harbour on Monday.',
    '',
    'Harbour Post said it had seen the ransom note left on the screens at Kestrel Freight.',
    '',
    'Kestrel Freight said no customer data had been taken, and that it had called in outside experts.',
    '',
  ].join('\n');
  const options = { format: 'txt' as const, title: 'Ransomware hits port - Harbour Post', url: 'https://theharbourpost.co.uk/2024/ransomware-hits-port' };
  it('the publisher is neither the victim nor a source; the victim is both', () => {
    const record = extract(text, options);
    expect(record.company?.name).toBe('Kestrel Freight');
    const sources = record.sources.map((s) => s.name);
    expect(sources).toContain('Kestrel Freight');
    expect(sources).not.toContain('Harbour Post');
  });
  it('the address alone, with "the" glued to the name, is enough', () => {
    const record = extract(text, { format: 'txt', url: options.url });
    expect(record.company?.name).toBe('Kestrel Freight');
    expect(record.sources.map((s) => s.name)).not.toContain('Harbour Post');
  });
  it('without the address and title, the same outlet is credited as a source', () => {
    const sources = extract(text, { format: 'txt' }).sources.map((s) => s.name);
    expect(sources).toContain('Harbour Post');
  });
});
