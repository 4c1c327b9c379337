// Hedges, denials and attributions → the status of a compromised-data item
// (confirmed | reported | possible | denied). One row per cue, as a bounded regex source.

export interface Cue {
  pattern: string;
  example: string;
}

/** The data may have been taken, but nobody says it was: → possible. */
export const POSSIBLE_CUES: readonly Cue[] = [
  { pattern: '(?:may|might|could|would)(?: not)?(?: possibly)? have', example: 'names may have been accessed' },
  { pattern: '(?:may|might|could) (?:be|include|contain|involve)', example: 'the files could include addresses' },
  { pattern: 'potentially|possibly|possible|perhaps', example: 'potentially exposed card numbers' },
  { pattern: '(?:is|are|was|were) (?:likely|believed|thought|suspected|feared)', example: 'data was believed to have been taken' },
  { pattern: 'likely|probably|presumably', example: 'emails were likely accessed' },
  { pattern: 'believed to|thought to|suspected|suspicion', example: 'believed to include passwords' },
  { pattern: '(?:appears?|appeared|seems?|seemed) to', example: 'the dump appears to contain usernames' },
  { pattern: 'under investigation|still investigating|is investigating|are investigating|investigation is ongoing|ongoing investigation', example: 'what was taken is under investigation' },
  { pattern: 'whether|unclear|not (?:yet )?(?:clear|known|sure|certain)|unknown|(?:yet|unable) to (?:determine|confirm|say|establish)|cannot rule out|can[’\']t rule out|not ruled out|(?:do|does|did)(?:n\'t| not) know', example: 'it is unclear whether passwords were taken' },
  { pattern: 'claim(?:s|ed|ing)?|alleg(?:e|es|ed|edly)|purported(?:ly)?|boast(?:s|ed)?|says? it (?:has|stole)|(?:threaten(?:s|ed)?|threatening) to', example: 'the hackers claim to have stolen source code' },
  { pattern: 'at risk|in danger of', example: 'card details are at risk' },
  { pattern: 'if any|determin(?:e|ing) (?:if|whether|what|which|the extent|the scope)|to assess|(?:investigat|assess|review|examin)\\w{0,5} (?:whether|if|what|which)', example: 'working to determine if customer data was taken' },
];

/**
 * A denial placed before the data phrase ("no evidence that credit card data was accessed",
 * "did not include passwords"). Only a denial when a compromise word follows in the clause.
 */
export const DENIAL_BEFORE: readonly Cue[] = [
  // (before the bare "does not": the longer denial must win) data never held cannot have been taken
  { pattern: "(?:do|does|did)(?:n[’']t| not) (?:store|keep|hold|retain|collect|save|have access to|contain|include|involve)", example: 'the shop does not store card numbers' },
  { pattern: "no (?:evidence|indication|sign|signs|reason to believe)", example: 'no evidence that card numbers were accessed' },
  { pattern: "(?:do|does|did|have|has|had|was|were|is|are|would|will|could)(?:n[’']t| not)", example: 'the breach did not include passwords' },
  { pattern: 'not|never|neither|nor|none of|without|no', example: 'no financial information was taken' },
  { pattern: 'rather than|instead of|other than|apart from|except', example: 'names rather than passwords' },
];

/** A denial after the data phrase: "passwords were not affected", "card data remains secure". */
export const DENIAL_AFTER: readonly Cue[] = [
  { pattern: "(?:was|were|is|are|has|have|had)(?:n[’']t| not| never)(?: been)?(?: \\w{2,12}ly)? (?:accessed|stolen|compromised|exposed|affected|impacted|included|involved|taken|leaked|obtained|viewed|breached|at risk|part|touched|acquired|exfiltrated|downloaded|copied|seen|available|accessible|visible|viewable|stored|held|kept|detected|observed)", example: 'passwords were not compromised' },
  { pattern: '(?:was|were|is|are) (?:unaffected|untouched|safe|secure|not at risk)|remains? (?:safe|secure|unaffected|untouched|protected)', example: 'payment data remains secure' },
  { pattern: "(?:was|were|is|are)(?:n[’']t| not) (?:among|in|within|on|part of) (?:the |any )?(?:data|information|files|records|details|systems?|servers?|dataset|database)", example: 'card numbers were not among the data taken' },
  { pattern: '(?:was|were|is|are) (?:encrypted|hashed|tokeni[sz]ed|stored separately|kept separately|held separately) and (?:(?:would|will|was|were|is|are|remains?) )?(?:be )?(?:safe|secure|protected|unaffected)', example: 'the card numbers are hashed and remain secure' },
  { pattern: "(?:was|were|is|are)(?:n[’']t| not) (?:believed|thought|understood|known|said) to (?:have been|be) (?:accessed|stolen|compromised|exposed|affected|impacted|included|involved|taken|leaked|obtained|viewed|at risk)", example: 'card numbers are not believed to have been taken' },
];

/** Clause-level words that undo a denial: "no evidence the data was misused" denies misuse, not theft. */
export const NOT_A_DENIAL = 'misus\\w{0,3}|abus\\w{0,3}|used|fraud\\w{0,5}|publish\\w{0,3}|sold|not only|not just|no longer|no-one|nobody|not encrypted|not hashed|not protected|without (?:a |any )?password|did not (?:say|disclose|specify|reveal|detail|provide|comment)|not (?:say|disclose|specify|reveal|detail|provide|comment)|without (?:(?:a|any) )?(?:authori[sz]ation|permission|consent|legitimate)';

/** A third party reports it (not the victim): "X reported that…", "according to…". */
export const REPORT_CUES: readonly Cue[] = [
  { pattern: 'according to', example: 'according to a report from The Record' },
  { pattern: 'report(?:s|ed|edly)|reporting', example: 'Mainichi reported that customer details were accessed' },
  { pattern: '(?:researchers?|analysts?|experts?) (?:said|say|found|discovered|noted|told)', example: 'researchers said the database held phone numbers' },
  { pattern: '(?:told|said to|revealed by|first revealed|broke the story|first to)', example: 'a source told the newspaper' },
  { pattern: 'sources? (?:said|say|familiar|close)', example: 'sources familiar with the matter said' },
];

/** Paragraph-level signs that the victim has not confirmed what was taken → reported. */
export const UNCONFIRMED_CUES: readonly Cue[] = [
  { pattern: '(?:yet|failed|refused|declined) to (?:confirm|comment|respond)|has not (?:yet )?confirmed|have not (?:yet )?confirmed|not confirmed|unconfirmed|did not (?:immediately )?(?:respond|reply|return)|could not be reached', example: 'the company has yet to confirm' },
];

/** The victim speaks: "the company said", "confirmed", "in a statement", "notification letter". */
export const VICTIM_CUES: readonly Cue[] = [
  { pattern: '(?:the |a )?(?:company|firm|business|bank|retailer|chain|hospital|airline|insurer|university|school|council|agency|organi[sz]ation|group|carrier|lender|provider|operator|giant|service|platform|exchange|site|website|app|department|ministry|authority|retailer|brand|maker|manufacturer)(?:\'s)? (?:said|says|confirmed|confirms|stated|states|announced|announces|disclosed|discloses|admitted|admits|acknowledged|revealed|explained|wrote|added|noted|told|warned|informed|notified|believes)', example: 'the company said names were taken' },
  { pattern: '(?:a |the |in a )?(?:statement|press release|notice|notification|letter|filing|blog post|announcement|advisory|email to (?:customers|users|members))', example: 'in a statement' },
  { pattern: 'spokes(?:person|man|woman)|representative|chief executive|CEO|CISO|CTO|executive', example: 'a spokeswoman said' },
  { pattern: 'confirm(?:ed|s)|admitted|acknowledged', example: 'Acme confirmed that emails were accessed' },
  { pattern: '(?:we|our) ', example: '"We have found that names were accessed"' },
];

export function cueRegex(cues: readonly Cue[], flags = 'i'): RegExp {
  return new RegExp(`\\b(?:${cues.map((c) => c.pattern).join('|')})`, flags);
}
