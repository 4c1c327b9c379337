// Sources credited through the shape of a clause rather than a name beside its verb (SESSION 14):
//   - a relative pronoun as the subject of a credit verb ("…, who said", "…, which stated that"): its antecedent speaks;
//   - a name followed by two appositives before its verb ("Mara Quill, chief scientist at Sentrylab, speaking to the
//     Tribune, said"): the name speaks, not only the organisation in the last appositive;
//   - a job title before the name in commas ("Talmark's Chief Executive, Keven Roe, said"): the name speaks;
//   - a whose-clause, a list and all, between a subject and its verb; a bracketed short form after a name in a
//     prepositional phrase ("a provider for Dunmore Aero (DA) denied"): that name is no subject;
//   - a short line of capitalised names and titles whose verb of speaking is in lower case ("Mr Keven Roe, Harbour
//     Director of Investigation, commented:") is a sentence, not a Title Case headline;
//   - an office named by its title ("the Harbour Attorney General said"): the office, not the place before it;
//   - a wire's dateline ("OSLO, Jan 3 (Meridian Wire) –"): the wire wrote the story, so a later "told Meridian Wire" is
//     the page's own reporting, not a source;
// Every sentence and name is invented: the victim Brightwall Freight, the firms Sentrylab and Talmark, the outlets
// Harbour Herald and Meridian Wire, the people Mara Quill, Keven Roe and Flash Kestrel.
import { describe, expect, it } from 'vitest';
import { HAULIER as VICTIM, creditsIn as credits, haulierSources } from '../helpers/sources.js';

const names = (body: string) => haulierSources(body).map((s) => s.name);

const POSITIVE: [string, string][] = [
  // a relative pronoun as the subject
  ['Staff first heard of the open folder from Flash Kestrel, who tweeted: the files are public.', 'Flash Kestrel'],
  ['The intrusion was reported to the Harbour Attorney General, which stated that 900 drivers were affected.', 'Harbour Attorney General'],
  ['Investigators shared the logs with Sentrylab, which confirmed that the intruders used a stolen password.', 'Sentrylab'],
  ['The depots were reopened after a review by Mara Quill, who said no payroll files had been copied.', 'Mara Quill'],
  ['That is the view of Mara Quill, chief scientist at Sentrylab, who told the Harbour Herald the files were old.', 'Mara Quill'],
  // two appositives between the name and its verb
  ['Mara Quill, chief scientist at Sentrylab, speaking to the Harbour Herald, said the files were two years old.', 'Mara Quill'],
  ['Keven Roe, chief executive of Talmark, a managed services provider, said the intrusion was routine.', 'Keven Roe'],
  ['Keven Roe, chief executive of Talmark, a managed services provider, said the intrusion was routine.', 'Talmark'],
  // a verb of assurance is a statement
  ['Talmark chief executive Keven Roe assured drivers that their pay was safe.', 'Keven Roe'],
  // a generational suffix after a comma stays with the name
  ['Revenue chief Romeo D. Kestrel, Jr. assured the public that the files were safe.', 'Romeo D. Kestrel Jr.'],
  // an honorific with its full stop does not end the run: the organisation before the title is read too
  ['Brightwall Freight CEO Dr. Mara Quill said that the depots were safe.', VICTIM],
  ['Brightwall Freight CEO Dr. Mara Quill said that the depots were safe.', 'Mara Quill'],
  ['Prof. Keven Roe said the flaw had been public for a year.', 'Keven Roe'],
  // a descriptor noun between the demonym and the name
  ['The open folder was discovered by the Harbour cybersecurity laboratory Sentrylab.', 'Sentrylab'],
  // a job title before the name in commas: the name speaks
  ['Talmark’s Chief Executive, Keven Roe, said the depots were safe.', 'Keven Roe'],
  ['The Head of Security at Talmark, Keven Roe, said an older dataset was published.', 'Keven Roe'],
  // an organisation, a title and a surname alone: the officer (by the full name written elsewhere) and the organisation
  ['Mara Quill has chaired the haulier since 2019. Brightwall Freight Chairman Quill said the depots were safe.', 'Mara Quill'],
  ['Mara Quill has chaired the haulier since 2019. Brightwall Freight Chairman Quill said the depots were safe.', VICTIM],
  // a whose-clause holding a list stands between the subject and its verb
  ['Talmark, whose customers include Sentrylab, Quorra and Nightjar, said its chairman had been dismissed.', 'Talmark'],
  // an office named by its title
  ['The Harbour Attorney General said the haulier had filed its notice late.', 'Harbour Attorney General'],
];

const NEGATIVE: [string, string][] = [
  // the relative clause is no statement
  ['The intrusion was reported to the regulator Talmark, who added it to a public list.', 'Talmark'],
  ['The depots were reopened by Keven Roe, who has not said when payroll will resume.', 'Keven Roe'],
  // a capitalised title is not a name; a customer in a whose-clause does not speak
  ['Talmark’s Information Chief for Harbour, Keven Roe, has confirmed that an older dataset was published.', 'Information Chief for Harbour'],
  ['Talmark, whose customers include Sentrylab, Quorra and Nightjar, said its chairman had been dismissed.', 'Sentrylab'],
  // a name after a preposition, past a bracketed short form, is not the subject
  ['Talmark, an operations provider for Dunmore Aero (DA) denied the reports.', 'Dunmore Aero'],
  // the antecedent is the person the appositive describes, not the employer inside it
  ['That is the view of Mara Quill, chief scientist at Sentrylab, who told the Harbour Herald the files were old.', 'Sentrylab'],
  // "according to X, which noted": X speaks, not the name before the according-to phrase
  ['So far the gang has sold 20 copies of Nightjar, according to Sentrylab, which noted that the first infections came in May.', 'Nightjar'],
  // an opener or a list is not a name followed by appositives
  ['On 3 May, a manager with Talmark, a supplier of trailers, told the Harbour Herald the files were old.', '3 May'],
  ['Today, another freight firm, Sentrylab Cargo, disclosed an intrusion of its own.', 'Today'],
  ['Talmark, Sentrylab and Kestrel, three suppliers of the haulier, said they were unaffected.', 'Talmark'],
];

describe('sources: credits read from the shape of a clause', () => {
  for (const [t, n] of POSITIVE) it(`credits ${n}: "${t.slice(0, 80)}"`, () => expect(credits(t, n), names(t).join(' | ')).toBe(true));
  for (const [t, n] of NEGATIVE) it(`does not credit ${n}: "${t.slice(0, 80)}"`, () => expect(credits(t, n), names(t).join(' | ')).toBe(false));

  it('does not credit the wire whose dateline opens the story', () => {
    const body = 'HARBOUR CITY, May 2 (Meridian Wire) – Brightwall Freight said on Friday its depots were shut.\n\n“We are restoring systems,” a manager told Meridian Wire.';
    expect(credits(body, 'Meridian Wire')).toBe(false);
    expect(credits(body, VICTIM)).toBe(true);
  });
  it('reads a short line of capitalised names and titles with a lower-case verb of speaking as a sentence, not a headline', () => {
    const body = 'Mr Keven Roe, Harbour Director of Investigation, commented:\n\n“This case is a reminder to everyone.”';
    expect(credits(body, 'Keven Roe')).toBe(true);
  });
  it('still reads a Title Case headline as a headline', () => {
    expect(credits('Keven Roe Says Harbour Depots Were Never Safe', 'Keven Roe')).toBe(false);
  });
  it('credits a wire that no dateline names', () => {
    expect(credits('“We are restoring systems,” a manager told Meridian Wire.', 'Meridian Wire')).toBe(true);
  });
});
