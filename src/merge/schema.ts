// JSON Schema of a merged incident (`breach-extract --schema merge`).
import { ACTOR_KINDS, AFFECTED_UNITS, DATA_CATEGORIES, DATA_STATUSES, DATE_ROLES, INCIDENT_TYPES, SOURCE_KINDS } from '../record.js';
import { MERGE_SCHEMA_VERSION } from './view.js';

const isoDate = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const evidence = {
  type: 'object',
  required: ['quote', 'line', 'column', 'offset'],
  properties: { quote: { type: 'string' }, line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 }, offset: { type: 'integer', minimum: 0 } },
} as const;

const field = (value: object, list = false) => ({
  type: 'object',
  required: ['best', 'values', 'conflicts'],
  properties: {
    best: list ? { type: 'array', items: value } : { anyOf: [value, { type: 'null' }] },
    values: {
      type: 'array',
      items: { type: 'object', required: ['value', 'support'], properties: { value, support: { type: 'array', minItems: 1, items: { $ref: '#/$defs/support' } } } },
    },
    conflicts: {
      type: 'array',
      items: { type: 'object', required: ['values', 'reason'], properties: { values: { type: 'array', minItems: 2, items: value }, reason: { type: 'string' } } },
    },
  },
});

const named = (kinds: readonly string[]) => ({ type: 'object', required: ['name', 'kind'], properties: { name: { type: 'string' }, kind: { enum: [...kinds] } } });
const dateValue = { type: 'string', pattern: isoDate };

export const mergeSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://breach-extract.dev/schema/merged-incident-1.json',
  title: 'breach-extract merged incident (one incident told by one or more articles)',
  type: 'object',
  required: ['schemaVersion', 'id', 'articles', 'victim', 'country', 'incidentTypes', 'dates', 'dwell', 'data', 'affected', 'actors', 'sources', 'conflicted'],
  $defs: {
    evidence,
    support: {
      type: 'object',
      description: 'one article backing a value: its index in articles, the phrase it wrote, whom it credits, where',
      required: ['article', 'attributedTo', 'evidence'],
      properties: {
        article: { type: 'integer', minimum: 0 },
        text: { type: 'string' },
        attributedTo: { type: 'array', items: { type: 'string' } },
        evidence: { type: 'array', items: { $ref: '#/$defs/evidence' } },
      },
    },
  },
  properties: {
    joins: {
      type: 'array',
      description: 'with --explain: the merge rule (src/merge/rules.ts) that joined each article to the incident',
      items: {
        type: 'object',
        required: ['articles', 'why'],
        properties: {
          articles: { type: 'array', minItems: 2, maxItems: 2, items: { type: 'integer', minimum: 0 } },
          why: { type: 'object', required: ['rule', 'reason'], properties: { rule: { type: 'string', pattern: '^merge\\.[a-z-]+$' }, reason: { type: 'string' } } },
        },
      },
    },
    schemaVersion: { const: MERGE_SCHEMA_VERSION },
    id: { type: 'string', description: 'normalised victim name and first publication date, e.g. "acme-widgets/2021-11-29"' },
    articles: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['path', 'url', 'title', 'published'],
        properties: {
          path: { type: 'string' }, url: { type: ['string', 'null'] }, title: { type: ['string', 'null'] },
          published: { anyOf: [{ type: 'string', pattern: isoDate }, { type: 'null' }] }, id: { type: 'string' },
        },
      },
    },
    victim: { ...field({ type: 'string' }), properties: { ...field({ type: 'string' }).properties, aliases: { type: 'array', items: { type: 'string' } } } },
    country: field({ type: 'string', pattern: '^[A-Z]{2}$' }),
    incidentTypes: field({ enum: [...INCIDENT_TYPES] }, true),
    dates: {
      type: 'object',
      required: [...DATE_ROLES],
      properties: Object.fromEntries(DATE_ROLES.map((r) => [r, field(dateValue)])),
    },
    dwell: field({
      type: 'object',
      required: ['start', 'end', 'days', 'basis'],
      properties: {
        start: { anyOf: [dateValue, { type: 'null' }] }, end: { anyOf: [dateValue, { type: 'null' }] },
        days: { type: 'object', required: ['min', 'max'], properties: { min: { type: ['integer', 'null'] }, max: { type: ['integer', 'null'] } } },
        basis: { enum: ['stated', 'computed'] },
      },
    }),
    data: field({
      type: 'object',
      required: ['category', 'subject', 'status'],
      properties: { category: { enum: [...DATA_CATEGORIES] }, subject: { type: ['string', 'null'] }, status: { enum: [...DATA_STATUSES] } },
    }, true),
    affected: field({
      type: 'object',
      required: ['count', 'unit'],
      properties: { count: { type: ['integer', 'null'], minimum: 0 }, unit: { enum: [...AFFECTED_UNITS] }, approximate: { type: 'boolean' } },
    }),
    actors: field(named(ACTOR_KINDS), true),
    sources: field(named(SOURCE_KINDS), true),
    conflicted: { type: 'array', items: { type: 'string' }, description: 'fields with a conflict: "affected", "country", "data", "dates.breach-start", …' },
  },
} as const;
