// PLACEHOLDER — being replaced by the real extractor.
import type { Extractor, DataFinding } from './types.js';

export const extractData: Extractor<DataFinding[]> = () => [];
