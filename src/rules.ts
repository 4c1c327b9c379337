// One rule format for every extractor (chrono's ordered parsers, compromise's rows with a reason).
//
// A rule is a row of data: an id, the pattern (or, for the few rules that need one, a small test
// function), an invented example it must fire on, an invented counterexample it must not, and the
// reason a maintainer reads. A driver in each extractor tries its rows in order and keeps the id of the
// row behind every value it keeps or drops; `--explain` prints that id. test/rules.test.ts finds every
// exported table and checks each row's example and counterexample.

import type { Sentence } from './document.js';
import type { Why } from './record.js';

export type { Why };

export interface RuleRow {
  /** Unique within its table, kebab-case: `detect-verb`, `not-accessed-list`. */
  id: string;
  /** One line a maintainer reads: what English habit the row reads, and why it decides this way. */
  reason: string;
  /** An invented sentence the row fires on (never a corpus article's words). */
  example: string;
  /** An invented near miss the row must not fire on. */
  counterexample: string;
}

/** A row whose decision is a regular expression built from named lexicon pieces. */
export interface PatternRule extends RuleRow {
  pattern: RegExp;
}

/** A row whose decision needs a little code (a lookup, a position, a count). */
export interface TestRule extends RuleRow {
  test: (text: string) => boolean;
}

export type Rule = PatternRule | TestRule;

/**
 * An ordered table of rules for one extractor (or one decision inside it). `extractor` is the prefix
 * of every `why.rule`: `dates`, `data`, `company`, …
 */
export interface RuleTable<R extends Rule = Rule> {
  extractor: string;
  /** What the table decides, for the test's messages: 'date role', 'data negation', … */
  decides: string;
  rules: readonly R[];
}

/** Does one row fire on a piece of text? (A global or sticky pattern is reset first, so calls never leak state.) */
export function fires(rule: Rule, text: string): boolean {
  if ('pattern' in rule) {
    rule.pattern.lastIndex = 0;
    const hit = rule.pattern.test(text);
    rule.pattern.lastIndex = 0;
    return hit;
  }
  return rule.test(text);
}

/** The first row of a table that fires on `text`, in table order; null when none does. */
export function firstRule<R extends Rule>(table: RuleTable<R>, text: string): R | null {
  for (const rule of table.rules) if (fires(rule, text)) return rule;
  return null;
}

/** The `why` a value carries when `rule` of `table` produced or dropped it. */
export function why(table: RuleTable, rule: RuleRow): Why {
  return { rule: `${table.extractor}.${rule.id}`, reason: rule.reason };
}

/** Build a table and check, once at load, that ids are unique (a duplicate id is a programming error). */
export function ruleTable<R extends Rule>(extractor: string, decides: string, rules: readonly R[]): RuleTable<R> {
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw new Error(`rule table ${extractor} (${decides}): duplicate id ${r.id}`);
    seen.add(r.id);
  }
  return { extractor, decides, rules };
}

/** A candidate a rule set aside, kept for `--explain`'s `dropped` list. */
export interface Dropped {
  field: 'company' | 'dates' | 'dwell' | 'data' | 'affected' | 'actors' | 'sources' | 'incidentTypes' | 'isIncident';
  text: string;
  why: Why;
  /** The sentence it was read in, when it came from one. */
  sentence?: Sentence;
}

/**
 * What `--explain` collects while extractors run: the candidates rules dropped. Passed explicitly in
 * the context (not a module global), one per article; when explain is off, `drop` does nothing.
 */
export class Explain {
  readonly dropped: Dropped[] = [];
  constructor(readonly on: boolean) {}
  drop(d: Dropped): void {
    if (this.on) this.dropped.push(d);
  }
}
