// `breach-extract merge [FILE|-]…`: NDJSON records in (files or stdin), one merged incident per line out.
import { readFile } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { MainIO } from '../main.js';
import type { IncidentRecord } from '../record.js';
import { renderHtml } from '../format/html.js';
import { toStix } from '../format/stix.js';
import { toVeris } from '../format/veris.js';
import { DEFAULT_WINDOW_DAYS, mergeGroups } from './index.js';

const PROGRAM = 'breach-extract merge';
export const MERGE_FORMATS = ['ndjson', 'json', 'html', 'veris', 'stix'] as const;

const HELP_AFTER = `
Records about the same incident are merged when their victims' names match (case, accents, punctuation
and legal words such as Inc, Ltd, plc, AG, KK ignored; aliases, acronyms, a one-word short name and the
victim a headline names count) and they are near in time (published within 14 days, or within --window
days with a headline word or dates in common), unless their breach-start dates disagree by more than a
month. Records that are not about an incident are left out. The rules: README, "Merge".

Examples:
  breach-extract news/ | breach-extract merge > incidents.ndjson
  breach-extract merge records.ndjson more.ndjson -f json
  breach-extract merge records.ndjson -f html > report.html   (one self-contained page)
  breach-extract merge records.ndjson -f veris    (one VERIS incident per incident, a reference per article)
  breach-extract merge records.ndjson -f stix     (one STIX bundle per incident, a report per article)

Exit codes: 0 merged; 1 some input line was not a record (the others were merged); 2 usage error.`;

function days(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number of days.');
  return Number(value);
}

export async function mergeMain(io: MainIO, argv: string[]): Promise<number> {
  const { stdout, stderr } = io;
  let printed = '';
  const program = new Command('breach-extract merge')
    .description('Merge incident records (NDJSON from breach-extract) that tell the same incident into one merged incident per line.')
    .argument('[inputs...]', 'NDJSON files of records; "-" (or nothing, with a pipe) reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...MERGE_FORMATS]).default('ndjson'))
    .option('--window <days>', 'days two time anchors may lie apart in one incident', days, DEFAULT_WINDOW_DAYS)
    .option('-q, --quiet', 'no notes on stderr (errors still)', false)
    .option('--explain', 'add to each incident the rule that joined each article (joins)', false)
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', HELP_AFTER)
    .exitOverride()
    .configureOutput({ writeOut: (s) => (printed += s), writeErr: (s) => (printed += s), outputError: () => {} });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') {
        stdout.write(printed);
        return 0;
      }
      stderr.write(`${PROGRAM}: ${error.message.replace(/^error: /, '')}\nTry '${PROGRAM} --help' for usage.\n`);
      return 2;
    }
    throw error;
  }
  const o = program.opts<{ format: (typeof MERGE_FORMATS)[number]; window: number; quiet: boolean; explain: boolean }>();
  const operands = program.args.length ? program.args : io.stdin && !io.stdin.isTTY ? ['-'] : [];
  if (operands.length === 0) {
    stderr.write(`${PROGRAM}: no input: name NDJSON files of records, or "-" for stdin\nTry '${PROGRAM} --help' for usage.\n`);
    return 2;
  }
  let failed = false;
  const records: IncidentRecord[] = [];
  for (const operand of operands) {
    let text: string;
    try {
      text = operand === '-' ? await readAll(io.stdin) : await readFile(operand, 'utf8');
    } catch (error) {
      stderr.write(`${PROGRAM}: ${operand}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`);
      failed = true;
      continue;
    }
    const parsed = parseRecords(text);
    records.push(...parsed.records);
    for (const line of parsed.bad) {
      stderr.write(`${PROGRAM}: ${operand}:${line}: not an incident record (expected one JSON record per line)\n`);
      failed = true;
    }
  }
  const groups = mergeGroups(records, { windowDays: o.window, explain: o.explain });
  const incidents = groups.map((g) => g.incident);
  const placed = new Set(groups.flatMap((g) => g.records));
  if (!o.quiet) {
    const left = records.filter((r) => !placed.has(r)).length;
    stderr.write(`${PROGRAM}: ${records.length} record${records.length === 1 ? '' : 's'} → ${incidents.length} incident${incidents.length === 1 ? '' : 's'}${left ? ` (${left} not about an incident, left out)` : ''}\n`);
  }
  if (o.format === 'html') {
    const skipped = records.filter((r) => !placed.has(r)).map((r) => ({ path: r.source.path, title: r.source.title }));
    stdout.write(renderHtml(incidents, { title: 'breach-extract: merged incidents', skipped }));
  } else if (o.format === 'veris' || o.format === 'stix') {
    // one VERIS incident (a reference per article) / one STIX bundle (a report per article) per incident
    for (const g of groups) {
      const out = o.format === 'veris' ? toVeris(g.records) : toStix(g.records);
      if (out) stdout.write(`${JSON.stringify(out)}\n`);
      else if (!o.quiet) stderr.write(`${PROGRAM}: ${g.incident.id}: no ${o.format === 'veris' ? 'VERIS incident' : 'STIX bundle'} written: no date to place it in time\n`);
    }
  } else if (o.format === 'json') stdout.write(`${JSON.stringify(incidents, null, 2)}\n`);
  else for (const m of incidents) stdout.write(`${JSON.stringify(m)}\n`);
  return failed ? 1 : 0;
}

async function readAll(stdin: MainIO['stdin']): Promise<string> {
  if (!stdin) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const isRecord = (x: unknown): x is IncidentRecord =>
  !!x && typeof x === 'object' && typeof (x as IncidentRecord).source === 'object' && (x as IncidentRecord).source !== null
  && typeof (x as IncidentRecord).isIncident === 'boolean' && Array.isArray((x as IncidentRecord).dates);

/** NDJSON lines of records; a file that is one JSON record or an array of them (`-f json`) also reads. */
export function parseRecords(text: string): { records: IncidentRecord[]; bad: number[] } {
  const records: IncidentRecord[] = [];
  const bad: number[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const x: unknown = JSON.parse(line);
      if (isRecord(x)) records.push(x);
      else bad.push(i + 1);
    } catch {
      bad.push(i + 1);
    }
  });
  if (bad.length && text.trim()) {
    try {
      const whole: unknown = JSON.parse(text);
      const list = Array.isArray(whole) ? whole : [whole];
      if (list.every(isRecord)) return { records: list, bad: [] };
    } catch {
      // not one JSON value either: report the lines
    }
  }
  return { records, bad };
}
