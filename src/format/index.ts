// Output formatters: one signature, record → text to write (with its trailing newline; '' writes nothing).
// A formatter that has something to tell the user adds it to record.warnings: the batch prints a
// record's warnings on stderr after formatting it.
import type { IncidentRecord } from '../record.js';
import { formatCsv } from './csv.js';
import { formatPretty } from './pretty.js';
import { toStix } from './stix.js';
import { toVeris } from './veris.js';

export type OutputFormat = 'pretty' | 'json' | 'ndjson' | 'csv' | 'veris' | 'stix';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['pretty', 'json', 'ndjson', 'csv', 'veris', 'stix'];

export interface FormatOptions {
  color: boolean;
  /** pretty: the terminal's columns (default 80). */
  width?: number;
  /** pretty: ASCII only (NO_COLOR or TERM=dumb). */
  ascii?: boolean;
}

export type Formatter = (record: IncidentRecord, options: FormatOptions) => string;

/** Text printed once before the first record (the CSV header). */
export { csvHeader } from './csv.js';

export const FORMATTERS: Record<OutputFormat, Formatter> = {
  json: (record) => `${JSON.stringify(record, null, 2)}\n`,
  ndjson: (record) => `${JSON.stringify(record)}\n`,
  pretty: formatPretty,
  csv: formatCsv,
  // one VERIS incident per line (a single line is also a JSON document)
  veris: (record) => {
    const incident = toVeris(record);
    if (incident) return `${JSON.stringify(incident)}\n`;
    record.warnings.push(record.isIncident
      ? 'no VERIS incident written: VERIS needs at least the year, and the article gives no date (pass --published)'
      : 'not an incident: no VERIS incident written');
    return '';
  },
  // one STIX 2.1 bundle per line
  stix: (record) => {
    const bundle = toStix(record);
    if (bundle) return `${JSON.stringify(bundle)}\n`;
    record.warnings.push(record.isIncident
      ? 'no STIX bundle written: STIX objects need timestamps, and the article gives no publication date (pass --published)'
      : 'not an incident: no STIX bundle written');
    return '';
  },
};
