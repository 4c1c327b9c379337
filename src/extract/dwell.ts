// PLACEHOLDER — being replaced by the real extractor.
import type { Extractor, DwellFinding } from './types.js';

export const extractDwell: Extractor<DwellFinding|null> = () => null;
