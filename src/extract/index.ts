// The library API: text in, incident record out. The extractors run in one ordered list; each reads
// the document model and the findings before it.
import type { Document, Sentence } from '../document.js';
import { readDocument, type ReadOptions } from '../read/index.js';
import type { Evidence, IncidentRecord } from '../record.js';
import { chooseCompany } from './company.js';
import { attackerClaims, creditAttacker, extractSources } from './sources.js';
import { extractIncident } from './incident.js';
import { extractActors } from './actors.js';
import { extractAffected } from './affected.js';
import { extractDates } from './dates.js';
import { extractDwell } from './dwell.js';
import { extractData } from './data.js';
import { attribute } from '../refine/attribution.js';
import type { BaseContext, Findings, Needs } from './types.js';
import { Explain, type Why } from '../rules.js';
import { findScope } from './scope.js';

export interface ExtractOptions extends ReadOptions {
  /** Shown as `source.path`; "-" for stdin. */
  path?: string;
  id?: string;
  /** Add `why` to every value and an `explain` block to the record (`--explain`). */
  explain?: boolean;
}

/** Run every extractor over a built document. Each step gets the findings it needs, by name; a step
 * called before what it needs exists does not compile. */
export function extractFromDocument(doc: Document, options: ExtractOptions = {}): IncidentRecord {
  const base: BaseContext = { published: doc.published, warnings: [...doc.warnings], explain: new Explain(options.explain === true) };
  if (doc.text.trim().length === 0) base.warnings.push('empty article: no text to read');
  const { victim: company, weak } = chooseCompany(doc, base);
  // decided once: the company step may have needed it already to place the victim's country
  const scope = company?.scope ?? findScope(doc, company, base.published);
  const sources = extractSources(doc, { ...base, company, scope });
  const known = { ...base, company, scope, sources };
  const incident = extractIncident(doc, known);
  // actors, the count and data skip background sentences (ctx.scope) while they choose; a date read in
  // one is set aside here, after the dates extractor has anchored relative dates on it
  const actors = extractActors(doc, known);
  const affected = extractAffected(doc, known);
  const dates = extractDates(doc, { ...known, actors }).filter((d) => {
    const because = scope.whyBackground(d.sentence);
    if (because) base.explain.drop({ field: 'dates', text: d.text, why: because, sentence: d.sentence });
    return !because;
  });
  const dwell = extractDwell(doc, { ...base, scope, dates });
  const data = extractData(doc, known);
  // "the hackers said": the attackers' own claims go to the actor the article names, now that actors are known
  const credited = creditAttacker(doc, sources, attackerClaims(doc, scope), actors, base.explain);
  const all: Needs<keyof Findings> = { ...known, sources: credited, incident, actors, affected, dates, dwell, data };
  attribute(doc, all);
  // an incident with no victim chosen: the record names the best weak candidate (company.weak-only); the steps above ran without it
  const shown = company ?? (incident.isIncident && weak ? weak() : null);
  return toRecord(doc, shown === company ? all : { ...all, company: shown }, options);
}

/** Text of an article (txt, Markdown or HTML) → its incident record. */
export function extract(text: string, options: ExtractOptions = {}): IncidentRecord {
  return extractFromDocument(readDocument(text, options), options);
}

function toRecord(doc: Document, ctx: Needs<keyof Findings>, options: ExtractOptions): IncidentRecord {
  const ev = (s: Sentence): Evidence => doc.evidence(s);
  // `why` only with --explain, so the default record stays exactly the contract's
  const w = (why: Why | undefined): { why?: Why } => (options.explain && why ? { why } : {});
  const incident = ctx.incident ?? { isIncident: false, types: [] };
  const dwell = ctx.dwell ?? null;
  const record: IncidentRecord = {
    schemaVersion: '1',
    source: {
      path: options.path ?? '-',
      title: doc.title,
      url: doc.url,
      published: doc.published,
      publishedFrom: doc.publishedFrom,
      format: doc.format,
      ...(options.id !== undefined ? { id: options.id } : {}),
    },
    isIncident: incident.isIncident,
    company: ctx.company
      ? {
        name: ctx.company.name, aliases: ctx.company.aliases, country: ctx.company.country, evidence: ctx.company.sentences.map(ev), ...w(ctx.company.why),
        ...(options.explain && ctx.company.countryWhy ? { countryWhy: ctx.company.countryWhy } : {}),
      }
      : null,
    // the contract: an article that names no incident has no types (a flaw write-up's "exploited" types nothing)
    incidentTypes: incident.isIncident ? incident.types : [],
    dates: (ctx.dates ?? []).map((d) => ({ role: d.role, value: d.value, text: d.text, attributedTo: d.attributedTo, evidence: ev(d.sentence), ...w(d.why) })),
    dwell: dwell
      ? { start: dwell.start, end: dwell.end, days: dwell.days, text: dwell.text, basis: dwell.basis, ...(dwell.sentence ? { evidence: ev(dwell.sentence) } : {}), ...w(dwell.why) }
      : null,
    data: (ctx.data ?? []).map((d) => ({
      category: d.category, subject: d.subject, text: d.text, status: d.status, attributedTo: d.attributedTo, evidence: ev(d.sentence), ...w(d.why),
    })),
    affected: ctx.affected
      ? { count: ctx.affected.count, unit: ctx.affected.unit, text: ctx.affected.text, ...(ctx.affected.approximate ? { approximate: true } : {}), evidence: ev(ctx.affected.sentence), ...w(ctx.affected.why) }
      : null,
    actors: (ctx.actors ?? []).map((a) => ({ name: a.name, kind: a.kind, evidence: ev(a.sentence), ...w(a.why) })),
    sources: (ctx.sources ?? []).map((s) => ({ name: s.name, kind: s.kind, evidence: s.sentences.map(ev), ...w(s.why) })),
    warnings: ctx.warnings,
  };
  if (options.explain) {
    record.explain = {
      isIncident: incident.why ?? { rule: 'incident.unexplained', reason: 'no rule recorded why' },
      incidentTypes: incident.isIncident ? incident.typeWhy ?? {} : {},
      dropped: ctx.explain.dropped.map((d) => ({
        field: d.field, text: d.text, rule: d.why.rule, reason: d.why.reason, evidence: d.sentence ? ev(d.sentence) : null,
      })),
    };
  }
  return record;
}
