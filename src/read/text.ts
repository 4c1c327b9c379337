// Plain text (the dateline is read for every format in ./index.ts): blank lines separate blocks; a short line on its own is a block of its own (headlines,
// captions, bylines), while long lines that do not end a sentence are hard-wrapped prose and join.
import type { RawBlock, ReadResult } from '../document.js';
import { clearFurniture, outletName, readByline } from './furniture.js';
import { datelineDate } from './published.js';

/** A line at least this long that does not end a sentence is hard-wrapped prose (shared with Markdown). */
export const WRAP_MIN = 60;
export const ENDS_SENTENCE = /[.!?:;"”’)]\s*$/;

/** A labelled date line: "Published: 3 March 2023", "Updated: 09:15, 4 May 2022", "Posted:" (empty). */
const DATE_LABEL = /^(?:published|posted|updated|last\supdated|first\spublished|date)\s{0,3}:/i;

/** A list item drawn with a bullet glyph ("• Home address", "▪ the server was isolated"), as page captures
 *  render lists: each item is a line of its own, never run on into the next (not "·", which joins byline parts). */
const BULLET = /^[•●▪■◦‣►➤]\s/u;

/**
 * A line that is a dateline, a byline or a bullet item ("Published: 3 March 2023", "By Jane Roe | Outlet", "March 3,
 * 2021 — 10:42") is a block of its own: a headline long enough to look like hard-wrapped prose does
 * not run on into it, nor does it run on into the first paragraph. "Updated An attacker …" (a label glued to prose) is no such line.
 */
export function startsOwnLine(line: string): boolean {
  const s = line.trim();
  if (BULLET.test(s)) return true;
  if (!s || s.length > 160) return false;
  return DATE_LABEL.test(s) || datelineDate(s) !== null || readByline(s) !== null;
}

export function readText(source: string): ReadResult {
  const blocks: RawBlock[] = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let current: RawBlock | null = null;
  let previousWraps = false;
  const width = wrapWidth(source);
  for (let m = lineRe.exec(source); m && m[0].length > 0; m = lineRe.exec(source)) {
    const raw = m[0].replace(/(?<![\r\n])[\r\n]+$/, '');
    const start = m.index;
    const trimmed = raw.trim();
    if (!trimmed) {
      current = null;
      previousWraps = false;
      continue;
    }
    const piece = { value: raw, start, end: start + raw.length };
    if (current && previousWraps && !startsOwnLine(trimmed)) current.pieces.push({ value: ' ', start, end: start }, piece);
    else {
      current = { kind: 'paragraph', pieces: [piece] };
      blocks.push(current);
    }
    // hard-wrapped at a fixed width (a crawler's or an e-mail's copy), a full line continues its paragraph
    // even when it ends a sentence; a short one ends it
    previousWraps = !startsOwnLine(trimmed) && (trimmed.length >= WRAP_MIN && !ENDS_SENTENCE.test(trimmed) || (width > 0 && raw.length >= width - 16));
  }
  const cleared = clearFurniture(blocks);
  const kept = cleared.blocks;
  // a masthead above the headline (the site's name, a short section label) goes: the headline is the
  // first of the top lines that reads like one (four words or more, no full stop, not a byline or dateline)
  const top = Math.min(kept.length, 4);
  let headline = 0;
  for (let i = 0; i < top; i++) {
    const t = textOf(kept[i]!);
    if (isHeadline(t) && t.split(' ').length >= 4) {
      headline = i;
      break;
    }
  }
  if (headline > 0 && headline <= 2 && kept.slice(0, headline).every((b) => textOf(b).split(' ').length <= 3 && outletName(textOf(b)))) kept.splice(0, headline);
  const first = kept[0];
  const firstText = first ? textOf(first) : '';
  const title = first && isHeadline(firstText) ? firstText : null;
  if (first && title) first.kind = 'heading';

  const published = cleared.published;
  // a headline saved from the page's <title> carries the site's name: "Headline | Outlet"
  const suffix = title ? / [|–—-] ([^|–—-]{2,40})$/.exec(title)?.[1] : undefined;
  const site = cleared.site ?? (suffix ? outletName(suffix) : null);
  // the headline without the site's name
  const headlineTitle = title && suffix && site && suffix.trim().toLowerCase() === site.toLowerCase() ? title.slice(0, title.length - suffix.length - 3).trim() || title : title;
  return { format: 'txt', blocks: kept, title: headlineTitle, url: cleared.url, published, publishedFrom: published ? 'text' : null, warnings: [], site } as ReadResult;
}

const textOf = (b: RawBlock) => b.pieces.map((p) => p.value).join('').replace(/\s+/g, ' ').trim();
// a headline cut short by the page ("Businesses hit by more payroll fraud as …") still ends in its ellipsis
const isHeadline = (t: string) => t.length > 0 && t.length <= 200 && (!/[.]$/.test(t) || /\w\s?(?:\.{3}|…)$/.test(t)) && !readByline(t) && !datelineDate(t);

/** Lines sampled to tell a hard-wrapped text. */
const WRAP_SAMPLE = 400;

/**
 * The width a text is hard-wrapped at (its paragraphs run over several lines, none longer than about
 * 100 characters, most ending near the same column), or 0 when its lines are paragraphs of their own.
 */
export function wrapWidth(source: string): number {
  const lines = source.slice(0, 200_000).split(/\r\n|\r|\n/, WRAP_SAMPLE);
  let nonBlank = 0;
  let continued = 0;
  let longest = 0;
  const lengths: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const n = lines[i]!.trimEnd().length;
    if (!n) continue;
    nonBlank++;
    lengths.push(n);
    longest = Math.max(longest, n);
    if (n >= 50 && (lines[i + 1]?.trim().length ?? 0) > 0) continued++;
  }
  if (continued < 5 || continued < 0.25 * nonBlank || longest > 110) return 0;
  lengths.sort((x, y) => x - y);
  return lengths[Math.floor(lengths.length * 0.9)]!;
}
