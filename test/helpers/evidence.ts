// Evidence checks shared by the evidence and golden tests: collect every evidence object of a
// record, compute line/column independently of src/document.ts, and read the source at an offset
// with the markup (tags, entities, Markdown syntax) taken out.
import type { Evidence, IncidentRecord } from '../../src/record.js';

export interface Located {
  where: string;
  evidence: Evidence;
}

/** Every evidence object in a record, with a label saying where it sits. */
export function allEvidence(record: IncidentRecord): Located[] {
  const out: Located[] = [];
  record.company?.evidence.forEach((evidence, i) => out.push({ where: `company.evidence[${i}]`, evidence }));
  record.dates.forEach((d, i) => out.push({ where: `dates[${i}].evidence`, evidence: d.evidence }));
  record.data.forEach((d, i) => out.push({ where: `data[${i}].evidence`, evidence: d.evidence }));
  if (record.affected) out.push({ where: 'affected.evidence', evidence: record.affected.evidence });
  record.actors.forEach((a, i) => out.push({ where: `actors[${i}].evidence`, evidence: a.evidence }));
  record.sources.forEach((s, i) => s.evidence.forEach((evidence, j) => out.push({ where: `sources[${i}].evidence[${j}]`, evidence })));
  if (record.dwell?.evidence) out.push({ where: 'dwell.evidence', evidence: record.dwell.evidence });
  return out;
}

/** 1-based line and column of a UTF-16 offset; \r\n, \r and \n each end a line. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    const c = source[i];
    if (c === '\n' || (c === '\r' && source[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', middot: '·', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£',
  laquo: '«', raquo: '»', szlig: 'ß', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', eth: 'ð', thorn: 'þ',
};
const DIACRITIC: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', cedil: '\u0327', ring: '\u030a', caron: '\u030c',
};

/** Decode HTML character references (named ones common in news pages, accented letters, numeric). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    if (NAMED[name] !== undefined) return NAMED[name]!;
    const m = /^([a-z])(acute|grave|circ|tilde|uml|cedil|ring|caron)$/i.exec(name);
    if (m) return (m[1]! + DIACRITIC[m[2]!.toLowerCase()]!).normalize('NFC');
    return '';
  });
}

/** The source from `offset` on with markup removed, as the reader would have seen the words. */
export function plainFrom(source: string, offset: number, format: 'txt' | 'md' | 'html', span = 3000): string {
  let s = source.slice(offset, offset + span);
  if (format === 'html') {
    s = s.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' ');
    s = decodeEntities(s);
  } else if (format === 'md') {
    s = s
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images
      .replace(/\]\([^)]*\)/g, ' ') // link targets
      .replace(/<[^>]*>/g, ' ')
      .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
    s = decodeEntities(s);
  }
  return s;
}

/** The first `n` letters and digits of a string, case-folded: what the comparison looks at. */
export function wordChars(s: string, n = 20): string {
  return (s.normalize('NFC').match(/[\p{L}\p{N}]/gu) ?? []).slice(0, n).join('').toLowerCase();
}

/** Why an evidence object is wrong for this source, or null when it is right. */
export function checkEvidence(source: string, format: 'txt' | 'md' | 'html', e: Evidence): string | null {
  if (!Number.isInteger(e.offset) || e.offset < 0 || e.offset >= source.length) return `offset ${e.offset} outside the source (length ${source.length})`;
  if (!e.quote.trim()) return 'empty quote';
  const want = lineColumn(source, e.offset);
  if (want.line !== e.line || want.column !== e.column) return `line/column ${e.line}:${e.column} but offset ${e.offset} is at ${want.line}:${want.column}`;
  const quoteStart = wordChars(e.quote);
  const sourceStart = wordChars(plainFrom(source, e.offset, format, Math.max(3000, e.quote.length * 4)), quoteStart.length);
  if (quoteStart !== sourceStart) return `source at offset ${e.offset} reads ${JSON.stringify(sourceStart)}, quote begins ${JSON.stringify(quoteStart)}`;
  return null;
}
