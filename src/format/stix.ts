// STIX 2.1: a bundle per record, or one bundle for several records about the same incident
// (toStix([a, b]): one incident, one report per article). The bundle holds
//   report        one per article: published, external_references (the URL), object_refs
//   incident      with the Incident Core extension (determination, investigation_status, incident_types,
//                 impacted_entity_counts where known)
//   identity      the victim (targets), located-at a location (its country); one per credited source
//   threat-actor  one per named actor, the incident attributed-to it
//   note          one per attributed claim (date, data item, count, dwell): the quote, its position,
//                 the claim, and whom the article credits for it
// Ids are UUIDv5 in our namespace (same articles, same ids: re-imports deduplicate); created/modified
// come from the publication dates, at midnight UTC with milliseconds. Without a publication date there
// is no timestamp to give (STIX requires one), so no bundle: the CLI warns and suggests --published.
import type { DataItem, IncidentDate, IncidentRecord, IncidentType, SourceKind } from '../record.js';
import { asList, incidentKey, sourceKey, uuidv5 } from './ids.js';

/** The Incident Core Extension (OASIS CTI common objects). */
export const INCIDENT_CORE_EXTENSION = 'extension-definition--ef765651-680c-498d-9894-99799f2fa126';

export interface StixObject {
  type: string;
  spec_version: '2.1';
  id: string;
  created: string;
  modified: string;
  [property: string]: unknown;
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** Our incident types in the Incident Core Extension's event-type-ov. */
export const STIX_INCIDENT_TYPE: Record<IncidentType, string> = {
  'unauthorized-access': 'unauthorized-access-system',
  ransomware: 'ransomware',
  malware: 'infected-by-known-malware',
  phishing: 'dissemination-phishing-emails',
  'credential-stuffing': 'theft-access-credentials',
  insider: 'unauthorized-use',
  misconfiguration: 'unauthorized-release', // not the vocabulary's "misconfiguration" (a false positive)
  'lost-or-stolen-device': 'equipment-loss',
  'supply-chain': 'supply-chain-customer',
  ddos: 'denial-of-service',
  other: 'unspecified',
};

/** Credited sources as identity classes (identity-class-ov): unknown where the kind does not tell. */
const IDENTITY_CLASS: Record<SourceKind, string> = {
  'news-outlet': 'organization',
  'victim-statement': 'organization',
  person: 'individual',
  researcher: 'unknown',
  regulator: 'organization',
  'law-enforcement': 'organization',
  filing: 'unknown',
  other: 'unknown',
};

const THREAT_ACTOR_TYPES: Record<string, string[]> = {
  'ransomware-group': ['crime-syndicate'],
  'nation-state': ['nation-state'],
};

/** Whose data, in the extension's entity-type-ov, for impacted_entity_counts. */
const ENTITY_TYPE: Record<string, string> = {
  customers: 'customer-individual', clients: 'customer-individual', users: 'customer-individual',
  members: 'customer-individual', consumers: 'customer-individual', passengers: 'customer-individual',
  guests: 'customer-individual', shoppers: 'customer-individual', subscribers: 'customer-individual',
  employees: 'employee', staff: 'employee', workers: 'employee',
};

/** A publication date (YYYY, YYYY-MM or YYYY-MM-DD) as a STIX timestamp with milliseconds, or null. */
export function stixTimestamp(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (!m) return null;
  const iso = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00.000Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

const uniq = <T>(values: T[]): T[] => [...new Set(values)];
const key = (name: string) => name.trim().toLowerCase();

/** An http(s) URL STIX accepts as a URI, or null. */
function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function externalReference(record: IncidentRecord): Record<string, string> {
  const url = webUrl(record.source.url);
  if (url) return { source_name: new URL(url).hostname, url };
  return { source_name: 'article', description: record.source.url ?? record.source.path };
}

/**
 * A STIX 2.1 bundle for a record, or for several records about the same incident. Null when no record
 * reports an incident, or when no record has a publication date (STIX objects need timestamps).
 */
export function toStix(input: IncidentRecord | readonly IncidentRecord[]): StixBundle | null {
  const records = asList(input).filter((r) => r.isIncident && stixTimestamp(r.source.published));
  if (records.length === 0) return null;
  const ik = incidentKey(records);
  const id = (type: string, name: string) => `${type}--${uuidv5(`stix:${ik}:${type}:${name}`)}`;
  const stamps = records.map((r) => stixTimestamp(r.source.published)!).sort();
  const first = stamps[0]!;
  const last = stamps[stamps.length - 1]!;
  const sdo = (type: string, objectId: string, created: string, modified: string, props: Record<string, unknown>): StixObject =>
    ({ type, spec_version: '2.1', id: objectId, created, modified, ...props });
  const objects: StixObject[] = [];
  const relationship = (type: string, source: string, target: string) =>
    objects.push(sdo('relationship', id('relationship', `${type}:${source}:${target}`), first, last, { relationship_type: type, source_ref: source, target_ref: target }));

  // the incident
  const types = uniq(records.flatMap((r) => r.incidentTypes));
  const data = records.flatMap((r) => r.data);
  const company = records.find((r) => r.company)?.company ?? null;
  const suspected = data.length > 0 && !data.some((d) => d.status === 'confirmed' || d.status === 'reported') && data.some((d) => d.status === 'possible');
  const counts = impactedEntityCounts(records);
  const titles = uniq(records.map((r) => r.source.title).filter((t): t is string => !!t));
  const incidentId = `incident--${uuidv5(`stix:incident:${ik}`)}`;
  objects.push(sdo('incident', incidentId, first, last, {
    name: company ? `Security incident at ${company.name}` : titles[0] ?? 'Security incident',
    ...(titles.length ? { description: titles.join('\n') } : {}),
    extensions: {
      [INCIDENT_CORE_EXTENSION]: {
        extension_type: 'property-extension',
        determination: suspected ? 'suspected' : 'confirmed',
        investigation_status: 'new', // the article's word reaches the reader new; what the victim's investigation is at is not known
        ...(types.length ? { incident_types: uniq(types.map((t) => STIX_INCIDENT_TYPE[t])) } : {}),
        ...(counts ? { impacted_entity_counts: counts } : {}),
      },
    },
  }));

  // the victim, where it is
  let victimId: string | null = null;
  if (company) {
    victimId = id('identity', `victim:${key(company.name)}`);
    objects.push(sdo('identity', victimId, first, last, {
      name: company.name,
      identity_class: 'organization',
      ...(company.aliases.length ? { description: `Also known as: ${company.aliases.join('; ')}` } : {}),
      ...(company.evidence.length ? { x_breach_extract_evidence: company.evidence } : {}),
    }));
    relationship('targets', incidentId, victimId);
    const country = records.map((r) => r.company?.country).find((c) => c && /^[A-Z]{2}$/.test(c));
    if (country) {
      const locationId = id('location', `country:${country}`);
      objects.push(sdo('location', locationId, first, last, { country }));
      relationship('located-at', victimId, locationId);
    }
  }

  // named actors
  const actorIds = new Map<string, string>();
  for (const actor of records.flatMap((r) => r.actors)) {
    if (actorIds.has(key(actor.name))) continue;
    const actorId = id('threat-actor', key(actor.name));
    actorIds.set(key(actor.name), actorId);
    objects.push(sdo('threat-actor', actorId, first, last, {
      name: actor.name,
      ...(THREAT_ACTOR_TYPES[actor.kind] ? { threat_actor_types: THREAT_ACTOR_TYPES[actor.kind] } : {}),
      x_breach_extract_kind: actor.kind,
      x_breach_extract_evidence: [actor.evidence],
    }));
    relationship('attributed-to', incidentId, actorId);
  }

  // credited sources (the victim's own statements are the victim's identity)
  const sourceIds = new Map<string, string>();
  if (company && victimId) for (const name of [company.name, ...company.aliases]) sourceIds.set(key(name), victimId);
  for (const source of records.flatMap((r) => r.sources)) {
    if (sourceIds.has(key(source.name))) continue;
    const sourceId = id('identity', `source:${key(source.name)}`);
    sourceIds.set(key(source.name), sourceId);
    objects.push(sdo('identity', sourceId, first, last, {
      name: source.name,
      identity_class: IDENTITY_CLASS[source.kind],
      roles: [source.kind],
      ...(source.evidence.length ? { x_breach_extract_evidence: source.evidence } : {}),
    }));
  }

  // per article: the report and the notes on its attributed claims
  for (const record of records) {
    const published = stixTimestamp(record.source.published)!;
    const sk = sourceKey(record);
    const reference = externalReference(record);
    const noteIds: string[] = [];
    const note = (claim: Record<string, unknown>, abstract: string, evidence: IncidentDate['evidence'], attributedTo: string[]) => {
      const noteId = `note--${uuidv5(`stix:${ik}:note:${sk}:${noteIds.length}`)}`;
      noteIds.push(noteId);
      const credited = uniq(attributedTo.map((n) => sourceIds.get(key(n))).filter((x): x is string => !!x));
      objects.push(sdo('note', noteId, published, published, {
        abstract,
        content: evidence.quote,
        ...(attributedTo.length ? { authors: attributedTo } : {}),
        object_refs: [incidentId, ...credited],
        external_references: [reference],
        x_breach_extract_claim: claim,
        x_breach_extract_evidence: evidence,
      }));
    };
    for (const d of record.dates) {
      note({ field: 'dates', role: d.role, value: d.value, text: d.text, attributedTo: d.attributedTo }, `${d.role}: ${d.value ?? `unresolved (${d.text})`}`, d.evidence, d.attributedTo);
    }
    for (const d of record.data) {
      note({ field: 'data', category: d.category, subject: d.subject, status: d.status, text: d.text, attributedTo: d.attributedTo }, `data: ${dataLabel(d)}`, d.evidence, d.attributedTo);
    }
    if (record.affected) {
      const a = record.affected;
      note({ field: 'affected', count: a.count, unit: a.unit, text: a.text, ...(a.approximate ? { approximate: true } : {}) }, `affected: ${a.count ?? a.text} ${a.unit}`, a.evidence, []);
    }
    if (record.dwell?.evidence) {
      const w = record.dwell;
      note({ field: 'dwell', start: w.start, end: w.end, days: w.days, text: w.text, basis: w.basis }, `dwell: ${w.days.min ?? '?'}–${w.days.max ?? '?'} days (${w.basis})`, w.evidence!, []);
    }
    const credited = uniq(record.sources.map((s) => sourceIds.get(key(s.name))!));
    const actors = uniq(record.actors.map((a) => actorIds.get(key(a.name))!));
    objects.push(sdo('report', `report--${uuidv5(`stix:report:${sk}`)}`, published, published, {
      name: record.source.title ?? record.source.path,
      report_types: ['threat-report'],
      published,
      external_references: [reference],
      object_refs: uniq([incidentId, ...(victimId ? [victimId] : []), ...actors, ...credited, ...noteIds]),
    }));
  }

  // relationships and the location belong to every report that names the victim or the actor
  const related = objects.filter((o) => o.type === 'relationship' || o.type === 'location').map((o) => o.id);
  for (const report of objects.filter((o) => o.type === 'report')) {
    report.object_refs = uniq([...(report.object_refs as string[]), ...related]);
  }
  return { type: 'bundle', id: `bundle--${uuidv5(`stix:bundle:${ik}`)}`, objects };
}

const dataLabel = (d: DataItem) => `${d.category}${d.subject ? `/${d.subject}` : ''} (${d.status})`;

/** impacted_entity_counts from an exact count of people: whose, when the data items say, else individuals. */
function impactedEntityCounts(records: readonly IncidentRecord[]): Record<string, number> | null {
  const exact = records.map((r) => r.affected).filter((a) => a && a.unit === 'people' && a.count !== null && !a.approximate).map((a) => a!.count!);
  if (exact.length === 0) return null;
  const subjects = uniq(records.flatMap((r) => r.data).filter((d) => d.status !== 'denied' && d.subject).map((d) => ENTITY_TYPE[d.subject!] ?? 'individual'));
  return { [subjects.length === 1 ? subjects[0]! : 'individual']: Math.max(...exact) };
}
