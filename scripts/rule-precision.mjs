#!/usr/bin/env node
// Rule precision against a gold corpus: for every rule id that puts a value in a record (why.rule with
// --explain), how many of its values the gold lists (tp) and how many it does not (fp; for dates also
// "role": the value is listed with another role). On a field scored by F1, a class of values whose
// precision is below half the field's F1 lowers the F1 by being there, so this is the table to read
// before adding a rule, and the one that says which rules to narrow or remove.
//
//   node scripts/rule-precision.mjs --corpus DIR [--corpus DIR2 ...] [--field dates] [--by rule|class]
//     (after npm run build; DIR holds articles/ and gold.jsonl in the scorer's format)
//   --by class groups by what the value is instead of which rule made it: dates by role and precision
//   (year, month, day), data by category and status, sources by kind, types alone or beside another type.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../dist/index.js';
import { option, options } from './options.mjs';

const corpora = options('--corpus').map((dir) => dir.replace(/\/+$/, ''));
if (!corpora.length) {
  console.error('usage: node scripts/rule-precision.mjs --corpus DIR [--corpus DIR2 ...] [--field FIELD] [--by rule|class]');
  process.exit(2);
}
const only = option('--field');
const by = option('--by', 'rule');

// The scorer's name matching: case, accents, punctuation and corporate suffixes aside, one name's
// words all inside the other's.
const SUFFIXES = new Set(['the', 'inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'corp', 'corporation', 'co',
  'company', 'group', 'holdings', 'sa', 'ag', 'gmbh', 'nv', 'bv', 'pty', 'llp', 'lp', 's', 'a']);
const words = (s) => String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/&/g, ' and ').replace(/['’]s\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter((t) => t && !SUFFIXES.has(t));
function sameName(a, b) {
  const A = words(a), B = words(b);
  if (!A.length || !B.length) return false;
  const sa = new Set(A), sb = new Set(B);
  return A.every((t) => sb.has(t)) || B.every((t) => sa.has(t));
}
const precisionOf = (v) => (v.length === 4 ? 'year' : v.length === 7 ? 'month' : 'day');

const counts = new Map(); // "field\tkey" -> { tp, fp, role }
function count(field, key, outcome) {
  if (only && field !== only) return;
  const k = `${field}\t${key ?? '(no rule)'}`;
  if (!counts.has(k)) counts.set(k, { tp: 0, fp: 0, role: 0 });
  counts.get(k)[outcome]++;
}

function score(record, gold) {
  for (const d of record.dates ?? []) {
    if (!d.value) continue;
    const listed = (gold.dates ?? []).filter((g) => g.value === d.value);
    const outcome = !listed.length ? 'fp' : listed.some((g) => g.roles.includes(d.role)) ? 'tp' : 'role';
    count('dates', by === 'class' ? `${d.role}@${precisionOf(d.value)}` : d.why?.rule, outcome);
  }
  const goldCategories = new Set((gold.data ?? []).map((d) => d.category));
  const seen = new Set();
  for (const d of record.data ?? []) {
    if (seen.has(d.category)) continue;
    seen.add(d.category);
    count('data', by === 'class' ? `${d.category} ${d.status}` : `${d.why?.rule} [${d.category}]`, goldCategories.has(d.category) ? 'tp' : 'fp');
  }
  for (const s of record.sources ?? []) {
    const credited = (gold.sources ?? []).some((alts) => alts.some((a) => sameName(s.name, a)));
    count('sources', by === 'class' ? s.kind : `${s.why?.rule} {${s.kind}}`, credited ? 'tp' : 'fp');
  }
  for (const a of record.actors ?? []) count('actors', by === 'class' ? a.kind : a.why?.rule, (gold.actors ?? []).some((g) => sameName(a.name, g)) ? 'tp' : 'fp');
  const goldTypes = new Set(gold.incidentTypes ?? []);
  const types = Object.entries(record.explain?.incidentTypes ?? {});
  for (const [type, why] of types) {
    count('types', by === 'class' ? `${type}${types.length > 1 ? ' beside another' : ' alone'}` : `${why.rule} [${type}]`, goldTypes.has(type) ? 'tp' : 'fp');
  }
  const days = record.dwell?.days;
  if (days) {
    const overlaps = gold.dwell && (days.max ?? Infinity) >= gold.dwell.min && (days.min ?? 0) <= (gold.dwell.max ?? Infinity);
    count('dwell', by === 'class' ? record.dwell.basis : record.dwell.why?.rule, overlaps ? 'tp' : 'fp');
  }
  const n = record.affected?.count;
  if (typeof n === 'number') {
    const right = gold.affected && Math.abs(n - gold.affected.count) <= 0.01 * gold.affected.count;
    count('affected', by === 'class' ? record.affected.unit : record.affected.why?.rule, right ? 'tp' : 'fp');
  }
  if (record.company) {
    const names = [record.company.name, ...(record.company.aliases ?? [])];
    count('company', record.company.why?.rule, (gold.company ?? []).some((g) => names.some((x) => sameName(x, g))) ? 'tp' : 'fp');
  }
}

for (const dir of corpora) {
  const goldPath = join(dir, 'gold.jsonl');
  if (!existsSync(goldPath)) { console.error(`rule-precision: ${goldPath}: no gold file`); process.exit(2); }
  const gold = new Map(readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).map((g) => [g.file, g]));
  for (const file of readdirSync(join(dir, 'articles'))) {
    const g = gold.get(file);
    if (!g?.isIncident) continue; // the scorer reads the fields of incident articles only
    const path = join(dir, 'articles', file);
    score(extract(readFileSync(path, 'utf8'), { path, explain: true }), g);
  }
}

const rows = [...counts].map(([k, c]) => ({ field: k.split('\t')[0], key: k.split('\t')[1], ...c, n: c.tp + c.fp + c.role }));
rows.sort((a, b) => a.field.localeCompare(b.field) || a.tp / a.n - b.tp / b.n || b.n - a.n);
for (const r of rows) {
  const extra = r.role ? ` role ${r.role}` : '';
  console.log(`${r.field.padEnd(9)} ${r.key.padEnd(64)} tp ${String(r.tp).padStart(4)} fp ${String(r.fp).padStart(4)}${extra}  precision ${(r.tp / r.n).toFixed(2)}`);
}
