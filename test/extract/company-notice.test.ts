// A victim's own notice: a page on the organisation's site that tells its incident in the first person ("an intruder
// accessed our network"). Its publisher is then the victim, not a reporter, whether the body names it or only the
// headline does; and a page on a country domain places a victim the words leave unplaced. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { addressCountry } from '../../src/extract/country.js';
import { extractCompany, ownNotice } from '../../src/extract/company.js';
import { Explain } from '../../src/rules.js';

type Page = { url: string; text: string[] };
const read = (p: Page) => readDocument(p.text.join('\n\n') + '\n', { format: 'txt', published: '2024-05-10', url: p.url });
const run = (p: Page) => extractCompany(read(p), { published: '2024-05-10', warnings: [], explain: new Explain(true) });

/** [expected victim (null: none of the page's publisher), expected country or undefined (not checked), page] */
const NOTICES: Array<[string | null, string | null | undefined, Page]> = [
  // the body names the site's owner once, beside stronger-looking capitalised words
  ['Marlbrook Clinic', 'GB', { url: 'https://www.marlbrookclinic.co.uk/notice', text: ['Notice of Data Security Incident', 'On 3 March we found that an intruder had accessed our network.', 'We are writing to every Marlbrook Clinic patient whose records were held on the affected server.', 'Our Response', 'We reset passwords and told the Information Commissioner.'] }],
  // the address spells the initials of the name
  ['Tamsin Valley Dental Group', 'CA', { url: 'https://tvdg.ca/security-notice', text: ['Security Notice', 'An unauthorised party accessed our email system in May.', 'The privacy of patients is a priority for all of us at Tamsin Valley Dental Group.', 'Patients may call our office with questions.'] }],
  // the headline alone names it: the body says "we" and "our systems"
  ['Orrin Motors', 'NZ', { url: 'https://www.orrinmotors.co.nz/cyber-incident', text: ['Orrin Motors Cyber Incident Update', 'What happened?', 'A criminal gained access to some of our systems between May and June.', 'What have we done?', 'We locked down the systems and told the police.'] }],
  ['Kestrel Freight', undefined, { url: 'https://kestrelfreight.com/incident', text: ['Kestrel Freight Security Incident Update', 'Our file servers were encrypted by ransomware on Sunday.', 'We have restored most services from backups.'] }],
  // a scare-quoted word inside the notice's own sentence does not make it someone else's words
  ['Harlow Eye Centre', undefined, { url: 'https://www.harloweyecentre.com/notice', text: ['Notice of Data Breach', 'Dear patient, we are writing about a breach that occurred at Harlow Eye Centre.', 'On 4 March our billing systems were attacked by “ransomware,” which we removed the same day.'] }],
  // not a notice: a news story on an outlet's site, the first person only inside quotation marks
  [null, undefined, { url: 'https://www.harbourtimes.co.uk/news/clinic', text: ['Clinic hit by hackers', 'A clinic in the town said hackers stole patient files.', '“An intruder accessed our network,” a spokesperson said.', 'Harbour Times has asked the clinic for comment.'] }],
  // not a notice: a researcher's blog says "we found", and nothing of its own systems
  [null, undefined, { url: 'https://ostravalabs.com/blog/open-bucket', text: ['Ostrava Labs finds open bucket', 'We found an open storage bucket holding 40,000 loan files.', 'Our researchers told the owner, who closed it.'] }],
];

describe('a victim\'s own notice', () => {
  for (const [expected, country, page] of NOTICES) {
    it(`${expected ?? 'not the publisher'}: ${page.url}`, () => {
      const found = run(page);
      if (expected === null) {
        const host = page.url.replace(/^https?:\/\/(?:www\.)?/, '').split('.')[0]!;
        expect(found?.name.toLowerCase().replace(/[^a-z]/g, '') ?? '').not.toBe(host);
      } else {
        expect(found?.name).toBe(expected);
        if (country !== undefined) expect(found?.country).toBe(country);
      }
    });
  }
  it('reads first-person incident sentences outside quotation marks only', () => {
    expect(ownNotice(read({ url: 'https://a.example/x', text: ['Notice', 'An intruder accessed our servers on Monday.'] }))).toBe(true);
    expect(ownNotice(read({ url: 'https://a.example/x', text: ['Story', '“An intruder accessed our servers,” the firm said.'] }))).toBe(false);
    expect(ownNotice(read({ url: 'https://a.example/x', text: ['Story', 'An intruder accessed its servers on Monday.'] }))).toBe(false);
  });
});

describe('the country of a page address', () => {
  const ROWS: Array<[string, string | null]> = [
    ['https://www.marlbrookclinic.co.uk/notice', 'GB'], ['https://orrin.com.au/x', 'AU'], ['https://orrin.co.nz/x', 'NZ'],
    ['https://tvdg.ca/notice', 'CA'], ['https://news.example.de/a', 'DE'],
    ['https://orrin.com/x', null], ['https://orrin.io/x', null], ['https://orrin.tv/x', null], ['https://orrin.eu/x', null], ['not a url', null],
  ];
  for (const [url, code] of ROWS) it(`${url} → ${code}`, () => expect(addressCountry(url)).toBe(code));
});
