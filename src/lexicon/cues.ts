// Cheap cues that decide which blocks get the NLP pass.
export const ANALYSIS_CUE = /\b(?:said|says|according|report(?:s|ed)?|told|statement|spokes(?:person|man|woman)|breach|hack|attack|ransom|leak|expos|compromis|stole|stolen|access|investigat|confirm|announc|disclos|notif|filing|researcher)/i;

// Names, as cheap scans see them: a sentence that brings one the NLP pass has not read yet is tagged.
/** A capitalised run of two or more words, with the small words names carry inside ("Bank of Example", "Jane Doe"). */
export const NAME_RUN = /(?<![\p{L}\p{N}&'’.-])\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s(?:(?:of|de|du|la|le|van|von|der|da|and|&|for|the)\s){0,2}\p{Lu}[\p{L}\p{N}&'’.-]*)+/gu;
/** A lone capitalised word or acronym, possessive or not ("Disney", "Carr", "FBI's"), looked up in the tagger's lexicon. */
export const NAME_WORD = /(?<![\p{L}\p{N}&'’.-])\p{Lu}(?:\p{Ll}+|\p{Lu}+)(?:['’]s)?(?![\p{L}\p{N}&'’-])/gu;
