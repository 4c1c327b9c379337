// The exports (CSV, VERIS 1.4, STIX 2.1) on the golden fixtures' records (articles we wrote) and on
// small invented records: valid against the published schemas, deterministic, and faithful.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvHeader, dataToken, formatCsv, joinCsvList, splitCsvList, toCsvRow, unneutralise } from '../../src/format/csv.js';
import { BREACH_EXTRACT_NAMESPACE, sourceKey, uuidv5 } from '../../src/format/ids.js';
import { INCIDENT_CORE_EXTENSION, stixTimestamp, toStix, type StixObject } from '../../src/format/stix.js';
import { toVeris } from '../../src/format/veris.js';
import type { IncidentRecord } from '../../src/record.js';
import { bundleProblems, SCHEMAS_PRESENT, verisProblems } from '../helpers/export-schemas.js';
import { hasExpected, listFixtures } from '../helpers/fixtures.js';

const fixtures = listFixtures().filter(hasExpected).map((f) => JSON.parse(readFileSync(f.expectedPath, 'utf8')) as IncidentRecord);

const EVIDENCE = { quote: 'An invented sentence.', line: 1, column: 1, offset: 0 };

/** A small invented record; fields can be replaced. */
export function invented(over: Partial<IncidentRecord> = {}): IncidentRecord {
  return {
    schemaVersion: '1',
    source: { path: 'news/harbour-bank.txt', title: 'Harbour Bank says intruders copied customer files', url: 'https://news.example/harbour-bank', published: '2024-03-12', publishedFrom: 'front-matter' },
    isIncident: true,
    company: { name: 'Harbour Bank', aliases: ['Harbour Bank plc'], country: 'GB', evidence: [EVIDENCE] },
    incidentTypes: ['unauthorized-access'],
    dates: [
      { role: 'breach-start', value: '2024-01-20', text: 'on 20 January', attributedTo: [], evidence: EVIDENCE },
      { role: 'discovered', value: '2024-02-04', text: 'on 4 February', attributedTo: ['Harbour Bank'], evidence: EVIDENCE },
      { role: 'disclosed', value: '2024-03-11', text: 'on Monday', attributedTo: [], evidence: EVIDENCE },
    ],
    dwell: null,
    data: [
      { category: 'personal', subject: 'customers', text: 'customer names', status: 'confirmed', attributedTo: ['Harbour Bank'], evidence: EVIDENCE },
      { category: 'financial', subject: null, text: 'account numbers', status: 'possible', attributedTo: [], evidence: EVIDENCE },
    ],
    affected: { count: 41200, unit: 'people', text: '41,200 customers', evidence: EVIDENCE },
    actors: [{ name: 'Grey Heron', kind: 'ransomware-group', evidence: EVIDENCE }],
    sources: [{ name: 'Harbour Bank', kind: 'victim-statement', evidence: [EVIDENCE] }],
    warnings: [],
    ...over,
  };
}

describe('uuidv5', () => {
  it('matches the RFC example (DNS namespace, www.example.com)', () => {
    expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  it('is version 5 in our own namespace, and the same for the same name', () => {
    const id = uuidv5('url:https://news.example/a');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidv5('url:https://news.example/a', BREACH_EXTRACT_NAMESPACE)).toBe(id);
    expect(uuidv5('url:https://news.example/b')).not.toBe(id);
  });
  it('names an article by URL, else stream id, else path, else its record', () => {
    const r = invented();
    expect(sourceKey(r)).toBe('url:https://news.example/harbour-bank');
    expect(sourceKey(invented({ source: { ...r.source, url: null, id: 'a7' } }))).toBe('id:a7');
    expect(sourceKey(invented({ source: { ...r.source, url: null } }))).toBe('path:news/harbour-bank.txt');
    const stdin = invented({ source: { ...r.source, url: null, path: '-' } });
    expect(sourceKey(stdin)).toBe(sourceKey(JSON.parse(JSON.stringify(stdin))));
    const explained = { ...stdin, company: { ...stdin.company!, why: { rule: 'company.x', reason: 'y' } }, explain: { isIncident: { rule: 'a', reason: 'b' }, incidentTypes: {}, dropped: [] } };
    expect(sourceKey(explained)).toBe(sourceKey(stdin)); // --explain does not change the ids
    expect(sourceKey(stdin)).not.toBe(sourceKey(invented({ source: { ...r.source, url: null, path: '-', title: 'Another' } })));
  });
});

describe('CSV', () => {
  const parseCsv = (text: string) => parse(text, { columns: true, skip_empty_lines: false }) as Record<string, string>[];

  it('has the documented header, once', () => {
    expect(csvHeader()).toBe(`${CSV_COLUMNS.join(',')}\n`);
  });

  it('joins lists with ";" and escapes ";" and "\\" inside values', () => {
    const values = ['plain', 'semi;colon', 'back\\slash', '', 'end\\'];
    const cell = joinCsvList(values);
    expect(cell).toBe('plain;semi\\;colon;back\\\\slash;;end\\\\');
    expect(splitCsvList(cell)).toEqual(values);
    expect(splitCsvList('')).toEqual([]);
  });

  it('writes null and empty lists as empty cells', () => {
    const row = toCsvRow(invented({ company: null, dwell: null, affected: null, actors: [], sources: [], data: [], dates: [] }));
    for (const column of ['company.name', 'company.aliases', 'company.country', 'dwell.daysMin', 'affected.count', 'affected.unit', 'actors', 'sources', 'data', 'dates.breachStart'] as const) {
      expect(row[column]).toBe('');
    }
  });

  it('neutralises formulas in free-text cells only', () => {
    const r = invented({
      source: { ...invented().source, title: '=HYPERLINK("http://x.example","click")' },
      company: { name: '+Plus Systems', aliases: ['@handle'], country: 'GB', evidence: [EVIDENCE] },
      actors: [{ name: '-dash crew', kind: 'group', evidence: EVIDENCE }],
      dwell: { start: null, end: null, days: { min: -1, max: 5 }, text: null, basis: 'stated' },
    });
    const row = toCsvRow(r);
    expect(row['source.title']).toBe(`'=HYPERLINK("http://x.example","click")`);
    expect(row['company.name']).toBe("'+Plus Systems");
    expect(row['company.aliases']).toBe("'@handle");
    expect(row.actors).toBe("'-dash crew");
    expect(row['dwell.daysMin']).toBe('-1'); // a number is not free text
    expect(unneutralise(row['source.title'])).toBe(r.source.title);
    expect(unneutralise("'plain")).toBe("'plain");
    expect(toCsvRow(invented({ source: { ...r.source, path: '-' } }))['source.path']).toBe('-'); // stdin: no formula
  });

  it('round-trips every fixture record through a CSV parser', () => {
    const text = csvHeader() + fixtures.map((r) => formatCsv(r)).join('');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(fixtures.length);
    fixtures.forEach((record, i) => {
      const row = rows[i]!;
      expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
      const list = (c: string) => splitCsvList(unneutralise(row[c]!));
      const text = (c: string) => unneutralise(row[c]!);
      expect(text('source.path')).toBe(record.source.path);
      expect(text('source.url')).toBe(record.source.url ?? '');
      expect(text('source.title')).toBe(record.source.title ?? '');
      expect(row['source.published']).toBe(record.source.published ?? '');
      expect(row.isIncident).toBe(String(record.isIncident));
      expect(text('company.name')).toBe(record.company?.name ?? '');
      expect(list('company.aliases')).toEqual(record.company?.aliases ?? []);
      expect(row['company.country']).toBe(record.company?.country ?? '');
      expect(list('incidentTypes')).toEqual(record.incidentTypes);
      const roles = { 'dates.breachStart': 'breach-start', 'dates.breachEnd': 'breach-end', 'dates.discovered': 'discovered', 'dates.disclosed': 'disclosed', 'dates.other': 'other' } as const;
      for (const [column, role] of Object.entries(roles)) {
        expect(list(column)).toEqual(record.dates.filter((d) => d.role === role && d.value !== null).map((d) => d.value));
      }
      expect(row['dwell.daysMin']).toBe(record.dwell?.days.min == null ? '' : String(record.dwell.days.min));
      expect(row['dwell.daysMax']).toBe(record.dwell?.days.max == null ? '' : String(record.dwell.days.max));
      expect(list('data.categories')).toEqual([...new Set(record.data.map((d) => d.category))]);
      expect(list('data')).toEqual(record.data.map(dataToken));
      expect(row['affected.count']).toBe(record.affected?.count == null ? '' : String(record.affected.count));
      expect(row['affected.unit']).toBe(record.affected?.unit ?? '');
      expect(list('actors')).toEqual(record.actors.map((a) => a.name));
      expect(list('sources')).toEqual(record.sources.map((s) => s.name));
      expect(list('warnings')).toEqual(record.warnings);
    });
  });

  it('keeps quotes, commas and line breaks inside one cell', () => {
    const r = invented({ source: { ...invented().source, title: 'A "quoted", title\nover two lines' }, warnings: ['one; two', 'three'] });
    const [row] = parseCsv(csvHeader() + formatCsv(r));
    expect(row!['source.title']).toBe(r.source.title);
    expect(splitCsvList(row!.warnings!)).toEqual(r.warnings);
  });
});

describe('VERIS', () => {
  it('maps an invented record', () => {
    const v = toVeris(invented())!;
    expect(v.incident_id).toBe(v.plus.master_id);
    expect(v.security_incident).toBe('Confirmed');
    expect(v.reference).toBe('https://news.example/harbour-bank');
    expect(v.timeline.incident).toEqual({ year: 2024, month: 1, day: 20 });
    expect(v.timeline.discovery).toEqual({ unit: 'Days', value: 15 });
    expect(v.plus.timeline).toEqual({ notification: { year: 2024, month: 3, day: 11 } });
    expect(v.victim).toMatchObject({ victim_id: 'Harbour Bank', country: ['GB'] });
    expect(v.attribute?.confidentiality).toEqual({
      data_disclosure: 'Yes',
      data: [{ variety: 'Personal' }, { variety: 'Bank' }],
      data_victim: ['Customer'],
      data_total: 41200,
    });
    expect(v.action).toEqual({ hacking: { variety: ['Unknown'], vector: ['Unknown'] } });
    expect(v.actor).toEqual({ external: { variety: ['Organized crime'], motive: ['Financial'], name: ['Grey Heron'] } });
    expect(v.plus.breach_extract.records[0]!.dates[0]!.evidence).toEqual(EVIDENCE);
  });

  it('says Unknown and Suspected where the record does not know', () => {
    const v = toVeris(invented({
      company: { name: 'Lakeside Clinic', aliases: [], country: null, evidence: [EVIDENCE] },
      incidentTypes: [],
      dates: [],
      data: [{ category: 'medical', subject: 'patients', text: 'patient files', status: 'possible', attributedTo: [], evidence: EVIDENCE }],
      affected: { count: 3000, unit: 'people', text: 'about 3,000 patients', approximate: true, evidence: EVIDENCE },
      actors: [],
    }))!;
    expect(v.security_incident).toBe('Suspected');
    expect(v.timeline).toEqual({ incident: { year: 2024 }, discovery: { unit: 'Unknown' } });
    expect(v.plus.breach_extract.incident_date_from).toBe('published');
    expect(v.victim.country).toEqual(['Unknown']);
    expect(v.action).toEqual({ unknown: {} });
    expect(v.actor).toEqual({ unknown: {} });
    expect(v.attribute?.confidentiality).toEqual({ data_disclosure: 'Potentially', data: [{ variety: 'Medical' }], data_victim: ['Patient'] });
  });

  it('gives data_disclosure No when the victim only denies, and a stated dwell as days', () => {
    const v = toVeris(invented({
      data: [{ category: 'payment', subject: 'customers', text: 'card details', status: 'denied', attributedTo: [], evidence: EVIDENCE }],
      dates: [],
      dwell: { start: null, end: null, days: { min: 90, max: 120 }, text: 'for three to four months', basis: 'stated' },
    }))!;
    expect(v.attribute?.confidentiality).toEqual({ data_disclosure: 'No' });
    expect(v.timeline.discovery).toEqual({ unit: 'Days', value: 90 });
  });

  it('counts months between month-dated claims, and states nothing between bare years', () => {
    const at = (start: string, found: string) => toVeris(invented({ dates: [
      { role: 'breach-start', value: start, text: 'x', attributedTo: [], evidence: EVIDENCE },
      { role: 'discovered', value: found, text: 'y', attributedTo: [], evidence: EVIDENCE },
    ] }))!.timeline.discovery;
    expect(at('2023-11', '2024-02-10')).toEqual({ unit: 'Months', value: 3 });
    expect(at('2023', '2024-02')).toEqual({ unit: 'Unknown' });
    expect(at('2024-02-10', '2024-02-01')).toEqual({ unit: 'Unknown' }); // found before it began: not a dwell
  });

  it('gives no incident for a non-incident article', () => {
    expect(toVeris(invented({ isIncident: false }))).toBeNull();
  });

  it('makes one incident with several references from articles about the same incident', () => {
    const a = invented();
    const b = invented({
      source: { path: 'news/harbour-bank-2.txt', title: 'Harbour Bank breach: regulator informed', url: 'https://other.example/hb', published: '2024-03-14', publishedFrom: 'html-meta' },
      dates: [{ role: 'breach-start', value: '2024-01', text: 'in January', attributedTo: [], evidence: EVIDENCE }],
      incidentTypes: ['ransomware'],
    });
    const v = toVeris([a, b])!;
    expect(v.reference).toBe('https://news.example/harbour-bank; https://other.example/hb');
    expect(v.timeline.incident).toEqual({ year: 2024, month: 1 });
    expect(Object.keys(v.action).sort()).toEqual(['hacking', 'malware']);
    expect(v.attribute?.availability).toEqual({ variety: ['Obscuration'] });
    expect(v.plus.breach_extract.records).toHaveLength(2);
    expect(toVeris([b, a])!.incident_id).toBe(v.incident_id); // order does not matter
    expect(v.incident_id).not.toBe(toVeris(a)!.incident_id);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(toVeris(invented()))).toBe(JSON.stringify(toVeris(invented())));
  });

  describe.skipIf(!SCHEMAS_PRESENT)('against verisc-merged.json (../shared)', () => {
    it('validates the invented records', () => {
      for (const over of [{}, { incidentTypes: ['misconfiguration', 'insider', 'phishing', 'supply-chain', 'ddos', 'lost-or-stolen-device', 'other', 'credential-stuffing', 'malware'] as IncidentRecord['incidentTypes'] }, { company: null, dates: [], data: [], actors: [] }]) {
        expect(verisProblems(toVeris(invented(over)))).toEqual([]);
      }
    });
    it('validates every fixture record that is an incident', () => {
      for (const record of fixtures) {
        const v = toVeris(record);
        if (!record.isIncident) expect(v).toBeNull();
        // VERIS needs a year: an incident with no dated claim and no publication date has none to give
        else if (!v) expect([record.source.published, ...record.dates.map((d) => d.value)].filter(Boolean)).toEqual([]);
        else expect(verisProblems(v), record.source.path).toEqual([]);
      }
    });
    it('rejects what is not VERIS (the validator works)', () => {
      const v = toVeris(invented())!;
      expect(verisProblems({ ...v, security_incident: 'Yes' })).not.toEqual([]);
      expect(verisProblems({ ...v, timeline: {} })).not.toEqual([]);
    });
  });
});

describe('STIX', () => {
  const byType = (objects: StixObject[], type: string) => objects.filter((o) => o.type === type);
  const one = (objects: StixObject[], type: string) => {
    const found = byType(objects, type);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('turns a publication date into a timestamp with milliseconds', () => {
    expect(stixTimestamp('2024-03-12')).toBe('2024-03-12T00:00:00.000Z');
    expect(stixTimestamp('2024-03')).toBe('2024-03-01T00:00:00.000Z');
    expect(stixTimestamp('2024-13-01')).toBeNull();
    expect(stixTimestamp(null)).toBeNull();
  });

  it('maps an invented record: report, incident, victim, location, actor, sources, notes', () => {
    const bundle = toStix(invented())!;
    const { objects } = bundle;
    for (const o of objects) {
      expect(o.spec_version).toBe('2.1');
      expect(o.created).toBe('2024-03-12T00:00:00.000Z');
      expect(o.modified).toBe(o.created);
    }
    const report = one(objects, 'report');
    expect(report).toMatchObject({
      name: 'Harbour Bank says intruders copied customer files',
      published: '2024-03-12T00:00:00.000Z',
      external_references: [{ source_name: 'news.example', url: 'https://news.example/harbour-bank' }],
    });
    const ids = new Set(objects.map((o) => o.id));
    for (const ref of report.object_refs as string[]) expect(ids.has(ref)).toBe(true);
    expect(new Set(report.object_refs as string[])).toEqual(new Set(objects.filter((o) => o.type !== 'report').map((o) => o.id)));

    const incident = one(objects, 'incident');
    expect(incident.name).toBe('Security incident at Harbour Bank');
    expect((incident.extensions as Record<string, unknown>)[INCIDENT_CORE_EXTENSION]).toEqual({
      extension_type: 'property-extension',
      determination: 'confirmed',
      investigation_status: 'new',
      incident_types: ['unauthorized-access-system'],
      impacted_entity_counts: { 'customer-individual': 41200 },
    });
    const victim = objects.find((o) => o.type === 'identity' && o.name === 'Harbour Bank')!;
    expect(victim.identity_class).toBe('organization');
    const location = one(objects, 'location');
    expect(location.country).toBe('GB');
    const actor = one(objects, 'threat-actor');
    expect(actor).toMatchObject({ name: 'Grey Heron', threat_actor_types: ['crime-syndicate'] });
    const rels = byType(objects, 'relationship').map((r) => [r.relationship_type, r.source_ref, r.target_ref]);
    expect(rels).toEqual(expect.arrayContaining([
      ['targets', incident.id, victim.id],
      ['located-at', victim.id, location.id],
      ['attributed-to', incident.id, actor.id],
    ]));
    // the victim's own statement is credited to the victim's identity, not to a second one
    expect(byType(objects, 'identity')).toHaveLength(1);

    const notes = byType(objects, 'note');
    expect(notes).toHaveLength(3 + 2 + 1); // dates, data items, affected
    const discovered = notes.find((n) => n.abstract === 'discovered: 2024-02-04')!;
    expect(discovered).toMatchObject({ content: EVIDENCE.quote, authors: ['Harbour Bank'], x_breach_extract_evidence: EVIDENCE });
    expect(discovered.object_refs).toEqual([incident.id, victim.id]);
  });

  it('gives the same ids to the same article, and different ones to another', () => {
    const a = toStix(invented())!;
    expect(JSON.stringify(toStix(invented()))).toBe(JSON.stringify(a));
    const b = toStix(invented({ source: { ...invented().source, url: 'https://news.example/another' } }))!;
    const idsA = new Set(a.objects.map((o) => o.id));
    expect(b.objects.some((o) => idsA.has(o.id))).toBe(false);
  });

  it('gives no bundle for a non-incident, nor without a publication date', () => {
    expect(toStix(invented({ isIncident: false }))).toBeNull();
    expect(toStix(invented({ source: { ...invented().source, published: null } }))).toBeNull();
  });

  it('makes one incident with one report per article for several articles about one incident', () => {
    const a = invented();
    const b = invented({
      source: { path: 'news/hb-2.html', title: 'Second report on the Harbour Bank intrusion', url: 'https://other.example/hb', published: '2024-03-15', publishedFrom: 'html-meta' },
      sources: [{ name: 'The Ledger', kind: 'news-outlet', evidence: [EVIDENCE] }],
    });
    const { objects } = toStix([a, b])!;
    const incident = one(objects, 'incident');
    expect(incident.created).toBe('2024-03-12T00:00:00.000Z');
    expect(incident.modified).toBe('2024-03-15T00:00:00.000Z');
    const reports = byType(objects, 'report');
    expect(reports.map((r) => r.published)).toEqual(['2024-03-12T00:00:00.000Z', '2024-03-15T00:00:00.000Z']);
    for (const r of reports) expect(r.object_refs).toContain(incident.id);
    expect(reports[0]!.id).toBe(one(toStix(a)!.objects, 'report').id); // an article's report keeps its id
    expect(byType(objects, 'threat-actor')).toHaveLength(1); // one actor, named by both
    expect(objects.find((o) => o.name === 'The Ledger')).toMatchObject({ identity_class: 'organization', roles: ['news-outlet'] });
  });

  describe.skipIf(!SCHEMAS_PRESENT)('against the STIX 2.1 schemas (../shared)', () => {
    it('validates the invented records', () => {
      const variants: Partial<IncidentRecord>[] = [
        {},
        { company: null, actors: [], sources: [], data: [], affected: null, dates: [], incidentTypes: [] },
        { source: { path: '-', title: null, url: 'not a url', published: '2024-03', publishedFrom: 'text' }, dwell: { start: '2024-01', end: '2024-03', days: { min: 29, max: 90 }, text: 'for weeks', basis: 'stated', evidence: EVIDENCE } },
      ];
      for (const over of variants) expect(bundleProblems(toStix(invented(over))!)).toEqual([]);
    });
    it('validates every fixture record that is an incident (dated as published in 2024)', () => {
      for (const record of fixtures) {
        const dated = { ...record, source: { ...record.source, published: record.source.published ?? '2024-05-02' } };
        const bundle = toStix(dated);
        if (!record.isIncident) expect(bundle).toBeNull();
        else expect(bundleProblems(bundle!), record.source.path).toEqual([]);
      }
    });
    it('rejects what is not STIX (the validator works)', () => {
      const bundle = toStix(invented())!;
      const report = one(bundle.objects, 'report');
      expect(bundleProblems({ ...bundle, objects: [{ ...report, created: '2024-03-12T00:00:00Z' }] })).not.toEqual([]);
      expect(bundleProblems({ ...bundle, objects: [{ ...report, object_refs: [] }] })).not.toEqual([]);
    });
  });
});
