export { extract, extractFromDocument, type ExtractOptions } from './extract/index.js';
export { readDocument, sniffFormat, formatFromPath } from './read/index.js';
export { decode } from './read/decode.js';
export { Document } from './document.js';
export * from './record.js';
export { toCsvRow, csvHeader, formatCsv, splitCsvList, joinCsvList, unneutralise, CSV_COLUMNS, type CsvColumn } from './format/csv.js';
export { toVeris, type VerisIncident } from './format/veris.js';
export { toStix, INCIDENT_CORE_EXTENSION, type StixBundle, type StixObject } from './format/stix.js';
export { uuidv5, BREACH_EXTRACT_NAMESPACE } from './format/ids.js';
