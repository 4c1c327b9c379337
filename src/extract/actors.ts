// PLACEHOLDER — being replaced by the real extractor.
import type { Extractor, ActorFinding } from './types.js';

export const extractActors: Extractor<ActorFinding[]> = () => [];
