// Output formatters: one signature, record → text to write (with its trailing newline).
import type { IncidentRecord } from '../record.js';
import { formatPretty } from './pretty.js';

export type OutputFormat = 'pretty' | 'json' | 'ndjson';

export interface FormatOptions {
  color: boolean;
}

export type Formatter = (record: IncidentRecord, options: FormatOptions) => string;

export const FORMATTERS: Record<OutputFormat, Formatter> = {
  json: (record) => `${JSON.stringify(record, null, 2)}\n`,
  ndjson: (record) => `${JSON.stringify(record)}\n`,
  pretty: formatPretty,
};
