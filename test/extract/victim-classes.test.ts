// Classes of victim misses seen on untuned articles, each read with invented articles (positives and
// near misses): the name as the article writes it in full, not a word it refers back with; a news credit,
// a person or an adjective is not the victim.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/index.js';
import { extractCompany } from '../../src/extract/company.js';
import { extract } from '../../src/extract/index.js';
import { Explain } from '../../src/rules.js';

const read = (paragraphs: string[]) => readDocument(paragraphs.join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' });
const victim = (...paragraphs: string[]) => extractCompany(read(paragraphs), { published: '2024-05-10', warnings: [], explain: new Explain(true) });
const names = (...paragraphs: string[]) => { const c = victim(...paragraphs); return c ? [c.name, ...c.aliases] : []; };

describe('victim classes: the name is the organisation\'s own words', () => {
  it('takes the full name, not the kind word the article refers back with ("the County")', () => {
    const c = victim('County refuses ransom',
      'Hackers locked the servers of Dunmore County on Tuesday and demanded a ransom.',
      'The County said it would not pay. The County restored email on Friday.',
      'County officials said payroll was safe.');
    expect(c?.name).toBe('Dunmore County');
    expect(c?.aliases).not.toContain('County');
  });

  it('takes "Board" only as part of its name', () => {
    const c = victim('School district hit by ransomware',
      'Ransomware encrypted files at Harlow Valley School Board offices on 3 May.',
      'The Board met on Monday. The Board said it would rebuild the servers.');
    expect(c?.name).toBe('Harlow Valley School Board');
  });

  it('joins a name whose last words are written as initials ("Harlow ISD")', () => {
    const n = names('Hack exposes student records',
      'Harlow Independent School District sent letters to 9,000 students about a hack of staff email accounts.',
      'Harlow ISD said it had reported the incident to police.');
    expect(n).toEqual(expect.arrayContaining(['Harlow ISD', 'Harlow Independent School District']));
  });

  it('keeps two names apart when the initials do not spell the other\'s words', () => {
    const n = names('Hack exposes student records',
      'Harlow Independent School District sent letters to 9,000 students about a hack of staff email accounts.',
      'Harlow PTA said parents had been told.');
    expect(n).not.toContain('Harlow PTA');
  });
});

describe('victim classes: who is not the victim', () => {
  it('a news credit closing the sentence (", Valley Courier reported.") is no victim role', () => {
    const n = names('Hack hits school district',
      'Marsh Creek Schools told 4,000 families that email accounts were hacked, Valley Courier reported.',
      'Marsh Creek Schools said it had reset every password.');
    expect(n).toContain('Marsh Creek Schools');
    expect(n).not.toContain('Valley Courier');
  });

  it('the same name saying something of its own is still read (", Valley Courier said on Monday")', () => {
    const n = names('Newspaper hacked',
      'Hackers breached the subscriber database of Valley Courier, Valley Courier said on Monday.',
      'Valley Courier said card numbers were not stored.');
    expect(n).toContain('Valley Courier');
  });

  it('a person named with a job title, later by surname', () => {
    const n = names('Travel agency fears records stolen',
      'Orrin Tours said an attacker may have copied the passport numbers of 70,000 customers.',
      'Orrin Tours president Kenji Morimoto said: "We apologise to our customers."',
      'Morimoto revealed the leaked data may include booking records.');
    expect(n).toContain('Orrin Tours');
    expect(n).not.toContain('Morimoto');
  });

  it('a name before its officer\'s title is the organisation, not a person ("Lotus Card CEO …")', () => {
    const n = names('Card issuer confirms hack',
      'Lotus Card confirmed that a hacking incident exposed the details of 300,000 cardholders.',
      '"We sincerely apologise," said Lotus Card CEO Min-ho Park.');
    expect(n).toContain('Lotus Card');
  });

  it('an adjective of people ("the Agrarian senators"), even in the headline', () => {
    const n = names('Ransomware hits Agrarian state senators',
      'Agrarians in the upper chamber were locked out of every office computer by a ransomware attack on Friday.',
      'The Agrarian senators use their own network, an official said.',
      'A spokesperson for the Agrarians declined to comment.');
    expect(n).not.toContain('Agrarian');
    expect(n).toContain('Agrarians');
  });

  it('a country named for its government only when it has a victim role', () => {
    expect(names('Two men charged over port cyberattack',
      'Two Ruritanian men were charged with the ransomware attack on the Port of Dunmore.',
      'Prosecutors said neither man worked for the Ruritanian government.',
      'The Ruritanian government has not commented.')).not.toContain('Ruritanian');
  });

  it('a common word capitalised in a shop\'s name is not in the headline as a lower-case noun', () => {
    const n = names('Hackers hit lakeside bakery with ransomware',
      'It happened to Marlowe Bakery in Eastport last month.',
      'Staff at Marlowe Bakery could not open the order files.');
    expect(n).not.toEqual(['Bakery']);
  });
});

describe('victim classes: the weapon and the finder are not the victim', () => {
  it('a malware name ("the Grimlock outbreak", "extorted by Grimlock") is the weapon', () => {
    const n = names('Grimlock operators cash out',
      'Three months after the Grimlock ransomware outbreak, its operators emptied their wallets.',
      'The Grimlock epidemic hit thousands of firms, including Harrow Logistics, whose depots closed for a week.',
      'The money extorted by Grimlock had sat untouched since May.');
    expect(n).not.toContain('Grimlock');
  });

  it('the agent of a passive breach verb is the attacker ("hacked by Night Kite")', () => {
    const n = names('Forum hacked',
      'The Quorra forum was hacked by Night Kite on Monday.',
      'Quorra said passwords were hashed.');
    expect(n).toContain('Quorra');
    expect(n).not.toContain('Night Kite');
  });

  it('a name used by its owner ("software used by Quorra") is still the owner\'s', () => {
    const n = names('Forum software breached',
      'A hacker claims to have infiltrated the forum software used by Quorra.',
      'Quorra said it was checking the claim.');
    expect(n).toContain('Quorra');
  });

  it('the security company behind the report, when it is never the object of the attack', () => {
    const n = names('Attack hits 300 factories, says Ostrava Labs',
      'Hackers breached control systems at 300 factories in 12 countries, according to security company Ostrava Labs.',
      'Ostrava Labs says the attackers could have read messages between the factories and their suppliers.');
    expect(n).not.toContain('Ostrava Labs');
  });
});

describe('victim classes: the attackers\' country is not the victim\'s', () => {
  it('a group tied to a country places the attackers', () => {
    const c = victim('Crypto exchange staff phished',
      'A hacking group tied to Iran targeted staff of the Velmond exchange with fake job offers, researchers said.',
      'The attackers were linked to Iran by their tools, and Velmond said it had blocked them.');
    expect(c?.name).toBe('Velmond');
    expect(c?.country).not.toBe('IR');
  });

  it('a victim said to be based in a country keeps it', () => {
    const c = victim('Crypto exchange staff phished',
      'A hacking group targeted staff of the Velmond exchange, which is based in Norway, with fake job offers.',
      'Velmond said it had blocked the intruders.');
    expect(c?.country).toBe('NO');
  });
});

describe('victim classes: an attack that shuts down a victim is an incident', () => {
  it('"Ransomware shuts down X" is what happened to X, not a police takedown', () => {
    const r = extract(['Ransomware shuts down Dunmore County government',
      'The government of Dunmore County has taken its phone and computer systems offline after a ransomware infection.',
      'Dunmore County said it would not pay the ransom.'].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' });
    expect(r.isIncident).toBe(true);
  });

  // open: police seizing the named site; its row changed no value on our 1,099 real articles and was removed (issue 11)
  it.fails('[open] police shutting down a criminal site is still no incident', () => {
    const r = extract(['Police shut down Darkmart forum',
      'Police shut down the Darkmart hacking forum and arrested its administrator.',
      'Darkmart sold stolen card numbers.'].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' });
    expect(r.isIncident).toBe(false);
  });
});
