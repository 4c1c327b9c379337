// CSV: one row per record under a fixed header of dotted names, written with csv-stringify (quoting
// and escaping per RFC 4180). Rows are formatted one at a time, so a batch streams: the CLI prints the
// header once, then each article's row as it is done.
//
// Inside a cell, several values are joined with ";"; a ";" or "\" inside a value is escaped with "\"
// (splitCsvList undoes it). null and an empty list are both an empty cell. A free-text cell (text
// that came from the article or the command line) starting with = + - @ tab or CR gets a leading "'"
// so a spreadsheet shows it instead of running it as a formula; numbers, dates and closed-set values
// are never touched. unneutralise() removes that quote again.
import { stringify } from 'csv-stringify/sync';
import type { DateRole, IncidentRecord } from '../record.js';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'source.path', 'source.url', 'source.title', 'source.published', 'isIncident',
  'company.name', 'company.aliases', 'company.country', 'incidentTypes',
  'dates.breachStart', 'dates.breachEnd', 'dates.discovered', 'dates.disclosed', 'dates.other',
  'dwell.daysMin', 'dwell.daysMax', 'data.categories', 'data',
  'affected.count', 'affected.unit', 'actors', 'sources', 'warnings',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns whose text comes from the article (or the command line): the only ones neutralised. */
export const CSV_FREE_TEXT: ReadonlySet<CsvColumn> = new Set<CsvColumn>([
  'source.path', 'source.url', 'source.title', 'company.name', 'company.aliases', 'actors', 'sources', 'warnings',
]);

/**
 * The first characters a spreadsheet reads as the start of a formula (with their full-width forms),
 * followed by something: a lone "-" (stdin's path) is no formula.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20][^]/;

/** Prefix a cell that a spreadsheet would run as a formula with "'". */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undo neutraliseFormula (for a reader that wants the text back). */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

const escapeItem = (value: string): string => value.replace(/[\\;]/g, (c) => `\\${c}`);

/** Join several values into one cell: ";" between them, "\" before a ";" or "\" inside one. */
export function joinCsvList(values: readonly string[]): string {
  return values.map(escapeItem).join(';');
}

/** Split a cell written by joinCsvList back into its values (an empty cell is no values). */
export function splitCsvList(cell: string): string[] {
  if (cell === '') return [];
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (c === ';') {
      values.push(current);
      current = '';
    } else current += c;
  }
  values.push(current);
  return values;
}

const unique = (values: readonly string[]): string[] => [...new Set(values)];

/** A record's cells, by column: strings, ready to write (lists joined, free text neutralised). */
export function toCsvRow(record: IncidentRecord): Record<CsvColumn, string> {
  const dates = (role: DateRole) => joinCsvList(record.dates.filter((d) => d.role === role && d.value !== null).map((d) => d.value!));
  const num = (n: number | null | undefined) => (n == null ? '' : String(n));
  const row: Record<CsvColumn, string> = {
    'source.path': record.source.path,
    'source.url': record.source.url ?? '',
    'source.title': record.source.title ?? '',
    'source.published': record.source.published ?? '',
    isIncident: String(record.isIncident),
    'company.name': record.company?.name ?? '',
    'company.aliases': joinCsvList(record.company?.aliases ?? []),
    'company.country': record.company?.country ?? '',
    incidentTypes: joinCsvList(record.incidentTypes),
    'dates.breachStart': dates('breach-start'),
    'dates.breachEnd': dates('breach-end'),
    'dates.discovered': dates('discovered'),
    'dates.disclosed': dates('disclosed'),
    'dates.other': dates('other'),
    'dwell.daysMin': num(record.dwell?.days.min),
    'dwell.daysMax': num(record.dwell?.days.max),
    'data.categories': joinCsvList(unique(record.data.map((d) => d.category))),
    data: joinCsvList(record.data.map(dataToken)),
    'affected.count': num(record.affected?.count),
    'affected.unit': record.affected?.unit ?? '',
    actors: joinCsvList(record.actors.map((a) => a.name)),
    sources: joinCsvList(record.sources.map((s) => s.name)),
    warnings: joinCsvList(record.warnings),
  };
  for (const column of CSV_FREE_TEXT) row[column] = neutraliseFormula(row[column]);
  return row;
}

/** A data item as one token: `category/subject:status`, or `category:status` when the subject is unknown. */
export function dataToken(item: IncidentRecord['data'][number]): string {
  return `${item.category}${item.subject ? `/${item.subject}` : ''}:${item.status}`;
}

/** The header line (once per run). */
export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]]);
}

/** One record as one CSV line (no header). */
export function formatCsv(record: IncidentRecord): string {
  const row = toCsvRow(record);
  return stringify([CSV_COLUMNS.map((c) => row[c])]);
}
