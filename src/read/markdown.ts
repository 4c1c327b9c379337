// Markdown through unified + remark-parse, YAML front matter through remark-frontmatter and `yaml`
// (core schema, bounded aliases: front matter from a crawler is untrusted).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Nodes, Root } from 'mdast';
import { cutPiece, type BlockKind, type Piece, type RawBlock, type ReadResult } from '../document.js';
import { normalisePublished } from './published.js';
import { localeDateOrder } from './locale.js';
import { ENDS_SENTENCE, readText, startsOwnLine, WRAP_MIN, wrapWidth } from './text.js';
import { clearFurniture } from './furniture.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/** Markup characters in one paragraph, or container markers opening a line, beyond which micromark slows to a crawl. */
const MAX_MARKS_PER_BLOCK = 2_000;
const MAX_CONTAINER_DEPTH = 64;
/**
 * List items inside list items, and list items overall, beyond which micromark turns quadratic (a
 * two-level list of 40 KB took 67 s); news articles have a handful of list items, rarely nested.
 */
const MAX_NESTED_ITEMS = 200;
const MAX_LIST_ITEMS = 5_000;
/**
 * Blocks (runs of non-blank lines) beyond which a text is no article's Markdown: micromark keeps every
 * event and mdast a positioned node per block, about 7 KB of heap per short block (1 MB of headings
 * and one-line paragraphs peaked at 850 MB, 3.8 times the same size of news); news has a few hundred.
 */
const MAX_BLOCKS = 5_000;
/** Leading spaces beyond which a line is no article's Markdown (deeper than the container depth allows). */
const MAX_INDENT = 64;
/** Front matter beyond this is no article's metadata (the YAML parser slows on huge mappings): ignored. */
const MAX_FRONT_MATTER = 65_536;
const LIST_ITEM = /^[ \t]{0,64}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;
// list markers each followed by a space, or quote markers: a rule of 64 dashes is neither
// (one indentation in front, then marker + spaces: spaces never belong to two repetitions, so no backtracking)
const CONTAINER_RUN = /^[ \t]{0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]{1,7}){64}|^(?:[ \t]{0,3}>){64}/m;

/**
 * Text built to hurt the parser (thousands of emphasis markers or nested quotes and lists on one line)
 * is no article's Markdown: such input is read as plain text instead, with a warning.
 */
function pathological(source: string): boolean {
  if (CONTAINER_RUN.test(source)) return true;
  let nested = 0;
  let items = 0;
  let deep = 0;
  let blocks = 0;
  let previousBlank = true;
  /** Markup characters in the current run of non-blank lines (a paragraph's inline content). */
  let marks = 0;
  for (let start = 0; start < source.length;) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    let blank = true;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      // * _ [ ] ` < >
      if (c === 42 || c === 95 || c === 91 || c === 93 || c === 96 || c === 60 || c === 62) marks++;
      if (blank && c !== 32 && c !== 9 && c !== 13) blank = false;
    }
    if (blank) marks = 0;
    else if (marks > MAX_MARKS_PER_BLOCK) return true;
    // a line indented deeper than any nesting an article has (a staircase of list items): micromark's
    // cost grows faster than the text with such lines
    let indent = 0;
    while (start + indent < end && (source.charCodeAt(start + indent) === 32 || source.charCodeAt(start + indent) === 9)) indent++;
    if (indent > MAX_INDENT && start + indent < end && ++deep > MAX_NESTED_ITEMS) return true;
    // a block begins after a blank line, and every ATX heading line is one
    if (!blank && (previousBlank || (indent <= 3 && source.charCodeAt(start + indent) === 35)) && ++blocks > MAX_BLOCKS) return true;
    previousBlank = blank;
    const first = source.charCodeAt(start);
    // a list marker, possibly indented (indented by two or more: nested in another item)
    if (first === 32 || first === 9 || first === 42 || first === 43 || first === 45 || (first >= 48 && first <= 57)) {
      const line = source.slice(start, Math.min(end, start + 80));
      if (LIST_ITEM.test(line)) {
        if (++items > MAX_LIST_ITEMS) return true;
        if (/^(?: {2}|\t)/.test(line) && ++nested > MAX_NESTED_ITEMS) return true;
      }
    }
    start = end + 1;
  }
  return false;
}

export function readMarkdown(source: string): ReadResult {
  // the width a wire copy is hard-wrapped at (0: lines are paragraphs), read once and only when a paragraph has line breaks
  let wrap: number | undefined;
  const width = () => (wrap ??= wrapWidth(source));
  if (pathological(source)) {
    const text = readText(source);
    text.warnings.push(`Markdown nested or marked up beyond ${MAX_CONTAINER_DEPTH} levels, ${MAX_MARKS_PER_BLOCK} marks a paragraph or ${MAX_NESTED_ITEMS} nested (${MAX_LIST_ITEMS} in all) list items or lines indented past ${MAX_INDENT} columns, or more than ${MAX_BLOCKS} blocks: read as plain text`);
    return { ...text, format: 'md' };
  }
  const tree = plainTree(source) ?? (processor.parse(source) as Root);
  let blocks: RawBlock[] = [];
  const warnings: string[] = [];
  let meta: Record<string, unknown> = {};

  const inline = (node: Nodes, pieces: Piece[]) => {
    switch (node.type) {
      case 'text':
      case 'inlineCode': {
        const p = node.position;
        if (p?.start.offset !== undefined && p.end.offset !== undefined) pieces.push({ value: node.value, start: p.start.offset, end: p.end.offset });
        return;
      }
      case 'break': {
        const at = node.position?.start.offset ?? 0;
        pieces.push({ value: ' ', start: at, end: at });
        return;
      }
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) inline(child, pieces);
    }
  };

  const block = (node: Nodes, kind: BlockKind) => {
    switch (node.type) {
      case 'yaml': {
        if (node.value.length > MAX_FRONT_MATTER) warnings.push(`front matter larger than ${MAX_FRONT_MATTER} characters: ignored`);
        else meta = parseFrontMatter(node.value, warnings);
        return;
      }
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        const pieces: Piece[] = [];
        for (const child of node.children as Nodes[]) inline(child, pieces);
        const k: BlockKind = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'table-cell' : kind;
        for (const lines of splitAtLineBreaks(source, pieces, width())) blocks.push({ kind: k, pieces: lines, depth: node.type === 'heading' ? node.depth : undefined });
        return;
      }
      case 'blockquote':
        for (const child of node.children) block(child, 'quote');
        return;
      case 'listItem':
        for (const child of node.children) block(child, 'list-item');
        return;
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
      case 'footnoteDefinition':
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) block(child, kind);
    }
  };
  block(tree, 'paragraph');

  // scraped articles often repeat the title as their first line: that line is the headline
  const titleText = typeof meta.title === 'string' ? squash(meta.title) : null;
  const first = blocks[0];
  if (first && titleText && squash(first.pieces.map((p) => p.value).join('')) === titleText) first.kind = 'heading';

  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  // pages converted to Markdown keep their furniture lines (bylines, credits, "Story continues below advertisement")
  // the page's language and address: hints of its date order ("date: 03/04/2021" on a .co.uk page)
  const lang = str(meta.lang) ?? str(meta.language) ?? str(meta.locale);
  const url = str(meta.url) ?? str(meta.link) ?? str(meta.canonical);
  const cleared = clearFurniture(blocks, { lang, url });
  blocks = cleared.blocks;
  const fromMeta = normalisePublished(meta.date ?? meta.published ?? meta.datePublished ?? meta.pubDate, localeDateOrder(lang, url)?.order ?? null);
  const published = fromMeta ?? cleared.published;
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  const title = str(meta.title) ?? (firstHeading ? firstHeading.pieces.map((p) => p.value).join('').trim() || null : null);
  return {
    format: 'md', blocks, title, url, lang,
    published, publishedFrom: fromMeta ? 'front-matter' : published ? 'text' : null, warnings,
    site: [meta.site_name, meta.siteName, meta.site, meta.publisher].map(str).find((v) => v && v.length <= 80 && !v.includes('://')) ?? cleared.site,
  } as ReadResult;
}

/** Characters that may open an inline construct (escape, code, emphasis, link, autolink or HTML), or a NUL or CR. */
const INLINE_MARK = /[\\`*_[\]<>\0\r]/;
/** Something shaped like a character reference ("&amp;", "&#38;"): micromark may decode it. */
const CHARACTER_REFERENCE = /&(?:#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z][A-Za-z0-9]*;)/;
/** A first character that may open a block other than a paragraph or an ATX heading, or indentation. */
const BLOCK_OPENER = /^(?:[ \t\-+*=_~|>#]|\d{1,9}[.)](?:[ \t]|$))/;
const ATX = /^(#{1,6}) +(?=[^ ])/;
const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/**
 * The tree remark would build, for Markdown that has nothing to parse: YAML front matter, then only ATX
 * headings and paragraphs of plain text (no inline mark, no character reference, no indentation, no
 * trailing spaces, no line that could open a list, quote, code block, rule or setext underline). Most
 * converted news is exactly that, and micromark's general machinery was ~6% of extraction CPU on the
 * dev corpus. Null when the text needs the real parser. Only the node fields the reader uses are
 * set: types, heading depths, values and start/end offsets.
 */
export function plainTree(source: string): Root | null {
  // micromark drops a byte order mark and counts offsets after it
  if (source.charCodeAt(0) === 0xfeff) return null;
  const children: Root['children'] = [];
  let at = 0;
  const fm = FRONT_MATTER.exec(source);
  if (fm) {
    // a fence line with trailing blanks also closes front matter in micromark: leave such text to it
    if (/^---[ \t]*$/m.test(fm[1]!) || fm[1]!.includes('\r')) return null;
    children.push({ type: 'yaml', value: fm[1]! });
    at = fm[0].length;
  } else if (source.startsWith('---')) return null;
  const body = at === 0 ? source : source.slice(at);
  if (INLINE_MARK.test(body) || CHARACTER_REFERENCE.test(body)) return null;
  const text = (value: string, start: number, end: number) => ({ type: 'text' as const, value, position: { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } } });
  let paragraph: { start: number; end: number; lines: string[] } | null = null;
  const close = () => {
    if (paragraph) children.push({ type: 'paragraph', children: [text(paragraph.lines.join('\n'), paragraph.start, paragraph.end)] });
    paragraph = null;
  };
  while (at <= source.length) {
    let end = source.indexOf('\n', at);
    if (end < 0) end = source.length;
    const line = source.slice(at, end);
    if (/^[ \t]*$/.test(line)) {
      close();
    } else {
      // no trailing blank (a hard break, or blanks micromark trims), no tab anywhere
      if (/[ \t]$/.test(line) || line.includes('\t')) return null;
      if (BLOCK_OPENER.test(line)) {
        const atx = ATX.exec(line);
        // a heading without a closing sequence of #s; anything else that opens on # is left to micromark
        if (!atx || line.endsWith('#')) return null;
        close();
        const from = at + atx[0].length;
        children.push({ type: 'heading', depth: atx[1]!.length as 1 | 2 | 3 | 4 | 5 | 6, children: [text(source.slice(from, end), from, end)] });
      } else if (paragraph) {
        paragraph.lines.push(line);
        paragraph.end = end;
      } else {
        paragraph = { start: at, end, lines: [line] };
      }
    }
    at = end + 1;
  }
  close();
  return { type: 'root', children };
}

function parseFrontMatter(value: string, warnings: string[]): Record<string, unknown> {
  try {
    // logLevel 'error': unknown tags (`!!python/object`) stay strings without a process warning on stderr
    const data = parseYaml(value, { schema: 'core', maxAliasCount: 50, uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
    if (data && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
    warnings.push('front matter is not a mapping: ignored');
  } catch (error) {
    warnings.push(`front matter could not be parsed (${(error as Error).message.split('\n')[0]}): ignored`);
  }
  return {};
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Markdown joins the lines of a paragraph, but articles converted from web pages put a headline, a
 * caption and a credit on consecutive lines: split a paragraph at line breaks that end such lines.
 */
function splitAtLineBreaks(source: string, pieces: Piece[], width: number): Piece[][] {
  const out: Piece[][] = [[]];
  let line = '';
  for (const whole of pieces) {
    // the part of the piece not yet placed; cut with cutPiece, as the value and its source need not
    // have the same length (paragraph lines lose their indentation and trailing spaces)
    let piece = whole;
    for (let nl = piece.value.indexOf('\n'); nl >= 0; nl = piece.value.indexOf('\n', nl + 1)) {
      const nextEnd = piece.value.indexOf('\n', nl + 1);
      const next = piece.value.slice(nl + 1, nextEnd < 0 ? piece.value.length : nextEnd);
      if (endsOwnLine(line, piece.value, nl, width) || startsOwnLine(next)) {
        const [head, tail] = cutPiece(source, piece, nl);
        if (head.value) out[out.length - 1]!.push(head);
        out.push([]);
        line = '';
        piece = cutPiece(source, tail, 1)[1];
        nl = -1;
      }
    }
    if (piece.value) out[out.length - 1]!.push(piece);
    line += piece.value.slice(piece.value.lastIndexOf('\n') + 1);
  }
  return out.filter((p) => p.length > 0);
}

/** Beyond this, a run of lines is judged by its ends alone (a 1 MB paragraph must not be trimmed per line). */
const RUN_LOOK = 1000;

/**
 * The run of text since the last split (`carried` from earlier pieces, then `value` up to `at`) ends a
 * line of its own: short, ending a sentence, or a dateline or byline. Reads at most RUN_LOOK
 * characters from each end, so a paragraph of a million characters costs no more per line than a short one.
 */
function endsOwnLine(carried: string, value: string, at: number, width = 0): boolean {
  const length = carried.length + at;
  if (length <= RUN_LOOK) {
    const trimmed = (carried + value.slice(0, at)).trim();
    // a wire copy hard-wrapped at a fixed width: a full line that does not end a sentence runs on, however short the width
    if (width > 0 && trimmed.length >= width - 16 && !ENDS_SENTENCE.test(trimmed) && !startsOwnLine(trimmed)) return false;
    return trimmed.length < WRAP_MIN || ENDS_SENTENCE.test(trimmed) || startsOwnLine(trimmed);
  }
  const end = (at >= RUN_LOOK ? value.slice(at - RUN_LOOK, at) : carried.slice(-(RUN_LOOK - at)) + value.slice(0, at)).trimEnd();
  // a run this long is no short line and no byline (startsOwnLine reads 160 characters at most)
  return ENDS_SENTENCE.test(end);
}
