// What a unit table hands a step: the base context and the findings the step reads, each present (as the
// pipeline guarantees), so a test that forgets one fails to type-check rather than running on `undefined`.
import { IncidentScope } from '../../src/extract/scope.js';
import type { CompanyFinding, Findings, Needs } from '../../src/extract/types.js';
import { Explain } from '../../src/rules.js';

/** A victim as the company step gives it, for steps that read only its name and aliases. */
export function victim(name: string, aliases: string[] = []): CompanyFinding {
  return { name, aliases, country: null, sentences: [], mentions: [], victimRole: true };
}

/** The findings a step may read before its turn, all "nothing found". */
type Upstream = 'company' | 'scope' | 'sources' | 'actors';

/**
 * A context for one step: a publication date (or null), explain on, and the upstream findings given in
 * `findings` (a company name stands for `victim(name)`); the others default to none. `explain` off for timing tests.
 */
export function stepContext(
  published: string | null,
  findings: Partial<Omit<Findings, 'company'>> & { company?: CompanyFinding | string | null } = {},
  explain = true,
): Needs<Upstream> {
  const { company = null, ...rest } = findings;
  return {
    published, warnings: [], explain: new Explain(explain),
    scope: IncidentScope.none(), sources: [], actors: [],
    ...rest,
    company: typeof company === 'string' ? victim(company) : company,
  };
}
