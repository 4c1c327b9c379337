// Is this a report of a specific security incident at an identified victim, and of what kind?
// Reads the headline, the lead and the sentences that name the victim: event language ("was
// hacked", "suffered a data breach", "records were taken", "ransomware attack knocks out") against
// vulnerability/patch language (an event word in a sentence about what a flaw could allow does not
// count), research, statistics, trends, advisories, advice or product news, rules and laws, scam alerts
// that borrow a brand's name, and round-ups of several victims. The decision is an ordered table of rules
// (INCIDENT_DECISION); types come from the cue table in lexicon/incident.ts (TYPE_CUES), read only in
// sentences about this incident (not background, not advice, not the attacker's general habits), then
// the coding conventions (TYPE_CONVENTIONS).
import type { Document, Sentence } from '../document.js';
import type { IncidentType } from '../record.js';
import {
  ACCESS_AFTER_PHISHING, LURE_LET_IN, ADVICE_CONTEXT, HEAD_ATTACK_ON_ONE, HEAD_VICTIM_EVENT, MISHAP_EVENT, ADVICE_HEAD, ATTEMPTED_RANSOMWARE, BREACH_EVENT, CAMPAIGN_WORD, EARLIER_OPENING, EVENT_MORE, EVENT_NOUN, EVENT_WORD, HABIT_CONTEXT, HYPOTHETICAL, IMPERSONATION, INTRUSION, MODAL_BEFORE,
  MANY_VICTIMS_AFTER, NEGATION_BEFORE, NON_INCIDENT_HEAD, ONE_OF_MANY_BEFORE, QUESTION_BEFORE, RANSOMWARE_PROGRAM, REPORT_TREND_HEAD, RISK_BEFORE, ENCRYPTION_DENIED, DATA_THEFT, SCAM_HEAD, STATISTICS_HEAD, STATED_INTRUSION, TREND_CONTEXT,
  NOT_INCIDENT_NEWS, PROTECTIVE_ENCRYPTION, RANSOM_DEMANDED, SENTENCE_EVENT, victimAsSupplier, ROUNDUP_HEAD, TREND_HEAD, TYPE_CUES, VULN_NEWS, type TypeCue,
} from '../lexicon/incident.js';
import { readDocument } from '../read/index.js';
import { Explain, ruleTable, why, type RuleTable, type TestRule, type Why } from '../rules.js';
import { extractCompany } from './company.js';
import type { CompanyFinding, Context, Extractor, IncidentFinding, Needs } from './types.js';
import { findScope } from './scope.js';

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
  /** The headline is about a rule, a law, a survey or a statistics report. */
  nonIncidentHead: boolean;
  /** The headline counts incidents across a country, sector or period. */
  statisticsHead: boolean;
  /** The headline tells attacks on a class of victims as a habit or a trend (not when it tells one attack on one victim). */
  trendHead: boolean;
  /** The headline gives readers advice. */
  adviceHead: boolean;
  /** The headline names the victim. */
  victimInHead: boolean;
}

function count(res: readonly RegExp[], text: string): number {
  let n = 0;
  for (const re of res) if (re.test(text)) n++;
  return n;
}

interface IncidentText { head: string; lead: Sentence[]; about: Sentence[] }

/** Headline, lead and victim sentences, in article order, without duplicates. */
export function incidentSentences(doc: Document, company: CompanyFinding | null | undefined): IncidentText {
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
    for (const s of company.mentions) if (about.size < 40) about.add(s);
    for (const s of company.sentences) about.add(s);
  }
  return { head, lead, about: [...about].sort((a, b) => a.index - b.index) };
}

export function incidentSignals(doc: Document, company: CompanyFinding | null | undefined, text: IncidentText = incidentSentences(doc, company)): IncidentSignals {
  const { head, lead } = text;
  const leadText = lead.map((s) => s.text.slice(0, MAX_CHARS)).join(' \n ');
  const headBreachCount = count(BREACH_EVENT, head);
  const headVulnCount = count(VULN_NEWS, head);
  const headBreach = headBreachCount > 0;
  const headVuln = headVulnCount > 0;
  const breach = 2 * headBreachCount + count(BREACH_EVENT, leadText);
  const vuln = 2 * headVulnCount + count(VULN_NEWS, leadText);
  const other = 2 * count(NOT_INCIDENT_NEWS, head) + count(NOT_INCIDENT_NEWS, leadText);
  const victimRole = company?.victimRole ?? false;
  const units = [head, ...lead.map((s) => s.text.slice(0, MAX_CHARS))];
  // an event word in a sentence about what a flaw could let someone do is not an event
  const factual = (u: string) => (EVENT_WORD.test(u) || EVENT_NOUN.test(u) || MISHAP_EVENT.test(u) || EVENT_MORE.test(u) || RANSOM_DEMANDED.test(u)) && !HYPOTHETICAL.test(u);
  const headEvent = factual(head);
  const event = units.filter((u, i) => (i === 0 ? headEvent : factual(u))).length + (headEvent ? 1 : 0);
  const campaign = units.filter((u) => CAMPAIGN_WORD.test(u)).length;
  const roundup = ROUNDUP_HEAD.test(head);
  const scam = SCAM_HEAD.test(head);
  const impersonation = units.filter((u) => IMPERSONATION.test(u)).length;
  const nonIncidentHead = (NON_INCIDENT_HEAD.test(head) || REPORT_TREND_HEAD.test(head)) && !HEAD_VICTIM_EVENT.test(head) && !HEAD_ATTACK_ON_ONE.test(head);
  const adviceHead = ADVICE_HEAD.test(head);
  const statisticsHead = STATISTICS_HEAD.test(head);
  // a headline telling one attack on one victim ("gang hits an insurer") is no trend, though a standfirst says attacks keep coming
  const trendHead = TREND_HEAD.test(head) && !HEAD_ATTACK_ON_ONE.test(head);
  const victimInHead = !!company && head.toLowerCase().includes(company.name.toLowerCase());
  return { breach, vuln, other, victimRole, headBreach, headVuln, headEvent, event, campaign, roundup, scam, impersonation, nonIncidentHead, statisticsHead, trendHead, adviceHead, victimInHead };
}

// ---- the decision: an ordered table; the first row that decides gives isIncident and its why --------

interface DecisionRule extends TestRule {
  /** Does this row decide, given the signals? */
  decides: (sig: IncidentSignals, hasCompany: boolean) => boolean;
  verdict: boolean;
}

/** Run the pipeline's first steps on an invented article (headline / paragraphs split by " / "). */
function readExample(article: string): { doc: Document; ctx: Needs<'company' | 'scope'> } {
  const doc = readDocument(article.split(' / ').join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' });
  const base = { published: '2024-05-10', warnings: [], explain: new Explain(true) };
  const company = extractCompany(doc, base);
  return { doc, ctx: { ...base, company, scope: findScope(doc, company, base.published) } };
}

function decision(spec: Omit<DecisionRule, 'test'>): DecisionRule {
  return {
    ...spec,
    // the row fires on an article when the decision table settles that article with this row
    test: (article: string) => {
      const { doc, ctx } = readExample(article);
      return extractIncident(doc, ctx).why?.rule === `incident.${spec.id}`;
    },
  };
}

export const INCIDENT_DECISION: RuleTable<DecisionRule> = ruleTable('incident', 'is this a report of one incident', [
  decision({ id: 'roundup', verdict: false, decides: (s) => s.roundup,
    reason: 'the headline counts several victims: a round-up, not one incident',
    example: 'Data from 14 hacked forums offered for sale / A seller offered data from 14 hacked forums on Tuesday.',
    counterexample: 'Forum hacked, data offered for sale / A seller offered data from the Ravel forum on Tuesday after hackers breached it.' }),
  decision({ id: 'advice', verdict: false, decides: (s) => s.adviceHead && !s.victimInHead,
    reason: 'the headline gives readers advice; an incident it cites is an example, not the story',
    example: 'What to do when a shop loses your card number / The recent Ravel Bank data breach exposed customer emails. / Check whether your address appears in a leak.',
    counterexample: 'Ravel Bank hit by data breach / Hackers breached Ravel Bank and stole customer records.' }),
  decision({ id: 'rule-law-survey', verdict: false, decides: (s) => s.nonIncidentHead && (!s.victimRole || (!s.victimInHead && !s.headBreach)),
    reason: 'a rule, a law, a survey or a statistics report is not an incident, even when it names a company',
    example: 'New law requires breach reports within 72 hours / The law requires firms such as Ravel Bank to report a data breach within 72 hours.',
    counterexample: 'Ravel Bank hit by data breach / Hackers breached Ravel Bank and stole customer records.' }),
  decision({ id: 'statistics-head', verdict: false, decides: (s) => s.statisticsHead && !s.victimInHead,
    reason: 'the headline counts incidents across a country, a sector or a period: a statistic, even when an incident in it names a company',
    example: 'Some 900 data leak cases reported last year / Some 900 cases of data leaks were reported last year, a national tally showed, one at retailer Quillon among them.',
    counterexample: 'Quillon says 900 customers hit in data leak / Quillon said hackers stole the records of 900 customers last week.' }),
  decision({ id: 'trend-head', verdict: false, decides: (s, has) => !has && s.trendHead,
    reason: 'no victim named, and the headline tells attacks on a whole class of victims as a habit or a trend: a trend piece',
    example: 'Clinics regularly hit by ransomware, insurer says / Hackers have often locked the computers of family clinics this year, an insurer of doctors said. / Clinics lose days restoring files.',
    counterexample: 'Clinic hit by ransomware, insurer says / Hackers locked the computers of a family clinic in the city on Monday, an insurer of doctors said. / The clinic lost days restoring files.' }),
  decision({ id: 'no-victim-no-event', verdict: false,
    decides: (s, has) => !has && (s.event < 1 || s.other > 1 || s.vuln > 1 || s.campaign > 1),
    reason: 'no victim named, and no event told (or research, flaw or statistics language instead)',
    example: 'Why backups matter / Backups let a firm restore its files quickly.',
    counterexample: 'Ravel Bank hit by data breach / Hackers breached Ravel Bank and stole customer records.' }),
  decision({ id: 'nothing-happened', verdict: false,
    decides: (s) => s.event < 1 && (s.breach < 1 || (s.breach < 2 && !s.victimRole)),
    reason: 'no event language: a victim role alone is not enough (scam alerts and flaw write-ups name brands too)',
    example: 'Ravel Bank opens new branch / Ravel Bank opened a branch in the city centre on Monday.',
    counterexample: 'Ravel Bank hit by data breach / Hackers breached Ravel Bank and stole customer records.' }),
  decision({ id: 'vulnerability-news', verdict: false,
    decides: (s) => s.vuln > s.breach + s.event + (s.victimRole && s.headEvent && s.breach >= 2 ? 3 : 1),
    reason: 'flaw and patch language outweighs the event language: vulnerability news',
    example: 'Critical flaw in Halvard routers / Researchers found a critical vulnerability in Halvard routers that could allow remote code execution. / Halvard released a security update to patch the flaw, tracked as CVE-2024-1234. / Proof-of-concept code shows the bug is exploitable. / Some owners were hacked, researchers said.',
    counterexample: 'Ravel Bank hit by data breach / Hackers breached Ravel Bank and stole customer records.' }),
  decision({ id: 'scam-alert', verdict: false,
    decides: (s) => s.scam && s.impersonation > 0 && s.breach < 1 && !s.headEvent,
    reason: 'a scam alert: the brand whose name the scammers borrow is not a breached victim',
    example: 'Beware fake Ravel Bank texts / Customers are receiving texts posing as Ravel Bank that ask for card details. / One pensioner was swindled out of her savings.',
    counterexample: 'Ravel Bank hit by data breach / Hackers breached Ravel Bank and stole customer records.' }),
  decision({ id: 'statistics-advice-product', verdict: false, decides: (s) => s.other > s.breach + s.event,
    reason: 'a report of statistics, advice or product news outweighs the event language',
    example: 'Tips after the Ravel Bank breach / The survey found that 43 percent of users reuse passwords. / On average a breach costs four million dollars per year. / Tips: use a password manager, said Ravel Bank, which was hacked last year.',
    counterexample: 'Ravel Bank hit by data breach / Hackers breached Ravel Bank and stole customer records.' }),
  decision({ id: 'reports-incident', verdict: true, decides: () => true,
    reason: 'event language about a named victim (or an event with no rival reading): a report of one incident',
    example: 'Ravel Bank hit by data breach / Hackers breached Ravel Bank and stole customer records.',
    counterexample: 'Ravel Bank opens new branch / Ravel Bank opened a branch in the city centre on Monday.' }),
]);

/** The first row of the decision table that decides: isIncident and its why. */
export function decideIncident(sig: IncidentSignals, hasCompany: boolean): { isIncident: boolean; why: Why } {
  for (const r of INCIDENT_DECISION.rules) if (r.decides(sig, hasCompany)) return { isIncident: r.verdict, why: why(INCIDENT_DECISION, r) };
  throw new Error('incident decision table has no default row');
}

// ---- types ---------------------------------------------------------------------------------------

/** Lead sentences read for types (more than for the incident decision: types are often told a little later). */
const TYPE_LEAD = 10;
/** Cues read in every sentence about this incident, past the lead too: where the breach happened, told of a supplier
 * ("the intrusion took place at a payroll vendor", "the hack occurred at Norland Soft, a service provider"). An article
 * often tells the victim's side first and names the supplier where it happened only further down, in a sentence that
 * calls the victim "the company". (Measured over the tuning sets: the other cues read past the lead are wrong far more
 * often than right, and a supplier merely said to be compromised, the weaker cue, is right about half the time.) Encryption told
 * as the attackers' act is read there too ("intruders entered, scrambled the file servers with encryption and then demanded a ransom", "used ransomware to
 * encrypt the data"): an article often tells how the attack went only after the victim's side; measured one at a time over
 * the tuning sets (session 17), these two added ransomware on two articles and nothing wrong, while the bare "encrypted files"
 * cue read late added as much wrong as right. */
const LATE_CUES = new Set(['breach-at-supplier', 'named-supplier', 'ransom-with-encryption', 'encrypting']);
/** After a type cue: the kind defined in the plural ("attacks, in which …"): a class explained, not this incident. */
const KIND_DEFINED = /^(?:s|es)\b,? (?:in which|where|whereby)\b/i;
/** Before a type cue, in its own noun phrase: a year that dates it ("the devastating 2020 "); the cue's incident is that year's. */
const DATED_BEFORE = /\b(?:the|a|an|its|their|that)\s(?:[\w-]+\s){0,2}?((?:19|20)\d{2})(?:['’]s)?\s(?:[\w-]+\s)?$/i;
const LATE_PLURAL = /^(?:breach|attack|hack|incident|compromise|intrusion|cyber-?attack)(?:es|s)\b/i;

/** The types found, and the sentences the conventions read (each cut at MAX_CHARS: the patterns run on one sentence at a time). */
interface TypeRead { found: Map<IncidentType, TypeCue>; texts: string[] }

/** The cues of each type in the sentences about this incident. */
function readTypes(doc: Document, ctx: Context, company: CompanyFinding | null, text: IncidentText): TypeRead {
  const { head, about } = text;
  const sentences: Sentence[] = [...about];
  let n = 0;
  for (const s of doc.sentences) {
    if (s.block === 0 || about.includes(s)) continue;
    if (++n > TYPE_LEAD - LEAD_SENTENCES) break;
    sentences.push(s);
  }
  const units: Array<{ text: string; sentence?: Sentence; late?: boolean }> = [{ text: head.slice(0, MAX_CHARS) }];
  for (const s of sentences) {
    const why = ctx.scope?.whyBackground(s);
    if (why) continue; // background (another incident, an older one, a trend) says nothing of this one's kind
    units.push({ text: s.text.slice(0, MAX_CHARS), sentence: s });
  }
  // past the lead, only the cues that say at which supplier the breach happened are read (LATE_CUES)
  const read = new Set(sentences);
  for (const s of doc.sentences) {
    if (s.block === 0 || read.has(s) || ctx.scope?.whyBackground(s)) continue;
    units.push({ text: s.text.slice(0, MAX_CHARS), sentence: s, late: true });
  }
  const found = new Map<IncidentType, TypeCue>();
  const supplierNoun = company ? victimSupplierNoun(doc, company) : null;
  /** Units set aside whole (advice, habit, an older incident, a trend): the conventions do not read them either. */
  const aside = new Set<(typeof units)[number]>();
  const pubYear = doc.published ? +doc.published.slice(0, 4) : null;
  for (const u of units) {
    // the unit's settings, read once and only when a cue matches (most units have none)
    let setting: { advice: boolean; habit: boolean; older: boolean; trend: boolean } | undefined;
    for (const cue of TYPE_CUES.rules) {
      if (u.late && !LATE_CUES.has(cue.id)) continue;
      if (cue.needsEvent && !SENTENCE_EVENT.test(u.text)) continue;
      cue.pattern.lastIndex = 0;
      const m = cue.pattern.exec(u.text);
      if (!m) continue;
      // (late, a plural tells other incidents: "breaches at several vendors" over the years)
      if (u.late && LATE_PLURAL.test(m[0])) continue;
      if (!setting) {
        // a sentence that recalls an older incident says nothing of this one's kind
        const earlier = EARLIER_OPENING.exec(u.text);
        setting = { advice: ADVICE_CONTEXT.test(u.text), habit: HABIT_CONTEXT.test(u.text), older: earlier !== null && pubYear !== null && +earlier[1]! <= pubYear - 2, trend: TREND_CONTEXT.test(u.text) };
      }
      const { advice, habit, older, trend } = setting;
      if (advice || habit || older || trend) aside.add(u);
      const before = u.text.slice(Math.max(0, m.index - 40), m.index);
      // (a modal may stand further back than a negation: "criminals could use the leaked data to make phishing more believable")
      const after = u.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const dated = DATED_BEFORE.exec(before);
      const set = advice ? 'advice' : habit ? 'habit' : older ? 'older-incident' : trend ? 'trend'
        : cue.type === 'supply-chain' && company && namesVictim(m, company) ? 'victim-is-supplier'
        : cue.type === 'supply-chain' && supplierNoun !== null && !hasSupplierName(m) && new RegExp(`\\b${supplierNoun}s?\\b`, 'i').test(m[0]) ? 'victim-called-supplier'
        : KIND_DEFINED.test(after) ? 'kind-defined'
        : dated !== null && (pubYear !== null ? +dated[1]! <= pubYear - 2 : +dated[1]! < latestYear(doc)) ? 'dated-other'
        : cue.type === 'ransomware' && PROTECTIVE_ENCRYPTION.test(u.text) ? 'protective-encryption'
        : NEGATION_BEFORE.test(before) ? 'negated' : QUESTION_BEFORE.test(before) ? 'question' : MODAL_BEFORE.test(u.text.slice(Math.max(0, m.index - 80), m.index)) ? 'modal' : RISK_BEFORE.test(before) ? 'at-risk' : MANY_VICTIMS_AFTER.test(u.text.slice(m.index + m[0].length, m.index + m[0].length + 120)) && !ONE_OF_MANY_BEFORE.test(u.text.slice(Math.max(0, m.index - 60), m.index)) ? 'many-victims' : null;
      if (set) {
        ctx.explain.drop({ field: 'incidentTypes', text: `${cue.type}: ${m[0]}`, why: why(TYPE_SETTINGS, TYPE_SETTINGS.rules.find((r) => r.id === set)!), ...(u.sentence ? { sentence: u.sentence } : {}) });
        continue;
      }
      if (!found.has(cue.type)) found.set(cue.type, cue);
    }
  }
  // (the conventions read the lead and the victim's sentences only: a late sentence adds its supplier, nothing more)
  return { found, texts: units.filter((u) => !aside.has(u) && !u.late).map((u) => u.text) };
}

/** With no publication date, the latest year the article names stands for its own time (a cue dated before it is older). */
const latestYearSeen = new WeakMap<Document, number>();
function latestYear(doc: Document): number {
  let y = latestYearSeen.get(doc);
  if (y === undefined) {
    y = 0;
    for (const s of doc.sentences) for (const m of s.text.matchAll(/\b(?:19|20)\d{2}\b/g)) y = Math.max(y, +m[0]);
    latestYearSeen.set(doc, y);
  }
  return y;
}

/** The noun the article calls the victim by when it calls it a supplier ("Norland Parts, a supplier of seat frames"): a cue
 * that speaks of "a supplier" hit, naming none, then tells the victim's own attack. */
function victimSupplierNoun(doc: Document, company: CompanyFinding): string | null {
  const names = [company.name, ...company.aliases].filter((n) => n.length > 2).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = victimAsSupplier(`(?:${names.join('|')})`);
  for (const s of company.mentions) {
    const m = re.exec(s.text);
    if (m) return m.groups!.noun!;
  }
  return null;
}
const hasSupplierName = (m: RegExpExecArray) => Object.entries(m.groups ?? {}).some(([k, v]) => k.startsWith('supplier') && v);

/** The supplier a cue names (its `supplier…` groups) is the victim itself: the victim is the vendor, its breach its own. */
function namesVictim(m: RegExpExecArray, company: CompanyFinding): boolean {
  const named = Object.entries(m.groups ?? {}).filter(([k, v]) => k.startsWith('supplier') && v).map(([, v]) => v!.toLowerCase().replace(/['’]s$/, ''));
  if (!named.length) return false;
  const victim = [company.name, ...company.aliases].map((n) => n.toLowerCase());
  return named.some((n) => victim.some((v) => n === v || n.startsWith(`${v} `) || v.startsWith(`${n} `)));
}

/** The contexts in which a type cue says nothing about this incident's kind. */
export const TYPE_SETTINGS: RuleTable = ruleTable('types', 'a type cue that does not count', [
  { id: 'advice', pattern: ADVICE_CONTEXT, reason: 'advice to readers names types that might follow, not what happened',
    example: 'Customers should be vigilant against phishing emails.', counterexample: 'Customers received phishing emails.' },
  { id: 'habit', pattern: HABIT_CONTEXT, reason: 'what the attackers are known for in general is not how this attack was done',
    example: 'The gang is known for social engineering help desks.', counterexample: 'The gang used social engineering on the help desk.' },
  { id: 'older-incident', pattern: EARLIER_OPENING, reason: 'a sentence opening on an earlier year recalls an older incident',
    example: 'In 2017, the retailer suffered a malware attack.', counterexample: 'Last week, the retailer suffered a malware attack.' },
  { id: 'trend', pattern: TREND_CONTEXT, reason: 'a trend or statistic across many victims says nothing of this incident\'s kind',
    example: 'Phishing attacks on insurers doubled last year.', counterexample: 'Phishing emails reached the insurer last year.' },
  { id: 'negated', test: (t) => NEGATION_BEFORE.test(t), reason: 'a type denied or ruled out: not the result of a cyberattack',
    example: 'The outage was not the result of', counterexample: 'The outage was the result of' },
  { id: 'question', test: (t) => QUESTION_BEFORE.test(`${t} `), reason: 'a type asked about, not told: it is not known whether ransomware was used',
    example: 'investigators are still checking whether', counterexample: 'investigators have confirmed that' },
  { id: 'modal', test: (t) => MODAL_BEFORE.test(`${t} `), reason: 'what could happen, not what did: a flaw can give attackers a route for',
    example: 'the middleware can open a path for', counterexample: 'the attackers may have used' },
  { id: 'many-victims', test: (t) => MANY_VICTIMS_AFTER.test(t.replace(/^\S+/, '')), reason: 'attacks of a kind on a whole class of organisations ("fears of DDoS attacks on retailers") are a threat in general, not how this incident was done (unless this one is counted among them: "the latest in a wave of")',
    example: 'phishing attacks on mid-sized lenders', counterexample: 'phishing attacks on its own lending staff' },
  { id: 'victim-is-supplier', test: (t) => { const [victim, text] = t.split(' :: '); const m = TYPE_CUES.rules.find((r) => r.id === 'supplier-named-after-verb')!.pattern.exec(text ?? ''); return m !== null && namesVictim(m, { name: victim!, aliases: [] } as unknown as CompanyFinding); },
    reason: 'the supplier a cue names is the victim itself ("hackers breached Norland Soft, a software vendor" in Norland Soft\'s own story): its breach is its own, no supply chain',
    example: 'Norland Soft :: Client files were taken after hackers breached Norland Soft, a software vendor.', counterexample: 'Tarnby Council :: Client files were taken after hackers breached Norland Soft, a software vendor.' },
  { id: 'victim-called-supplier', test: (t) => { const [victim, text] = t.split(' :: '); const m = victimAsSupplier(victim!).exec(text ?? ''); return m !== null && /\b(?:cyber-?)?(?:attack|breach|hack)(?:s|es|ed)? (?:on|at|against) (?:a |an |the |its )?(?:[\w-]+ )?supplier\b/.test(text ?? ''); },
    reason: 'the victim is itself called a supplier ("Norland Parts, a supplier of seat frames"), and a cue speaks of an attack on "a supplier" naming none: the victim\'s own attack, told from its customer\'s side, no supply chain',
    example: 'Norland Parts :: Carmakers halted lines after a cyberattack on a key supplier, Norland Parts, a supplier of seat frames.', counterexample: 'Tarnby Motors :: Tarnby Motors halted lines after a cyberattack on a key supplier, Norland Parts, a supplier of seat frames.' },
  { id: 'kind-defined', test: (t) => KIND_DEFINED.test(t), reason: 'a kind of attack defined in the plural ("supply-chain attacks, in which hackers breach a vendor") is a class explained, not this incident',
    example: 's, in which hackers breach a vendor to reach its clients', counterexample: ', in which hackers breached its vendor' },
  { id: 'dated-other', test: (t) => DATED_BEFORE.test(t), reason: 'an incident dated by its own noun phrase two years or more before the article ("the 2020 supply-chain attack on a vendor"; with no publication date, before the latest year the article names) is an older one, not this incident',
    example: 'was also behind the devastating 2020 ', counterexample: 'was also behind the devastating ' },
  { id: 'protective-encryption', pattern: PROTECTIVE_ENCRYPTION, reason: 'encryption told as the victim\'s protection (card data protected by encryption, the keys needed to decrypt it, a stolen laptop whose files were encrypted) is no ransomware',
    example: 'A laptop of the clinic was stolen, but the files on it were encrypted.', counterexample: 'The clinic was hacked, and the files on its servers were encrypted.' },
  { id: 'at-risk', test: (t) => RISK_BEFORE.test(`${t} `), reason: 'a consequence someone is exposed to, not what happened: customers at risk of phishing',
    example: 'customers are now at risk of', counterexample: 'customers are now the target of' },
]);

interface Convention extends TestRule {
  /** Apply to the types found; returns the types it removed or added. */
  apply: (found: Map<IncidentType, TypeCue | Convention>, texts: readonly string[], isIncident: boolean) => { removed?: IncidentType[]; added?: IncidentType[] };
}

function convention(spec: Omit<Convention, 'test'>): Convention {
  return {
    ...spec,
    test: (article: string) => {
      const { doc, ctx } = readExample(article);
      const f = extractIncident(doc, ctx);
      const rule = `types.${spec.id}`;
      return Object.values(f.typeWhy ?? {}).some((w) => w?.rule === rule) || ctx.explain.dropped.some((d) => d.why.rule === rule);
    },
  };
}

const has = (f: Map<IncidentType, unknown>, t: IncidentType) => f.has(t);
/** Does the pattern match in one of the sentences? */
const any = (re: RegExp, texts: readonly string[]) => texts.some((u) => re.test(u));
const remove = (f: Map<IncidentType, unknown>, ...types: IncidentType[]): IncidentType[] => types.filter((t) => f.delete(t));

/** The coding conventions that combine types (contract: incident types), in order. */
export const TYPE_CONVENTIONS: RuleTable<Convention> = ruleTable('types', 'how found types combine', [
  convention({ id: 'encryption-denied',
    apply: (f, t) => {
      if (!has(f, 'ransomware') || !any(ENCRYPTION_DENIED, t)) return {};
      return { removed: remove(f, 'ransomware'), added: has(f, 'unauthorized-access') ? [] : ['unauthorized-access'] };
    },
    reason: 'a ransomware gang that stole data but encrypted nothing: extortion without encryption is unauthorised access (contract)',
    example: 'Ardmore Partners hit by ransomware gang / The gang did not encrypt any systems at Ardmore Partners but copied client files and demanded a payment.',
    counterexample: 'Ardmore Partners hit by ransomware / Ransomware encrypted the file servers of Ardmore Partners on Sunday.' }),
  convention({ id: 'ransomware-not-malware',
    apply: (f) => ({ removed: has(f, 'ransomware') ? remove(f, 'malware') : [] }),
    reason: 'ransomware is the malware: the one type says it',
    example: 'Clinic hit by ransomware / Ransomware encrypted the servers of Northfield Clinic after malware spread from an email.',
    counterexample: 'Clinic hit by malware / Malware spread through the servers of Northfield Clinic.' }),
  convention({ id: 'ransomware-alone',
    apply: (f, t) => ({ removed: has(f, 'ransomware') && ransomwareStated(t) && !any(ATTEMPTED_RANSOMWARE, t) && (!any(STATED_INTRUSION, t) || encryptionTold(t) || t.some(ransomwareAsserted)) ? remove(f, 'unauthorized-access') : [] }),
    reason: 'a ransomware attack is coded as ransomware alone, unless the article states an intrusion of its own (unauthorised access) and ransomware only as claimed, reported or suspected (no encryption told, and no ransomware attack asserted in its own words), the ransomware failed, or ransomware is known only from the name of the gang that claimed the theft (the hack and the theft are then what is told)',
    example: 'Clinic hit by ransomware / Northfield Clinic said it was the victim of a ransomware attack, and that an outside party gained unauthorised access to its network.',
    counterexample: 'Clinic confirms breach / Northfield Clinic confirmed unauthorised access to its network, and the Draxa gang claimed a ransomware attack on the clinic.' }),
  convention({ id: 'phishing-alone',
    apply: (f, t) => ({ removed: has(f, 'phishing') && !any(ACCESS_AFTER_PHISHING, t) && !any(LURE_LET_IN, t) && (any(HANDED_OVER, t) || !t.some(intrusionTold)) ? remove(f, 'unauthorized-access') : [] }),
    reason: 'phishing that got no further than the lure is phishing alone (the deceived person handed the goods over, or no intrusion is told beyond naming hackers); access or an intrusion told beside it adds unauthorized-access',
    example: 'Payroll file sent to fraudsters / A phishing email from hackers fooled a Kestrel Freight clerk, who emailed the payroll file to fraudsters posing as the finance director.',
    counterexample: 'Staff phished at Kestrel Freight / A phishing email tricked Kestrel Freight staff, and the attacker then gained access to internal systems.' }),
  convention({ id: 'phishing-led-to-breach',
    apply: (f, t) => ({ added: has(f, 'phishing') && !has(f, 'unauthorized-access') && !OWN_KIND.some((k) => has(f, k)) && !any(HANDED_OVER, t) && !any(PAYMENT_LURE, t) && (any(ACCESS_AFTER_PHISHING, t) || any(LURE_LET_IN, t) || t.some(intrusionTold)) ? ['unauthorized-access'] : [] }),
    reason: 'phishing that led to a breach, a theft or access (told in words the intrusion cues do not read: "an email that allowed hackers to access", "the loss from the breach") is phishing and unauthorised access (contract); a lure that ended with the deceived person paying or sending (a business email compromise) stays phishing alone, and beside ransomware or another kind of its own the conventions above decide',
    example: 'Coinvale to cover loss / Coinvale will cover the money lost in the security breach, its founder said, and findings point to a social engineering attack on an engineer.',
    counterexample: 'Tarnby Council loses money / A finance officer at Tarnby Council fell for a phishing email and wired the money to fraudsters posing as a supplier.' }),
  convention({ id: 'malware-alone',
    apply: (f, t) => ({ removed: has(f, 'malware') && !any(INTRUSION, t) ? remove(f, 'unauthorized-access') : [] }),
    reason: 'malware with no intrusion told is malware alone',
    example: 'Card skimming at Redmoor Fuels / Malware on the tills of Redmoor Fuels copied card numbers that were stolen.',
    counterexample: 'Card skimming at Redmoor Fuels / Hackers planted malware on the tills of Redmoor Fuels.' }),
  convention({ id: 'specific-kind-alone',
    apply: (f, t) => {
      // (an insider known only by the bare word, "an insider may have leaked it", is a suspicion voiced beside the intrusion: both readings stand)
      const specific = (['misconfiguration', 'insider', 'ddos', 'lost-or-stolen-device'] as const).filter((k) => has(f, k) && f.get(k)!.id !== 'insider-word');
      // a flood takes no data: data leaked or stolen beside a DDoS came through an intrusion of its own
      const floodAndTheft = specific.length === 1 && specific[0] === 'ddos' && any(DATA_TAKEN, t);
      return { removed: specific.length > 0 && !floodAndTheft && !has(f, 'supply-chain') && !any(STATED_INTRUSION, t) ? remove(f, 'unauthorized-access') : [] };
    },
    reason: 'an exposed database, an insider, a DDoS or a lost device is its own kind, unless an intrusion is also stated (or data was taken beside a DDoS); an insider named only by the bare word is a suspicion beside the intrusion, and leaves it',
    example: 'Database left open / An unsecured database of Fincastle Loans was left open, and its records were stolen.',
    counterexample: 'Database left open / An unsecured database of Fincastle Loans was left open, and hackers gained unauthorised access to it.' }),
  convention({ id: 'stuffing-alone',
    apply: (f) => ({ removed: has(f, 'credential-stuffing') ? remove(f, 'unauthorized-access') : [] }),
    reason: 'credential stuffing is its own kind of access',
    example: 'Accounts taken over at Lumora TV / Attackers used credential stuffing to hack Lumora TV accounts.',
    counterexample: 'Accounts taken over at Lumora TV / Attackers hacked Lumora TV accounts.' }),
  convention({ id: 'supply-chain-access',
    apply: (f) => ({ added: has(f, 'supply-chain') && !has(f, 'unauthorized-access') && !has(f, 'misconfiguration') && !has(f, 'ransomware') && !has(f, 'lost-or-stolen-device') ? ['unauthorized-access'] : [] }),
    reason: 'a supplier\'s compromise that reached the victim is unauthorised access to the victim\'s data as well',
    example: 'Patients told of vendor breach / Harlow Road Clinic said its billing vendor was breached, exposing patient files.',
    counterexample: 'Patients told of breach / Harlow Road Clinic said its billing system was breached, exposing patient files.' }),
  convention({ id: 'unstated-kind',
    apply: (f, t, isIncident) => ({ added: isIncident && f.size === 0 && t.some(statedBreach) ? ['unauthorized-access'] : [] }),
    reason: 'a reported breach or hack whose kind the article never states is coded as unauthorised access (contract: a bare hack or cyber incident)',
    example: 'Ravel Bank confirms breach / Ravel Bank said customer records were taken in a breach discovered on Friday.',
    counterexample: 'Ravel Bank opens new branch / Ravel Bank opened a branch in the city centre on Monday.' }),
]);

/** The ransomware cues that tell ransomware at work on the victim (an attack, an infection, encryption, a program deployed),
 * not only the gang that claimed the attack or its family's name ("claimed by the X ransomware gang", "X ransomware leaks files"). */
const GANG_NAMED = new Set(['ransomware-family']);
function ransomwareStated(texts: readonly string[]): boolean {
  if (any(RANSOMWARE_PROGRAM, texts)) return true;
  return TYPE_CUES.rules.some((c) => c.type === 'ransomware' && !GANG_NAMED.has(c.id) && texts.some((u) => { c.pattern.lastIndex = 0; return c.pattern.test(u); }));
}

/** Encryption told as done on the victim (not only a ransomware attack claimed or suspected, nor encryption only the attackers
 * claim): files encrypted or held to ransom, a ransom to restore access, a ransomware program deployed. */
const ENCRYPTION_CUES = new Set(['encryption', 'encrypting', 'encrypted-passive', 'held-to-ransom']);
/** Words before an encryption cue (the 120 characters before it) that give it as the attackers' claim ("the gang said it had
 * encrypted"), not as told. */
const ATTACKER_CLAIM = /\b(?:gang|group|hackers?|attackers?|criminals|crew|operators?|actors?|affiliates?)\b (?:[\w'’-]+ ){0,3}?(?:said|says|claimed|claims|claiming|alleged|alleges|boasted|posted)\b[^.;]*$/i;
function encryptionTold(texts: readonly string[]): boolean {
  if (any(RANSOMWARE_PROGRAM, texts)) return true;
  return TYPE_CUES.rules.some((c) => ENCRYPTION_CUES.has(c.id) && texts.some((u) => {
    c.pattern.lastIndex = 0;
    const m = c.pattern.exec(u);
    return m !== null && !ATTACKER_CLAIM.test(u.slice(Math.max(0, m.index - 120), m.index));
  }));
}

/** A ransomware attack asserted as what happened: "was the victim of a ransomware attack", "an act known as a ransomware attack",
 * "was hit by ransomware" (not "the ransomware attack", which refers back, nor "bore the hallmarks of a ransomware attack", nor
 * "a ransomware gang said", which names who claims it). */
const RANSOMWARE_ASSERTED = /\b(?:an?|was|were|been|by|with)\s[“"‘']?ransome?ware(?:\s(?:attack|incident|infection|cyber-?attack)s?)?\b(?!\s(?:gangs?|groups?|crews?|operators?|actors?|affiliates?|cartels?|syndicates?|hackers?|criminals?)\b)/gi;
/** Words before the assertion that make it a report, a claim or a guess ("reportedly", "allegedly", "the hallmarks of", "whether"). */
const RANSOMWARE_HEDGE = /\b(?:reportedly|allegedly|alleged|claim(?:s|ed|ing)?|hallmarks?|suspect(?:s|ed)?|possibl[ey]|potential(?:ly)?|apparent(?:ly)?|believed|likely|appear(?:s|ed)?|seem(?:s|ed)?|signs?\sof|consistent\swith|whether|rumou?r(?:s|ed)?|unconfirmed|may|might|could|if)\b/i;
/** Does the sentence assert a ransomware attack in its own words, with no hedge before it? */
function ransomwareAsserted(text: string): boolean {
  for (const m of text.matchAll(RANSOMWARE_ASSERTED)) {
    // (the words before it in its own sentence: a unit may join the headline and the first paragraph)
    const before = text.slice(0, m.index).split(/\n|[.!?]\s/).pop()!;
    if (!RANSOMWARE_HEDGE.test(before) && !NEGATION_BEFORE.test(before.slice(-40))) return true;
  }
  return false;
}

/** The deceived person handed over the goods themselves: forms, files or money sent to the fraudster (a lure that went no further). */
const HANDED_OVER = /\b(?:sent|emailed|e-mailed|forwarded|handed(?: over)?|gave|wired|transferred|paid|mailed|faxed|shared|released|provided|disclosed)\b (?:[\w$£€,.'’-]+ ){0,10}?to (?:the |a |an |what (?:they|he|she) (?:thought|believed) was (?:a |an |the )?)?(?:[\w-]+ ){0,2}?(?:fraudsters?|scammers?|criminals?|imposters?|impostors?|thieves|crooks|con ?(?:artists?|men)|cyber-?criminals?|someone posing|a person posing|(?:fake|bogus|fraudulent|spoofed) (?:\w+ ){0,2}?(?:addresse?s?|accounts?|recipients?|requests?|emails?))\b/i;

/** An intrusion told by a verb or an event noun, not only by naming hackers ("hackers created fake pages" tells who, not that they got in). */
const INTRUSION_TOLD = /\b(?:hacked|hack(?:ing)? (?:of|into)|breach(?:ed|es)?|intru(?:sion|ded)|broke into|break-in|compromised|stole|stolen|exfiltrat\w*|unauthori[sz]ed|cyber-?attack|cyber attack|security incident)\b/gi;
function intrusionTold(text: string): boolean {
  for (const m of text.matchAll(INTRUSION_TOLD)) if (!NEGATION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && !/\bwhether\b[^.;]{0,30}$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

/** Kinds that stand alone unless an intrusion of their own is stated (the conventions before phishing-led-to-breach decide them). */
const OWN_KIND: IncidentType[] = ['ransomware', 'insider', 'misconfiguration', 'lost-or-stolen-device', 'ddos', 'credential-stuffing'];
/** A lure whose end was a payment or forms sent: a business email compromise, a fraudulent wire or invoice, a W-2 scam (phishing alone). */
const PAYMENT_LURE = /\bbusiness e-?mail compromise\b|\bBEC\b|\bW-?2 (?:scam|phishing|fraud|forms?|data|information|details|records)\b|\b(?:wire|payment|invoice|CEO) fraud\b|\bfraudulent (?:wire transfers?|payment requests?|invoices?)\b/;

/** Data taken or leaked (beside a DDoS, which takes none, it tells an intrusion of its own). */
const DATA_TAKEN = new RegExp(`${DATA_THEFT.source}|\\b(?:data|information|records|details)\\b (?:[\\w'’,.-]+ ){0,6}?(?:had been |has been |have been |was |were )?leaked\\b`, 'i');

/** A breach, hack, theft or security incident named at all: the incident the unstated-kind convention types. */
const UNSTATED_BREACH = /\b(?:breach(?:ed|es)?|hack(?:ed|ers?|ing)?|stole|stolen|theft|leak(?:ed|s)?|unauthori[sz]ed|compromised|accessed|(?:security|data|cyber|privacy) incident|(?:data|records|files|information|details) (?:[\w'’-]+ ){0,4}?(?:were|was|had been|have been) (?:\w+ ){0,1}?(?:copied|taken|downloaded|exfiltrated|viewed|obtained))\b/gi;

/** Is a breach named and not denied ("its systems were not hacked" names none)? */
function statedBreach(text: string): boolean {
  for (const m of text.matchAll(UNSTATED_BREACH)) if (!NEGATION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

const ORDER: IncidentType[] = ['unauthorized-access', 'ransomware', 'malware', 'phishing', 'credential-stuffing', 'insider',
  'misconfiguration', 'lost-or-stolen-device', 'supply-chain', 'ddos', 'other'];

export function incidentTypes(doc: Document, ctx: Context, company: CompanyFinding | null, text: IncidentText, isIncident: boolean): { types: IncidentType[]; typeWhy: Partial<Record<IncidentType, Why>> } {
  const { found, texts } = readTypes(doc, ctx, company, text);
  const all = found as Map<IncidentType, TypeCue | Convention>;
  for (const c of TYPE_CONVENTIONS.rules) {
    const { removed = [], added = [] } = c.apply(all, texts, isIncident);
    for (const t of removed) ctx.explain.drop({ field: 'incidentTypes', text: t, why: why(TYPE_CONVENTIONS, c) });
    for (const t of added) all.set(t, c);
  }
  const typeWhy: Partial<Record<IncidentType, Why>> = {};
  for (const [t, r] of all) typeWhy[t] = 'type' in r ? why(TYPE_CUES, r) : why(TYPE_CONVENTIONS, r);
  return { types: ORDER.filter((t) => all.has(t)), typeWhy };
}

export const extractIncident: Extractor<IncidentFinding, 'company' | 'scope'> = (doc, ctx) => {
  const company = ctx.company ?? null;
  const text = incidentSentences(doc, company);
  const { isIncident, why: decided } = decideIncident(incidentSignals(doc, company, text), !!company);
  const { types, typeWhy } = incidentTypes(doc, ctx, company, text, isIncident);
  return { isIncident, types, why: decided, typeWhy };
};
