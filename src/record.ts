// The incident record, contract version 1 (../shared/incident-record.md), and its JSON Schema.

export interface Evidence {
  /** The sentence, as plain text. */
  quote: string;
  /** 1-based line of the sentence's start in the input as read. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
  /** 0-based offset in UTF-16 code units into the input as read. */
  offset: number;
}

export const DATE_ROLES = ['breach-start', 'breach-end', 'discovered', 'disclosed', 'other'] as const;
export type DateRole = (typeof DATE_ROLES)[number];

export const DATA_CATEGORIES = [
  'personal', 'contact', 'credentials', 'payment', 'financial', 'government-id', 'medical',
  'internal', 'source-code', 'system', 'classified', 'unspecified',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const DATA_STATUSES = ['confirmed', 'reported', 'possible', 'denied'] as const;
export type DataStatus = (typeof DATA_STATUSES)[number];

export const INCIDENT_TYPES = [
  'unauthorized-access', 'ransomware', 'malware', 'phishing', 'credential-stuffing', 'insider',
  'misconfiguration', 'lost-or-stolen-device', 'supply-chain', 'ddos', 'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const SOURCE_KINDS = [
  'news-outlet', 'victim-statement', 'person', 'researcher', 'regulator', 'law-enforcement', 'filing', 'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const AFFECTED_UNITS = ['people', 'accounts', 'records', 'devices', 'other'] as const;
export type AffectedUnit = (typeof AFFECTED_UNITS)[number];

export const ACTOR_KINDS = ['ransomware-group', 'group', 'nation-state', 'person', 'other'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PUBLISHED_FROM = ['option', 'front-matter', 'html-meta', 'text'] as const;
export type PublishedFrom = (typeof PUBLISHED_FROM)[number];

export interface SourceInfo {
  path: string;
  title: string | null;
  url: string | null;
  published: string | null;
  publishedFrom: PublishedFrom | null;
  format?: 'txt' | 'md' | 'html';
  id?: string;
}

/** With `--explain`: the rule behind a value (`<extractor>.<rule-id>`) and its reason. */
export interface Why {
  rule: string;
  reason: string;
}

export interface Company {
  name: string;
  aliases: string[];
  country: string | null;
  evidence: Evidence[];
  why?: Why;
  /** With `--explain`: the rule that placed the company in `country` (absent when country is null). */
  countryWhy?: Why;
}

export interface IncidentDate {
  role: DateRole;
  value: string | null;
  text: string;
  attributedTo: string[];
  evidence: Evidence;
  why?: Why;
}

export interface Dwell {
  start: string | null;
  end: string | null;
  days: { min: number | null; max: number | null };
  text: string | null;
  basis: 'stated' | 'computed';
  evidence?: Evidence;
  why?: Why;
}

export interface DataItem {
  category: DataCategory;
  subject: string | null;
  text: string;
  status: DataStatus;
  attributedTo: string[];
  evidence: Evidence;
  why?: Why;
}

export interface Affected {
  count: number | null;
  unit: AffectedUnit;
  text: string;
  approximate?: boolean;
  evidence: Evidence;
  why?: Why;
}

export interface Actor {
  name: string;
  kind: ActorKind;
  evidence: Evidence;
  why?: Why;
}

export interface Source {
  name: string;
  kind: SourceKind;
  evidence: Evidence[];
  why?: Why;
}

export interface IncidentRecord {
  schemaVersion: '1';
  source: SourceInfo;
  isIncident: boolean;
  company: Company | null;
  incidentTypes: IncidentType[];
  dates: IncidentDate[];
  dwell: Dwell | null;
  data: DataItem[];
  affected: Affected | null;
  actors: Actor[];
  sources: Source[];
  warnings: string[];
  /** Only with `--explain`. */
  explain?: Explanation;
}

/** With `--explain`: the rules behind the decisions that are not object values, and what rules set aside. */
export interface Explanation {
  isIncident: Why;
  incidentTypes: Partial<Record<IncidentType, Why>>;
  dropped: { field: string; text: string; rule: string; reason: string; evidence: Evidence | null }[];
}

const evidenceSchema = {
  type: 'object',
  required: ['quote', 'line', 'column', 'offset'],
  additionalProperties: false,
  properties: {
    quote: { type: 'string' },
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    offset: { type: 'integer', minimum: 0 },
  },
} as const;

const whySchema = {
  type: 'object',
  required: ['rule', 'reason'],
  additionalProperties: false,
  properties: { rule: { type: 'string', pattern: '^[a-z-]+\\.[a-z0-9.-]+$' }, reason: { type: 'string', minLength: 1 } },
} as const;

const isoDate = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const nameList = { type: 'array', items: { type: 'string' } } as const;

/** JSON Schema (draft 2020-12) of the record; `--schema` prints it, the tests validate against it. */
export const recordSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://breach-extract.dev/schema/incident-record-1.json',
  title: 'breach-extract incident record, version 1',
  type: 'object',
  required: ['schemaVersion', 'source', 'isIncident', 'company', 'incidentTypes', 'dates', 'dwell', 'data',
    'affected', 'actors', 'sources', 'warnings'],
  $defs: { evidence: evidenceSchema, why: whySchema },
  properties: {
    schemaVersion: { const: '1' },
    source: {
      type: 'object',
      required: ['path', 'title', 'url', 'published', 'publishedFrom'],
      properties: {
        path: { type: 'string' },
        title: { type: ['string', 'null'] },
        url: { type: ['string', 'null'] },
        published: { anyOf: [{ type: 'string', pattern: isoDate }, { type: 'null' }] },
        publishedFrom: { enum: [...PUBLISHED_FROM, null] },
        format: { enum: ['txt', 'md', 'html'] },
        id: { type: 'string' },
      },
    },
    isIncident: { type: 'boolean' },
    company: {
      anyOf: [{ type: 'null' }, {
        type: 'object',
        required: ['name', 'aliases', 'country', 'evidence'],
        properties: {
          name: { type: 'string', minLength: 1 },
          aliases: nameList,
          country: { anyOf: [{ type: 'string', pattern: '^[A-Z]{2}$' }, { type: 'null' }] },
          evidence: { type: 'array', items: { $ref: '#/$defs/evidence' }, minItems: 1 },
          why: { $ref: '#/$defs/why' },
          countryWhy: { $ref: '#/$defs/why' },
        },
      }],
    },
    incidentTypes: { type: 'array', items: { enum: [...INCIDENT_TYPES] }, uniqueItems: true },
    dates: {
      type: 'array',
      items: {
        type: 'object',
        required: ['role', 'value', 'text', 'attributedTo', 'evidence'],
        properties: {
          role: { enum: [...DATE_ROLES] },
          value: { anyOf: [{ type: 'string', pattern: isoDate }, { type: 'null' }] },
          text: { type: 'string', minLength: 1 },
          attributedTo: nameList,
          evidence: { $ref: '#/$defs/evidence' },
          why: { $ref: '#/$defs/why' },
        },
      },
    },
    dwell: {
      anyOf: [{ type: 'null' }, {
        type: 'object',
        required: ['start', 'end', 'days', 'text', 'basis'],
        properties: {
          start: { anyOf: [{ type: 'string', pattern: isoDate }, { type: 'null' }] },
          end: { anyOf: [{ type: 'string', pattern: isoDate }, { type: 'null' }] },
          days: {
            type: 'object',
            required: ['min', 'max'],
            properties: { min: { type: ['integer', 'null'], minimum: 0 }, max: { type: ['integer', 'null'], minimum: 0 } },
          },
          text: { type: ['string', 'null'] },
          basis: { enum: ['stated', 'computed'] },
          evidence: { $ref: '#/$defs/evidence' },
          why: { $ref: '#/$defs/why' },
        },
      }],
    },
    data: {
      type: 'array',
      items: {
        type: 'object',
        required: ['category', 'subject', 'text', 'status', 'attributedTo', 'evidence'],
        properties: {
          category: { enum: [...DATA_CATEGORIES] },
          subject: { type: ['string', 'null'] },
          text: { type: 'string', minLength: 1 },
          status: { enum: [...DATA_STATUSES] },
          attributedTo: nameList,
          evidence: { $ref: '#/$defs/evidence' },
          why: { $ref: '#/$defs/why' },
        },
      },
    },
    affected: {
      anyOf: [{ type: 'null' }, {
        type: 'object',
        required: ['count', 'unit', 'text', 'evidence'],
        properties: {
          count: { type: ['integer', 'null'], minimum: 0 },
          unit: { enum: [...AFFECTED_UNITS] },
          text: { type: 'string', minLength: 1 },
          approximate: { type: 'boolean' },
          evidence: { $ref: '#/$defs/evidence' },
          why: { $ref: '#/$defs/why' },
        },
      }],
    },
    actors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'kind', 'evidence'],
        properties: {
          name: { type: 'string', minLength: 1 },
          kind: { enum: [...ACTOR_KINDS] },
          evidence: { $ref: '#/$defs/evidence' },
          why: { $ref: '#/$defs/why' },
        },
      },
    },
    sources: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'kind', 'evidence'],
        properties: {
          name: { type: 'string', minLength: 1 },
          kind: { enum: [...SOURCE_KINDS] },
          evidence: { type: 'array', items: { $ref: '#/$defs/evidence' }, minItems: 1 },
          why: { $ref: '#/$defs/why' },
        },
      },
    },
    warnings: { type: 'array', items: { type: 'string' } },
    explain: {
      type: 'object',
      required: ['isIncident', 'incidentTypes', 'dropped'],
      properties: {
        isIncident: { $ref: '#/$defs/why' },
        incidentTypes: { type: 'object', additionalProperties: { $ref: '#/$defs/why' } },
        dropped: {
          type: 'array',
          items: {
            type: 'object',
            required: ['field', 'text', 'rule', 'reason', 'evidence'],
            properties: {
              field: { type: 'string' }, text: { type: 'string' }, rule: { type: 'string' }, reason: { type: 'string' },
              evidence: { anyOf: [{ type: 'null' }, { $ref: '#/$defs/evidence' }] },
            },
          },
        },
      },
    },
  },
} as const;
