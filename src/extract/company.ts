// PLACEHOLDER — being replaced by the real extractor.
import type { Extractor, CompanyFinding } from './types.js';

export const extractCompany: Extractor<CompanyFinding|null> = () => null;
