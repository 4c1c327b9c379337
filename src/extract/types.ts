// What every extractor reads and returns. An extractor is `(doc, ctx) => finding`: it reads only the
// document model (and the findings of extractors that ran before it, in `ctx`), never the source.
import type { Document, Sentence } from '../document.js';
import type { Explain, Why } from '../rules.js';
import type { IncidentScope } from './scope.js';
import type {
  ActorKind, AffectedUnit, DataCategory, DataStatus, DateRole, IncidentType, SourceKind,
} from '../record.js';

/** A victim's names alone: what the scope and name tests read. */
export type VictimName = Pick<CompanyFinding, 'name' | 'aliases'>;

export interface CompanyFinding {
  name: string;
  aliases: string[];
  country: string | null;
  sentences: Sentence[];
  /** Every sentence that names the victim (up to 40): what the incident step reads about it. */
  mentions: Sentence[];
  /** Some mention, or the headline, puts the name in a victim role (not only named); absent = no. */
  victimRole: boolean;
  /** The rule that produced this value (`--explain`). */
  why?: Why;
  /** The rule that placed the victim in `country` (`--explain`); absent when country is null. */
  countryWhy?: Why;
  /** Which sentences tell this victim's incident, when the country step already decided it (the
   * pipeline reuses it rather than deciding it twice). */
  scope?: IncidentScope;
}

export interface IncidentFinding {
  isIncident: boolean;
  types: IncidentType[];
  /** The rule that decided `isIncident` (`--explain`). */
  why?: Why;
  /** The rule behind each type (`--explain`). */
  typeWhy?: Partial<Record<IncidentType, Why>>;
}

/** Calendar parts of a date as the text gives them; `year` null when unknown. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

export interface DateFinding {
  role: DateRole;
  /** ISO at the precision stated, or null when no year can be known. */
  value: string | null;
  text: string;
  sentence: Sentence;
  /** Filled by the attribution refiner. */
  attributedTo: string[];
  /** The calendar parts (even when `value` is null: "May 12" with no publication date), for dwell. */
  parts: DateParts;
  /** Findings made from one range expression ("between June and November") share this id; else null. */
  range: number | null;
  /** The start was qualified "at least"/"as early as": the breach may have begun earlier. */
  openStart: boolean;
  /** The rule that produced this value (`--explain`). */
  why?: Why;
}

export interface DwellFinding {
  start: string | null;
  end: string | null;
  days: { min: number | null; max: number | null };
  text: string | null;
  basis: 'stated' | 'computed';
  sentence?: Sentence;
  /** The rule that produced this value (`--explain`). */
  why?: Why;
}

export interface DataFinding {
  category: DataCategory;
  subject: string | null;
  text: string;
  status: DataStatus;
  sentence: Sentence;
  attributedTo: string[];
  /** The rule that produced this value (`--explain`). */
  why?: Why;
}

export interface AffectedFinding {
  count: number | null;
  unit: AffectedUnit;
  text: string;
  approximate?: boolean;
  sentence: Sentence;
  /** The rule that produced this value (`--explain`). */
  why?: Why;
}

export interface ActorFinding {
  name: string;
  kind: ActorKind;
  sentence: Sentence;
  /** The rule that produced this value (`--explain`). */
  why?: Why;
}

export interface SourceFinding {
  name: string;
  kind: SourceKind;
  sentences: Sentence[];
  /** Indices of the sentences (among `sentences`) that credit it only as the outlet relaying someone else's words. */
  relayOnly?: number[];
  /** The rule that produced this value (`--explain`). */
  why?: Why;
}

/** What every step reads: the publication date, the warnings list and the explain collector. */
export interface BaseContext {
  /** Publication date, ISO YYYY-MM-DD, or null. */
  published: string | null;
  warnings: string[];
  /** Collects what rules set aside, for `--explain`; a no-op when explain is off. */
  explain: Explain;
}

/** Each step's finding, under the name the pipeline keeps it by, in pipeline order. */
export interface Findings {
  company: CompanyFinding | null;
  /** Which sentences tell this incident and which are background (after the company is known). */
  scope: IncidentScope;
  sources: SourceFinding[];
  incident: IncidentFinding;
  actors: ActorFinding[];
  affected: AffectedFinding | null;
  dates: DateFinding[];
  dwell: DwellFinding | null;
  data: DataFinding[];
}

/** The base and whichever findings are known: what helpers inside an extractor (and unit tables) pass around. */
export interface Context extends BaseContext, Partial<Findings> {}

/** What a step needs: the base and the named findings, present. The pipeline (src/extract/index.ts) can only
 * call a step once those exist, so the order of extractors is checked by the compiler. */
export type Needs<K extends keyof Findings> = Context & Pick<Findings, K>;

/** An extractor: the document model and the findings it names (K) in, its finding out. */
export type Extractor<T, K extends keyof Findings = never> = (doc: Document, ctx: Needs<K>) => T;
