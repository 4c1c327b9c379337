// A readable card for a terminal. Text from the article is neutralised first: an article must not be
// able to move the cursor, clear the screen, set a title or plant a link in the user's terminal.
// The card fits the terminal's width (long lines wrap at words under their label), lists the dates in
// time order, and draws them on one timeline scaled from the earliest date to publication. With
// NO_COLOR or a dumb terminal (options.ascii) it uses ASCII only.
import { Chalk, type ChalkInstance } from 'chalk';
import { isoDay, span, type Span } from '../merge/time.js';
import type { DateRole, IncidentRecord } from '../record.js';
import type { FormatOptions } from './index.js';

// ESC/CSI/OSC/DCS sequences, then any remaining C0/C1 control character (tab and newline aside).
const ESCAPE_SEQUENCE = /\u001b\[[0-?]{0,32}[ -/]{0,8}[@-~]|\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)?|\u001b[P^_X][^\u001b]{0,4096}(?:\u001b\\)?|\u001b[@-_]?|\u009b[0-?]{0,32}[ -/]{0,8}[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Remove terminal control sequences and control characters from text that came from an article. */
export function neutralise(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '').replace(/[\t\n\r]+/g, ' ');
}

/** Width of the label column. */
const LABEL = 11;
export const DEFAULT_WIDTH = 80;
const MIN_WIDTH = 40;

/** 1234567 → '1,234,567'. */
export const thousands = (n: number): string => n.toLocaleString('en-US');

// ---- dates as day spans ---------------------------------------------------------------------------

type DaySpan = Pick<Span, 'from' | 'to'>;
const daySpan = (iso: string | null | undefined): DaySpan | null => span(iso);

const ROLE_ORDER: Record<DateRole, number> = { 'breach-start': 0, 'breach-end': 1, discovered: 2, disclosed: 3, other: 4 };

// ---- the timeline ---------------------------------------------------------------------------------

export interface TimelineOptions {
  /** Columns for the whole timeline block (label column excluded). */
  width: number;
  ascii: boolean;
  color: boolean;
}

interface Mark { key: string; label: string; span: DaySpan; value: string }

const GLYPHS = {
  unicode: { rule: '─', breach: '━', fuzzy: '░', from: '├', to: '┤', arrowL: '◀', arrowR: '▶', sep: '·', dash: '–' },
  ascii: { rule: '-', breach: '=', fuzzy: '~', from: '|', to: '|', arrowL: '<', arrowR: '>', sep: '|', dash: '-' },
};

/**
 * The record's dates on one line: breach start (S) and end (E), discovered (D), disclosed (N) and
 * published (P), scaled from the earliest to publication (or the latest date). The time in the network
 * is drawn as a bar; a date known only to the month or year is a shaded stretch. Below: the scale's ends,
 * a legend, and the gaps (days in the network, days to disclose). [] when fewer than two points.
 */
export function timeline(record: IncidentRecord, options: TimelineOptions): string[] {
  const g = options.ascii ? GLYPHS.ascii : GLYPHS.unicode;
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const first = (role: DateRole): Mark | null => {
    // the role's most precise date (a finer date refines a coarser one), the earliest of equals
    const candidates = record.dates.filter((d) => d.role === role && daySpan(d.value))
      .map((d) => ({ value: d.value!, span: daySpan(d.value)! }))
      .sort((a, b) => (a.span.to - a.span.from) - (b.span.to - b.span.from) || a.span.from - b.span.from);
    const x = candidates[0];
    if (!x) return null;
    return { key: ROLE_KEY[role], label: ROLE_LABEL[role], span: x.span, value: x.value };
  };
  const marks = (['breach-start', 'breach-end', 'discovered', 'disclosed'] as const).map(first).filter((m): m is Mark => m !== null);
  const pub = daySpan(record.source.published);
  if (pub && record.source.published) marks.push({ key: 'P', label: 'published', span: pub, value: record.source.published });
  if (marks.length < 2 && !(marks.length === 1 && marks[0]!.span.to > marks[0]!.span.from)) return [];

  const t0 = Math.min(...marks.map((m) => m.span.from));
  const t1 = Math.max(...marks.map((m) => m.span.to));
  const width = Math.max(10, options.width);
  const x = (day: number) => (t1 === t0 ? 0 : Math.round(((day - t0) / (t1 - t0)) * (width - 1)));
  const cells: { ch: string; style: (s: string) => string }[] = Array.from({ length: width }, () => ({ ch: g.rule, style: c.dim }));
  const fill = (a: number, b: number, ch: string, style: (s: string) => string) => {
    for (let i = Math.max(0, a); i <= Math.min(width - 1, b); i++) cells[i] = { ch, style };
  };
  const get = (k: string) => marks.find((m) => m.key === k);
  const start = get('S');
  const end = get('E') ?? get('D');
  // in the network: from the start's end to the end's start solid, the uncertain stretches shaded
  if (start && end && end.span.to >= start.span.from) {
    fill(x(start.span.to), x(end.span.from), g.breach, c.red);
  }
  for (const m of marks) if (m.span.to > m.span.from) fill(x(m.span.from), x(m.span.to), g.fuzzy, m.key === 'P' ? c.cyan : c.red);
  // markers at the middle of their span, in time order; markers that would share a column are pushed
  // apart (right, then back left at the end of the line) so their order stays readable
  const ordered = [...marks].sort((a, b) => a.span.from - b.span.from || MARK_ORDER.indexOf(a.key) - MARK_ORDER.indexOf(b.key));
  const pos = ordered.map((m) => x(Math.round((m.span.from + m.span.to) / 2)));
  for (let i = 1; i < pos.length; i++) pos[i] = Math.max(pos[i]!, pos[i - 1]! + 1);
  for (let i = pos.length - 1; i >= 0; i--) pos[i] = Math.max(0, Math.min(pos[i]!, width - (pos.length - i)));
  ordered.forEach((m, i) => (cells[pos[i]!] = { ch: m.key, style: m.key === 'P' ? c.bold.cyan : c.bold.yellow }));
  const bar = cells.map((cell) => cell.style(cell.ch)).join('');
  const lo = isoDay(t0);
  const hi = isoDay(t1);
  const ends = width >= lo.length + hi.length + 2 ? `${lo}${' '.repeat(width - lo.length - hi.length)}${hi}` : `${lo} ${g.arrowR} ${hi}`;
  const legend = [...marks].sort((a, b) => a.span.from - b.span.from || MARK_ORDER.indexOf(a.key) - MARK_ORDER.indexOf(b.key))
    .map((m) => `${c.bold(m.key)} ${m.label} ${m.value}`).join(` ${g.sep} `);
  const gaps: string[] = [];
  const network = networkDays(record, start, end, g.dash);
  if (network) gaps.push(`${network} in the network${start && end ? ` (S${g.arrowR}${end.key})` : ''}`);
  const found = get('D');
  const told = get('N');
  if (found && told && told.span.to >= found.span.from) gaps.push(`${range(Math.max(0, told.span.from - found.span.to), told.span.to - found.span.from, g.dash)} to disclose (D${g.arrowR}N)`);
  const last = told ?? found;
  if (last && pub && pub.to > last.span.to && last !== get('P')) gaps.push(`${range(Math.max(0, pub.from - last.span.to), pub.to - last.span.from, g.dash)} to publication (${last.key}${g.arrowR}P)`);
  return [bar, c.dim(ends), legend, ...(gaps.length ? [gaps.join(` ${g.sep} `)] : [])];
}

const ROLE_KEY: Record<DateRole, string> = { 'breach-start': 'S', 'breach-end': 'E', discovered: 'D', disclosed: 'N', other: 'o' };
const ROLE_LABEL: Record<DateRole, string> = { 'breach-start': 'breach start', 'breach-end': 'breach end', discovered: 'discovered', disclosed: 'disclosed', other: 'other' };
const MARK_ORDER = ['S', 'E', 'D', 'N', 'P'];

function range(min: number, max: number, dash = '–'): string {
  return min === max ? `${thousands(min)} day${min === 1 ? '' : 's'}` : `${thousands(min)}${dash}${thousands(max)} days`;
}

/** Days in the network: the record's dwell when it has one, else from the breach start to its end (or discovery). */
function networkDays(record: IncidentRecord, start: Mark | undefined, end: Mark | undefined, dash: string): string | null {
  const dw = record.dwell;
  if (dw && (dw.days.min !== null || dw.days.max !== null)) {
    if (dw.days.min !== null && dw.days.max !== null) return range(dw.days.min, dw.days.max, dash);
    return dw.days.min !== null ? `${thousands(dw.days.min)}+ days` : `up to ${thousands(dw.days.max!)} days`;
  }
  if (start && end && end.span.to >= start.span.from) return range(Math.max(0, end.span.from - start.span.to), end.span.to - start.span.from, dash);
  return null;
}


// ---- wrapping -------------------------------------------------------------------------------------

const SGR = /\u001b\[[0-9;]*m/g;
const visible = (s: string): number => [...s.replace(SGR, '')].length;

/** Wrap a line at spaces to `width` visible columns; continuation lines get `indent` spaces. */
export function wrap(line: string, width: number, indent: number): string[] {
  if (visible(line) <= width) return [line];
  const words = line.split(' ');
  const out: string[] = [];
  let cur = '';
  for (const word of words) {
    const candidate = cur === '' ? word : `${cur} ${word}`;
    if (visible(candidate) <= width || visible(cur.trim()) === 0) {
      cur = candidate;
      continue;
    }
    out.push(cur);
    cur = `${' '.repeat(indent)}${word}`;
  }
  if (cur.trim()) out.push(cur);
  // a single word longer than the line is cut at the width
  return out.flatMap((l) => (visible(l) <= width || l.includes('\u001b[') ? [l] : chunk(l, width, indent)));
}

function chunk(line: string, width: number, indent: number): string[] {
  const chars = [...line];
  const out = [chars.slice(0, width).join('')];
  for (let i = width; i < chars.length; i += width - indent) out.push(`${' '.repeat(indent)}${chars.slice(i, i + width - indent).join('')}`);
  return out;
}

// ---- the card -------------------------------------------------------------------------------------

export function formatPretty(record: IncidentRecord, options: FormatOptions): string {
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const ascii = options.ascii ?? false;
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const q = ascii ? ['"', '"'] : ['“', '”'];
  const dash = ascii ? '-' : '—';
  const s = (x: string | null | undefined) => (x == null ? c.dim(dash) : neutralise(x));
  const quote = (x: string) => `${q[0]}${s(x)}${q[1]}`;
  // rows of [label, content]: content wraps within its column, continuation lines indented by 2
  const rows: [string, string][] = [];
  const src = record.source;
  const title = c.bold.underline(s(src.title ?? src.path));
  rows.push(['file', `${s(src.path)}${src.published ? c.dim(`  published ${src.published} (${src.publishedFrom})`) : ''}`]);
  if (src.url) rows.push(['url', `${s(src.url)}`]);
  rows.push(['incident', `${record.isIncident ? c.red('yes') : c.green('no')}${record.incidentTypes.length ? `  ${record.incidentTypes.join(', ')}` : ''}`]);
  const co = record.company;
  rows.push(['victim', `${co ? `${c.bold(s(co.name))}${co.country ? ` (${co.country})` : ''}${co.aliases.length ? c.dim(`  aka ${co.aliases.map(s).join(', ')}`) : ''}` : c.dim(dash)}`]);
  const attributed = (names: string[]) => (names.length ? c.dim(`  per ${names.map(s).join(', ')}`) : '');
  for (const [i, row] of timeline(record, { width: width - LABEL, ascii, color: options.color }).entries()) rows.push([i === 0 ? 'timeline' : '', `${row}`]);
  // dates in time order (by their first day, then by role); unresolved ones last
  const dates = record.dates.map((d, i) => ({ d, i, span: daySpan(d.value) }))
    .sort((a, b) => (a.span ? a.span.from : Infinity) - (b.span ? b.span.from : Infinity) || ROLE_ORDER[a.d.role] - ROLE_ORDER[b.d.role] || a.i - b.i);
  for (const [i, { d }] of dates.entries()) rows.push([i === 0 ? 'dates' : '', `${c.cyan(d.role.padEnd(13))}${s(d.value ?? '?')}  ${quote(d.text)}${attributed(d.attributedTo)}`]);
  const dw = record.dwell;
  const n = (x: number | null) => (x === null ? '?' : thousands(x));
  if (dw) rows.push(['dwell', `${dw.days.min === dw.days.max ? n(dw.days.min) : `${n(dw.days.min)}..${n(dw.days.max)}`} days (${dw.basis})${dw.text ? `  ${quote(dw.text)}` : ''}`]);
  for (const d of record.data) rows.push([d === record.data[0] ? 'data' : '', `${c.yellow(d.category)}${d.subject ? `/${s(d.subject)}` : ''}  ${d.status}  ${quote(d.text)}${attributed(d.attributedTo)}`]);
  const a = record.affected;
  if (a) rows.push(['affected', `${a.count === null ? '?' : thousands(a.count)} ${a.unit}${a.approximate ? ' (approximate)' : ''}  ${quote(a.text)}`]);
  for (const x of record.actors) rows.push([x === record.actors[0] ? 'actors' : '', `${s(x.name)} ${c.dim(`(${x.kind})`)}`]);
  for (const x of record.sources) rows.push([x === record.sources[0] ? 'sources' : '', `${s(x.name)} ${c.dim(`(${x.kind})`)}`]);
  for (const w of record.warnings) rows.push([w === record.warnings[0] ? 'warnings' : '', `${c.yellow(s(w))}`]);
  const out = [
    ...wrap(title, width, 2),
    ...rows.flatMap(([label, content]) => wrap(content, width - LABEL, 2).map((l, i) => `${i === 0 ? c.bold(label.padEnd(LABEL)) : ' '.repeat(LABEL)}${l}`)),
  ];
  const text = `${out.join('\n')}\n\n`;
  return ascii ? toAscii(text) : text;
}

/** Anything left outside ASCII (article text) is transliterated or replaced for a dumb terminal. */
function toAscii(text: string): string {
  return text
    .replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...')
    .replace(/£/g, 'GBP ').replace(/€/g, 'EUR ').replace(/¥/g, 'JPY ')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\u0000-\u007f]/g, '?');
}
