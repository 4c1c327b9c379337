// PLACEHOLDER — being replaced by the real extractor.
import type { Extractor, DateFinding } from './types.js';

export const extractDates: Extractor<DateFinding[]> = () => [];
