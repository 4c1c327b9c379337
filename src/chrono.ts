// The one chrono parser every date reader uses: chrono's casual English configuration without its two
// time-unit relative parsers ("3 days ago", "two weeks later").
//
// Why: we resolve relative phrases ourselves, against the date told before them (src/extract/dates.ts),
// and skip chrono's relative results; a publication date must have its year written. Those two parsers'
// patterns spell out every number word times every time unit, and V8 compiles each to machine code on its
// first run: ~340 ms of every process's and every batch worker's start, about a sixth of a worker's warm-up,
// for results nothing reads. Without them, "3 days after May 5, 2021" is read as May 5, 2021 (chrono
// would merge the two into a relative result that we skip).
//
// chrono exports no parser classes (its package `exports` map keeps them private), so they are told apart by
// the class name chrono itself prints when it debugs a parse. A renamed parser is simply kept: the records
// stay right, the start is slower.
import * as chrono from 'chrono-node/en';

/** chrono's casual English parsers that we never read the results of. */
const UNREAD_PARSERS = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);

function withoutUnread(base: chrono.Chrono): chrono.Chrono {
  const parser = base.clone();
  parser.parsers = parser.parsers.filter((p) => !UNREAD_PARSERS.has(p.constructor.name));
  return parser;
}

/** chrono's casual English parser, less the relative time-unit parsers. */
export const casualDates: chrono.Chrono = withoutUnread(chrono.casual);

export type { ParsedResult } from 'chrono-node/en';
