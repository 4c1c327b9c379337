// Lazy, synchronous loading of the NLP libraries from their prebuilt bundles: a run that never
// needs the full tagger never pays for loading it.
import { createRequire } from 'node:module';
import type nlpOne from 'compromise/one';
import type nlpThree from 'compromise';

// scripts/build-bundle.mjs drops this exact line so the bundle's own require bundles compromise's builds
const require = createRequire(import.meta.url);

let tokenizer: typeof nlpOne | undefined;
let tagger: typeof nlpThree | undefined;

/** compromise's tokenizer only (sentences, terms): cheap to load and run. */
export function compromiseOne(): typeof nlpOne {
  return (tokenizer ??= require('compromise/one') as typeof nlpOne);
}

/** compromise with its full tagger (people, organisations, places, numbers). */
export function compromise(): typeof nlpThree {
  return (tagger ??= require('compromise') as typeof nlpThree);
}
