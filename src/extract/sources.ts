// PLACEHOLDER — being replaced by the real extractor.
import type { Extractor, SourceFinding } from './types.js';

export const extractSources: Extractor<SourceFinding[]> = () => [];
