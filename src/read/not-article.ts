// Inputs that are clearly not an article (JSON data, source code, a CSV table) are still read, but the
// record says so in a warning: otherwise a stray data file named on the command line, or piped in by
// mistake, would come out as an incident of whatever names its fields happen to hold.
import { firstRule, ruleTable, type TestRule } from '../rules.js';

/** Non-empty lines of the first part of the text (enough to judge its shape). */
function headLines(text: string): string[] {
  return text.slice(0, 20_000).split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '').slice(0, 40);
}

/** The whole text parses as one JSON object or array (or a run of NDJSON objects). */
function isJson(text: string): boolean {
  const t = text.trim();
  if (!/^[[{]/.test(t) || !/[\]}]$/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    const lines = headLines(t);
    return lines.length >= 2 && lines.every((l) => {
      try {
        return typeof JSON.parse(l) === 'object';
      } catch {
        return false;
      }
    });
  }
}

/** At least four lines, most of them with the same number (two or more) of one delimiter as the first. */
function isDelimitedTable(text: string): boolean {
  const lines = headLines(text);
  if (lines.length < 4) return false;
  for (const delimiter of [',', '\t', ';']) {
    const count = (l: string) => l.split(delimiter).length - 1;
    const width = count(lines[0]!);
    if (width < 2) continue;
    if (lines.filter((l) => count(l) === width).length >= lines.length * 0.8) return true;
  }
  return false;
}

/** A line shaped like program code: ends in ; { } or opens with a declaration keyword. */
const CODE_LINE = /(?:[;{}]|\)\s*:|=>)$|^(?:import\s|export\s|from\s\S+\simport|def\s|class\s|function\s|const\s|let\s|var\s|return\b|#include|package\s|public\s|private\s|fn\s|func\s|if\s*\(|for\s*\(|while\s*\()/;

/** Half or more of at least five lines look like code. */
function isSourceCode(text: string): boolean {
  const lines = headLines(text);
  return lines.length >= 5 && lines.filter((l) => CODE_LINE.test(l)).length >= lines.length * 0.5;
}

export const NOT_ARTICLE = ruleTable<TestRule>('read', 'whether an input is clearly not an article', [
  {
    id: 'json-data',
    test: isJson,
    example: '{"name": "Invented Ltd", "breached": true, "records": 1200}',
    counterexample: 'Invented Ltd said {"records": 1200} was a typo in its notice to customers.',
    reason: 'a text that parses as JSON is data, not a story: its field values are not sentences',
  },
  {
    id: 'source-code',
    test: isSourceCode,
    example: "import fs from 'fs';\nconst rows = [];\nfunction load(path) {\n  return fs.readFileSync(path);\n}\nexport default load;",
    counterexample: 'Invented Ltd said its code was safe.\n\nThe firm said an intruder had read its source code.\n\nIt said {it would} report.\n\nCustomers were told.\n\nNo card data was taken.',
    reason: 'lines ending in ; { } or opening with declarations are program text, not prose',
  },
  {
    id: 'delimited-table',
    test: isDelimitedTable,
    example: 'id,company,records\n1,Invented Ltd,1200\n2,Madeup Corp,450\n3,Fictional plc,90',
    counterexample: 'Invented Ltd, a maker of toys, said hackers stole names, emails and phone numbers.\n\nThe firm said it had told police.\n\nIt has 400 staff.\n\nCustomers, it said, were safe.',
    reason: 'lines with the same number of delimiters are rows of a table (CSV, TSV), not paragraphs',
  },
]);

const WHAT: Record<string, string> = { 'json-data': 'JSON data', 'source-code': 'source code', 'delimited-table': 'a CSV or delimited table' };

/** A warning when the text is clearly not an article, else null. */
export function notArticleWarning(text: string): string | null {
  const rule = firstRule(NOT_ARTICLE, text);
  return rule ? `this looks like ${WHAT[rule.id]}, not an article (rule read.${rule.id}): read anyway, check the record` : null;
}
