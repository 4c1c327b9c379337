// Is this a report of a specific security incident at an identified victim, and of what kind?
// Reads the headline, the lead and the sentences that name the victim: event language ("was
// hacked", "suffered a data breach", "records were taken", "ransomware attack knocks out") against
// vulnerability/patch language (an event word in a sentence about what a flaw could allow does not
// count), research, statistics, trends, advisories, advice or product news, scam alerts that borrow a
// brand's name, and round-ups of several victims. Types come from the keyword tables in lexicon/incident.ts, then the coding
// conventions: unauthorized-access goes with a supply-chain breach or phishing that led to access,
// and is left out when the incident is only ransomware, an exposed database, an insider, a DDoS or a
// lost device.
import type { Document, Sentence } from '../document.js';
import type { IncidentType } from '../record.js';
import {
  ACCESS_AFTER_PHISHING, ADVICE_CONTEXT, ATTEMPTED_RANSOMWARE, BREACH_EVENT, CAMPAIGN_WORD, EARLIER_OPENING, EVENT_WORD, HYPOTHETICAL, IMPERSONATION, INTRUSION, MODAL_BEFORE,
  NEGATION_BEFORE, SCAM_HEAD,
  NOT_INCIDENT_NEWS, ROUNDUP_HEAD, TYPE_CUES, VULN_NEWS,
} from '../lexicon/incident.js';
import { companyCandidates } from './company.js';
import type { CompanyFinding, Extractor, IncidentFinding } from './types.js';

const LEAD_SENTENCES = 6;
const MAX_CHARS = 1200;

export interface IncidentSignals {
  breach: number;
  vuln: number;
  other: number;
  victimRole: boolean;
  headBreach: boolean;
  headVuln: boolean;
  /** The headline reports an event ("… before the hack"), not what a flaw could allow. */
  headEvent: boolean;
  /** Sentences of headline and lead with an event word. */
  event: number;
  /** Sentences of headline and lead about a campaign, tool or threat actor. */
  campaign: number;
  /** The headline announces a scam or phishing alert. */
  scam: boolean;
  /** Sentences of headline and lead where a brand is impersonated. */
  impersonation: number;
  /** The headline counts several victims ("11 hacked forums"): a round-up. */
  roundup: boolean;
}

function count(res: readonly RegExp[], text: string): number {
  let n = 0;
  for (const re of res) if (re.test(text)) n++;
  return n;
}

/** Headline, lead and victim sentences, in article order, without duplicates. */
export function incidentSentences(doc: Document, company: CompanyFinding | null | undefined): { head: string; lead: Sentence[]; about: Sentence[] } {
  return doc.memo('incident.sentences', () => {
    const head = [doc.title ?? '', doc.blocks[0] && doc.blocks[0].text.length < 250 ? doc.blocks[0].text : ''].join(' \n ');
    const lead: Sentence[] = [];
    for (const s of doc.sentences) {
      if (s.block === 0 && doc.blocks[0]!.text.length < 250) continue;
      if (doc.blocks[s.block]!.kind === 'caption') continue;
      if (s.text.length < 25 || /^(?:by|published|updated|posted|last updated|image|photo|credit)\b/i.test(s.text)) continue;
      lead.push(s);
      if (lead.length >= LEAD_SENTENCES) break;
    }
    const about = new Set<Sentence>(lead);
    if (company) {
      const best = companyCandidates(doc).clusters.find((c) => c.forms.has(company.name));
      for (const m of best?.mentions ?? []) if (about.size < 40) about.add(m.sentence);
      for (const s of company.sentences) about.add(s);
    }
    return { head, lead, about: [...about].sort((a, b) => a.index - b.index) };
  });
}

export function incidentSignals(doc: Document, company: CompanyFinding | null | undefined): IncidentSignals {
  const { head, lead } = incidentSentences(doc, company);
  const leadText = lead.map((s) => s.text.slice(0, MAX_CHARS)).join(' \n ');
  const headBreach = count(BREACH_EVENT, head) > 0;
  const headVuln = count(VULN_NEWS, head) > 0;
  const breach = 2 * count(BREACH_EVENT, head) + count(BREACH_EVENT, leadText);
  const vuln = 2 * count(VULN_NEWS, head) + count(VULN_NEWS, leadText);
  const other = 2 * count(NOT_INCIDENT_NEWS, head) + count(NOT_INCIDENT_NEWS, leadText);
  let victimRole = false;
  if (company) {
    const best = companyCandidates(doc).clusters.find((c) => c.forms.has(company.name));
    victimRole = !!best && (best.mentions.some((m) => m.victim) || !!best.headRole);
  }
  const units = [head, ...lead.map((s) => s.text.slice(0, MAX_CHARS))];
  // an event word in a sentence about what a flaw could let someone do is not an event
  const factual = (u: string) => EVENT_WORD.test(u) && !HYPOTHETICAL.test(u);
  const headEvent = factual(head);
  const event = units.filter((u, i) => (i === 0 ? headEvent : factual(u))).length + (headEvent ? 1 : 0);
  const campaign = units.filter((u) => CAMPAIGN_WORD.test(u)).length;
  const roundup = ROUNDUP_HEAD.test(head);
  const scam = SCAM_HEAD.test(head);
  const impersonation = units.filter((u) => IMPERSONATION.test(u)).length;
  return { breach, vuln, other, victimRole, headBreach, headVuln, headEvent, event, campaign, roundup, scam, impersonation };
}

export function decideIncident(sig: IncidentSignals, hasCompany: boolean): boolean {
  // a round-up of several victims is not one incident
  if (sig.roundup) return false;
  // a victim: the company extractor's, or (when it found none) an article that reports an event and reads
  // like neither research on a campaign, vulnerability news nor statistics
  if (!hasCompany && (sig.event < 1 || sig.other > 1 || sig.vuln > 1 || sig.campaign > 1)) return false;
  // something happened: event language (a victim role alone is not enough: scam alerts name the brand they borrow,
  // flaw write-ups the vendor), or several breach cues
  if (sig.event < 1 && (sig.breach < 1 || (sig.breach < 2 && !sig.victimRole))) return false;
  // not vulnerability/patch news: flaw language does not outweigh the event language (a story on how a named
  // victim's breach happened, with the event in the headline, discusses the flaw at length)
  const slack = sig.victimRole && sig.headEvent && sig.breach >= 2 ? 3 : 1;
  if (sig.vuln > sig.breach + sig.event + slack) return false;
  // not a scam alert: a brand whose name the scammers borrow is not a breached victim
  if (sig.scam && sig.impersonation > 0 && sig.breach < 1 && !sig.headEvent) return false;
  // not research on a campaign, tool or threat actor
  if (sig.campaign > 5 + sig.breach) return false;
  // not a report of statistics, advice or product news
  if (sig.other > sig.breach + sig.event) return false;
  return true;
}

/** Lead sentences read for types (more than for the incident decision: types are often told a little later). */
const TYPE_LEAD = 10;

export function incidentTypes(doc: Document, company: CompanyFinding | null | undefined): IncidentType[] {
  const { head, about } = incidentSentences(doc, company);
  const units = [head, ...about.map((s) => s.text.slice(0, MAX_CHARS))];
  // a few more lead sentences
  let n = 0;
  for (const s of doc.sentences) {
    if (s.block === 0 || about.includes(s)) continue;
    if (++n > TYPE_LEAD - LEAD_SENTENCES) break;
    units.push(s.text.slice(0, MAX_CHARS));
  }
  const found = new Set<IncidentType>();
  const pubYear = doc.published ? +doc.published.slice(0, 4) : null;
  for (const u of units) {
    if (ADVICE_CONTEXT.test(u)) continue;
    // a sentence that recalls an older incident says nothing of this one's kind
    const earlier = EARLIER_OPENING.exec(u);
    if (earlier && pubYear !== null && +earlier[1]! <= pubYear - 2) continue;
    for (const [type, re] of TYPE_CUES) {
      const m = re.exec(u);
      if (!m) continue;
      const before = u.slice(Math.max(0, m.index - 40), m.index);
      if (NEGATION_BEFORE.test(before) || MODAL_BEFORE.test(before)) continue;
      found.add(type);
    }
  }
  const text = units.join(' \n ');
  const has = (t: IncidentType) => found.has(t);
  if (has('ransomware')) {
    found.delete('malware');
    if (!ATTEMPTED_RANSOMWARE.test(text)) found.delete('unauthorized-access');
  }
  if (has('phishing') && !ACCESS_AFTER_PHISHING.test(text)) found.delete('unauthorized-access');
  if (has('malware') && !INTRUSION.test(text)) found.delete('unauthorized-access');
  for (const t of ['misconfiguration', 'insider', 'ddos', 'lost-or-stolen-device'] as const) {
    if (has(t) && !has('supply-chain')) found.delete('unauthorized-access');
  }
  if (has('credential-stuffing')) found.delete('unauthorized-access');
  if (has('supply-chain')) found.add('unauthorized-access');
  const order: IncidentType[] = ['unauthorized-access', 'ransomware', 'malware', 'phishing', 'credential-stuffing', 'insider',
    'misconfiguration', 'lost-or-stolen-device', 'supply-chain', 'ddos', 'other'];
  return order.filter((t) => found.has(t));
}

export const extractIncident: Extractor<IncidentFinding> = (doc, ctx) => {
  const company = ctx.company ?? null;
  const isIncident = decideIncident(incidentSignals(doc, company), !!company);
  return { isIncident, types: incidentTypes(doc, company) };
};
