// Cheap cues that decide which blocks get the NLP pass.
export const ANALYSIS_CUE = /\b(?:said|says|according|report(?:s|ed)?|told|statement|spokes(?:person|man|woman)|breach|hack|attack|ransom|leak|expos|compromis|stole|stolen|access|investigat|confirm|announc|disclos|notif|filing|researcher)/i;
