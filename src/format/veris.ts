// VERIS 1.4 (the schema of the VERIS Community Database): one incident per record, or one incident for
// several records that tell the same incident (toVeris([a, b])). We map what the article supports and
// say "Unknown" where VERIS wants a value we do not have; we never guess an enumeration. The record
// itself, evidence and attributions included, travels under plus.breach_extract so nothing is lost.
// Checked against verisc-merged.json (JSON Schema draft-04) in the tests.
import type { DataCategory, IncidentRecord, IncidentType } from '../record.js';
import { asList, incidentKey, uuidv5 } from './ids.js';

// The schema is large and loose in places; this type covers what we write.
export interface VerisIncident {
  schema_version: '1.4.0';
  schema_name: 'verisc';
  incident_id: string;
  source_id: 'breach-extract';
  security_incident: 'Confirmed' | 'Suspected';
  reference: string;
  summary: string;
  timeline: {
    incident: VerisDate;
    discovery: { unit: VerisUnit; value?: number };
  };
  victim: {
    victim_id?: string;
    country: string[];
    employee_count: 'Unknown';
    industry: string;
    government: ['Unknown'];
  };
  action: Record<string, Record<string, unknown>>;
  actor: Record<string, Record<string, unknown>>;
  asset: { assets: { variety: string }[]; cloud: ['Unknown'] };
  attribute?: Record<string, Record<string, unknown>>;
  discovery_method: { unknown: true };
  plus: {
    master_id: string;
    timeline?: { notification: VerisDate };
    breach_extract: {
      /** Where timeline.incident came from: a breach-start date, another dated claim, or (no date at all) the publication year. */
      incident_date_from: 'breach-start' | 'dated-claim' | 'published';
      records: IncidentRecord[];
    };
  };
}

export interface VerisDate {
  year: number;
  month?: number;
  day?: number;
}

type VerisUnit = 'Days' | 'Months' | 'Unknown';

/** Our data categories as VERIS data varieties. */
export const VERIS_DATA_VARIETY: Record<DataCategory, string> = {
  personal: 'Personal',
  contact: 'Personal',
  credentials: 'Credentials',
  payment: 'Payment',
  financial: 'Bank',
  'government-id': 'Sensitive Personal',
  medical: 'Medical',
  internal: 'Internal',
  'source-code': 'Source code',
  system: 'System',
  classified: 'Classified',
  unspecified: 'Unknown',
};

/** Whose data (our plural subjects) as VERIS data_victim; any other subject is Other. */
export const VERIS_DATA_VICTIM: Record<string, string> = {
  customers: 'Customer', clients: 'Customer', users: 'Customer', members: 'Customer', consumers: 'Customer',
  passengers: 'Customer', guests: 'Customer', buyers: 'Customer', shoppers: 'Customer', subscribers: 'Customer',
  cardholders: 'Customer', policyholders: 'Customer', players: 'Customer', gamers: 'Customer', sellers: 'Customer',
  travelers: 'Customer', travellers: 'Customer', 'account holders': 'Customer',
  employees: 'Employee', staff: 'Employee', workers: 'Employee',
  patients: 'Patient',
  students: 'Student', pupils: 'Student',
  partners: 'Partner', vendors: 'Partner', suppliers: 'Partner',
};

/** What each incident type says about the action: category, variety and vector (Unknown where the type does not tell). */
export const VERIS_ACTION: Record<IncidentType, { category: string; variety: string; vector: string; extra?: Record<string, string[]> }> = {
  'unauthorized-access': { category: 'hacking', variety: 'Unknown', vector: 'Unknown' },
  ransomware: { category: 'malware', variety: 'Ransomware', vector: 'Unknown' },
  malware: { category: 'malware', variety: 'Unknown', vector: 'Unknown' },
  phishing: { category: 'social', variety: 'Phishing', vector: 'Unknown', extra: { target: ['Unknown'] } },
  'credential-stuffing': { category: 'hacking', variety: 'Use of stolen creds', vector: 'Unknown' },
  insider: { category: 'misuse', variety: 'Unknown', vector: 'Unknown' },
  misconfiguration: { category: 'error', variety: 'Misconfiguration', vector: 'Unknown' },
  // lost or stolen: VERIS splits these (error Loss, physical Theft) and we cannot tell which
  'lost-or-stolen-device': { category: 'unknown', variety: '', vector: '' },
  'supply-chain': { category: 'hacking', variety: 'Unknown', vector: 'Partner' },
  ddos: { category: 'hacking', variety: 'DoS', vector: 'Unknown' },
  other: { category: 'unknown', variety: '', vector: '' },
};

const ACTOR_VARIETY: Record<string, string> = {
  'ransomware-group': 'Organized crime',
  'nation-state': 'Nation-state',
};

/** A date value of ours ("2021", "2021-06", "2021-06-11") as a VERIS date, or null. */
export function verisDate(value: string | null | undefined): VerisDate | null {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value) : null;
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1950 || year > 2050) return null;
  return { year, ...(m[2] ? { month: Number(m[2]) } : {}), ...(m[3] ? { day: Number(m[3]) } : {}) };
}

const earliest = (values: (string | null)[]): string | null =>
  values.filter((v): v is string => !!v && verisDate(v) !== null).sort()[0] ?? null;

/** The days (both dated to the day) or months (both to the month) from one ISO value to a later one. */
function elapsed(from: string, to: string): { unit: VerisUnit; value: number } | null {
  const a = verisDate(from);
  const b = verisDate(to);
  if (!a || !b) return null;
  let result: { unit: VerisUnit; value: number };
  if (a.day !== undefined && b.day !== undefined) {
    const days = (Date.UTC(b.year, b.month! - 1, b.day) - Date.UTC(a.year, a.month! - 1, a.day)) / 86_400_000;
    result = { unit: 'Days', value: days };
  } else if (a.month !== undefined && b.month !== undefined) result = { unit: 'Months', value: (b.year - a.year) * 12 + b.month - a.month };
  else return null; // two years alone could be a day or two years apart: too coarse to state
  return result.value >= 0 ? result : null;
}

const uniq = <T>(values: T[]): T[] => [...new Set(values)];
/** A VERIS enumeration list: the known values, or Unknown alone when there is none. */
const orUnknown = (values: string[]): string[] => {
  const known = uniq(values.filter((v) => v && v !== 'Unknown'));
  return known.length ? known : ['Unknown'];
};

/**
 * One VERIS incident for a record, or for several records about the same incident (one reference per
 * article). Null when no record reports an incident (isIncident false), or when nothing dates it:
 * VERIS needs at least the year (we fall back on the year of publication, never further).
 */
export function toVeris(input: IncidentRecord | readonly IncidentRecord[]): VerisIncident | null {
  const records = asList(input).filter((r) => r.isIncident);
  if (records.length === 0) return null;
  const dates = records.flatMap((r) => r.dates);
  const data = records.flatMap((r) => r.data);
  const types = uniq(records.flatMap((r) => r.incidentTypes));
  const company = records.find((r) => r.company)?.company ?? null;
  const country = records.map((r) => r.company?.country).find((c) => c) ?? null;

  // timeline.incident: the earliest breach start, else the earliest dated claim, else the year published
  const start = earliest(dates.filter((d) => d.role === 'breach-start').map((d) => d.value));
  const anyDate = earliest(dates.map((d) => d.value));
  const published = earliest(records.map((r) => r.source.published));
  const incidentDateFrom = start ? 'breach-start' : anyDate ? 'dated-claim' : 'published';
  const incidentDate = start ? verisDate(start) : anyDate ? verisDate(anyDate) : published ? { year: verisDate(published)!.year } : null;
  if (!incidentDate) return null;

  // timeline.discovery: breach start to discovery when both are dated, else a stated dwell
  const discovered = earliest(dates.filter((d) => d.role === 'discovered' && start && d.value && d.value >= start).map((d) => d.value));
  const stated = records.map((r) => r.dwell).find((d) => d?.basis === 'stated' && d.days.min !== null);
  const discovery = (start && discovered && elapsed(start, discovered))
    || (stated ? { unit: 'Days' as const, value: stated.days.min! } : { unit: 'Unknown' as const });

  const notified = earliest(dates.filter((d) => d.role === 'disclosed').map((d) => d.value));

  // action: one category per kind of incident, varieties and vectors merged
  const action: VerisIncident['action'] = {};
  for (const type of types) {
    const a = VERIS_ACTION[type];
    if (a.category === 'unknown') continue;
    const entry = (action[a.category] ??= { variety: [], vector: [], ...a.extra }) as { variety: string[]; vector: string[] };
    entry.variety.push(a.variety);
    entry.vector.push(a.vector);
  }
  for (const entry of Object.values(action) as { variety: string[]; vector: string[] }[]) {
    entry.variety = orUnknown(entry.variety);
    entry.vector = orUnknown(entry.vector);
  }
  if (Object.keys(action).length === 0) action.unknown = {};

  // actor: named actors are external; an insider incident has an internal actor
  const actor: VerisIncident['actor'] = {};
  const actors = records.flatMap((r) => r.actors);
  if (actors.length) {
    actor.external = {
      variety: orUnknown(actors.map((a) => ACTOR_VARIETY[a.kind] ?? 'Unknown')),
      motive: orUnknown(actors.map((a) => (a.kind === 'ransomware-group' ? 'Financial' : 'Unknown'))),
      name: uniq(actors.map((a) => a.name)),
    };
  }
  if (types.includes('insider')) actor.internal = { variety: ['Unknown'], motive: ['Unknown'] };
  if (Object.keys(actor).length === 0) actor.unknown = {};

  // attribute: what data was disclosed, whose, how much
  const attribute: Record<string, Record<string, unknown>> = {};
  const disclosed = data.filter((d) => d.status !== 'denied');
  if (data.length) {
    const disclosure = data.some((d) => d.status === 'confirmed') ? 'Yes'
      : disclosed.length ? 'Potentially' : 'No';
    const confidentiality: Record<string, unknown> = { data_disclosure: disclosure };
    if (disclosed.length) {
      confidentiality.data = uniq(disclosed.map((d) => VERIS_DATA_VARIETY[d.category])).map((variety) => ({ variety }));
      confidentiality.data_victim = orUnknown(disclosed.map((d) => (d.subject ? VERIS_DATA_VICTIM[d.subject] ?? 'Other' : 'Unknown')));
      const exact = records.map((r) => r.affected)
        .filter((a) => a && a.count !== null && !a.approximate && (a.unit === 'people' || a.unit === 'records' || a.unit === 'accounts'))
        .map((a) => a!.count!);
      if (exact.length) confidentiality.data_total = Math.max(...exact);
    }
    attribute.confidentiality = confidentiality;
  } else if (types.some((t) => t !== 'ddos')) attribute.confidentiality = { data_disclosure: 'Unknown' };
  const availability = uniq(types.flatMap((t) => (t === 'ransomware' ? ['Obscuration'] : t === 'ddos' ? ['Interruption'] : [])));
  if (availability.length) attribute.availability = { variety: availability };

  // security_incident: Suspected when every data claim is only possible (or denied), else Confirmed
  const suspected = data.length > 0 && !data.some((d) => d.status === 'confirmed' || d.status === 'reported') && data.some((d) => d.status === 'possible');

  const id = uuidv5(`veris:${incidentKey(records)}`);
  const titles = uniq(records.map((r) => r.source.title).filter((t): t is string => !!t));
  const incident: VerisIncident = {
    schema_version: '1.4.0',
    schema_name: 'verisc',
    incident_id: id,
    source_id: 'breach-extract',
    security_incident: suspected ? 'Suspected' : 'Confirmed',
    reference: uniq(records.map((r) => r.source.url ?? r.source.path)).join('; '),
    summary: titles.length ? titles.join('\n') : (company?.evidence[0]?.quote ?? ''),
    timeline: { incident: incidentDate, discovery },
    victim: {
      ...(company ? { victim_id: company.name } : {}),
      country: [country && /^[A-Z]{2}$/.test(country) ? country : 'Unknown'],
      employee_count: 'Unknown',
      industry: '000', // VCDB's code for an unknown industry (the schema wants digits)
      government: ['Unknown'],
    },
    action,
    actor,
    asset: { assets: [{ variety: 'Unknown' }], cloud: ['Unknown'] },
    ...(Object.keys(attribute).length ? { attribute } : {}),
    discovery_method: { unknown: true },
    plus: {
      master_id: id,
      ...(notified ? { timeline: { notification: verisDate(notified)! } } : {}),
      breach_extract: { incident_date_from: incidentDateFrom, records: [...records] },
    },
  };
  return incident;
}
