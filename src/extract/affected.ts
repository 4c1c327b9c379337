// PLACEHOLDER — being replaced by the real extractor.
import type { Extractor, AffectedFinding } from './types.js';

export const extractAffected: Extractor<AffectedFinding|null> = () => null;
