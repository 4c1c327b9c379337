export { extract, extractFromDocument, type ExtractOptions } from './extract/index.js';
export { readDocument, sniffFormat, formatFromPath } from './read/index.js';
export { decode } from './read/decode.js';
export { Document } from './document.js';
export * from './record.js';
