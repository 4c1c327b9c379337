// Incident types, session 14: the supplier where the breach happened, told past the lead. An article often tells the
// victim's side first (what was taken, who was told, what to do) and names the supplier where the intrusion took place
// only further down, in a sentence that calls the victim "the company" (seen in two tuning sets, L and N). Past the lead
// only the cues that say at which supplier the breach happened are read: a supplier merely said to be compromised, and
// every other kind, are read in the lead and the victim's own sentences only (read later, they were wrong far more
// often than right over the tuning sets).
import { typeTable, yes, no, type TypeRow as Row } from '../helpers/types.js';

/** Ten sentences that tell the aftermath without naming the victim: they push what follows past the lead. */
const AFTERMATH = [
  'Letters went out to the people concerned over the following fortnight.',
  'A helpline staffed by trained advisers opens on Monday morning.',
  'The regulator for the sector has been informed of the matter.',
  'Investigators are still working out exactly which records were involved.',
  'Some of the people affected have asked for compensation.',
  'A spokesperson declined to say how many branches were involved.',
  'Local councillors asked for a full account to be published.',
  'The police have opened an inquiry and are appealing for information.',
  'An independent review of the response will report in the autumn.',
  'The chief executive apologised in a short video message.',
];

const LEAD = (victim: string) => `${victim} said member records were taken in a cyberattack discovered in March.`;

export const LATE_ROWS: Row[] = [
  // ---- the supplier where it happened, told late -----------------------------------------------------------
  yes('supply-chain', 'Marrow Mutual tells members of data breach', LEAD('Marrow Mutual'), ...AFTERMATH,
    'The company said the intrusion took place at Tessel Data, an outside payroll processor.'),
  yes('supply-chain', 'Marrow Mutual tells members of data breach', LEAD('Marrow Mutual'), ...AFTERMATH,
    'According to the filing, the breach began at a claims-handling vendor used by several insurers.'),
  yes('unauthorized-access', 'Marrow Mutual tells members of data breach', LEAD('Marrow Mutual'), ...AFTERMATH,
    'The company said the intrusion took place at Tessel Data, an outside payroll processor.'),
  // told in the lead, as before
  yes('supply-chain', 'Marrow Mutual tells members of data breach',
    'Marrow Mutual said the hack occurred at Tessel Data, a payroll processor, and member records were taken.'),

  // ---- not read late -----------------------------------------------------------------------------------------
  // a supplier merely said to be compromised (the weaker cue) counts in the lead only
  no('supply-chain', 'Marrow Mutual tells members of data breach', LEAD('Marrow Mutual'), ...AFTERMATH,
    'Its mailing contractor was also hacked two years ago, the paper noted.'),
  // another, older incident at a supplier
  no('supply-chain', 'Marrow Mutual tells members of data breach', LEAD('Marrow Mutual'), ...AFTERMATH,
    'In 2017, a breach at a software vendor hit dozens of insurers across the region.'),
  // breaches at suppliers in general, plural: other incidents
  no('supply-chain', 'Marrow Mutual tells members of data breach', LEAD('Marrow Mutual'), ...AFTERMATH,
    'Breaches at several payroll vendors have hit insurers over the past decade.'),
  // a supplier's breach denied
  no('supply-chain', 'Marrow Mutual tells members of data breach', LEAD('Marrow Mutual'), ...AFTERMATH,
    'There is no sign the breach began at a vendor, the company said.'),
  // other kinds told late are not read
  no('phishing', 'Marrow Mutual tells members of data breach', LEAD('Marrow Mutual'), ...AFTERMATH,
    'Staff elsewhere in the sector were sent phishing emails the same week.'),
  no('ransomware', 'Marrow Mutual tells members of data breach', LEAD('Marrow Mutual'), ...AFTERMATH,
    'Ransomware encrypted the servers of a neighbouring council in the spring.'),
];

typeTable('the supplier where the breach happened, told past the lead (session 14)', LATE_ROWS);
