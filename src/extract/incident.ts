// PLACEHOLDER — being replaced by the real extractor.
import type { Extractor, IncidentFinding } from './types.js';

export const extractIncident: Extractor<IncidentFinding> = () => ({ isIncident: false, types: [] });
