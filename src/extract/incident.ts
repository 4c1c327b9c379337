// Is this a report of a specific security incident at an identified victim, and of what kind?
// Reads the headline, the lead and the sentences that name the victim: event language ("was
// hacked", "suffered a data breach") against vulnerability/patch language and research, statistics,
// advice or product news. Types come from the keyword tables in lexicon/incident.ts, then the coding
// conventions: unauthorized-access goes with a supply-chain breach or phishing that led to access,
// and is left out when the incident is only ransomware, an exposed database, an insider, a DDoS or a
// lost device.
import type { Document, Sentence } from '../document.js';
import type { IncidentType } from '../record.js';
import {
  ACCESS_AFTER_PHISHING, BREACH_EVENT, DATA_THEFT, NOT_INCIDENT_NEWS, TYPE_CUES, VULN_NEWS,
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
      if (s.text.length < 25) continue;
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
  return { breach, vuln, other, victimRole, headBreach, headVuln };
}

export function decideIncident(sig: IncidentSignals, hasCompany: boolean): boolean {
  if (!hasCompany) return false;
  const against = sig.vuln + sig.other;
  if (sig.breach < 2) return false;
  if (!sig.victimRole && sig.breach < 4) return false;
  return sig.breach >= against || (sig.headBreach && !sig.headVuln);
}

export function incidentTypes(doc: Document, company: CompanyFinding | null | undefined): IncidentType[] {
  const { head, about } = incidentSentences(doc, company);
  const text = [head, ...about.map((s) => s.text.slice(0, MAX_CHARS))].join(' \n ');
  const found = new Set<IncidentType>();
  for (const [type, re] of TYPE_CUES) if (re.test(text)) found.add(type);
  const has = (t: IncidentType) => found.has(t);
  if (has('ransomware')) {
    found.delete('malware');
    if (!DATA_THEFT.test(text)) found.delete('unauthorized-access');
  }
  if (has('phishing') && !ACCESS_AFTER_PHISHING.test(text)) found.delete('unauthorized-access');
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
