// `-f html`: one self-contained HTML report for one record, a folder of articles or a merged stream.
// Inline CSS (allowed by its hash in a strict Content-Security-Policy), no script, nothing fetched, no
// link out of the file; every string that came from an article is escaped. Incidents are grouped by the
// month they were first reported, each month with its table (victim, country, types, count, dates,
// dwell, sources), then per incident a swimlane timeline drawn as hand-written SVG and the evidence
// quotes with their line and column. A thousand incidents stay readable: a month index on top, and
// the evidence folded under <details>.
import { createHash } from 'node:crypto';
import { isoDay, span, type Span } from '../merge/time.js';
import type { MergedIncident, Support } from '../merge/view.js';
import type { Evidence } from '../record.js';

export interface HtmlOptions {
  title?: string;
  /** Articles that are not about an incident (listed at the end, by path and title). */
  skipped?: { path: string; title: string | null }[];
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escape text for HTML/SVG content and attribute values; control characters go. */
export function esc(text: string | number | null | undefined): string {
  // eslint-disable-next-line no-control-regex
  return String(text ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[&<>"']/g, (ch) => ESC[ch]!);
}

const thousands = (n: number): string => n.toLocaleString('en-US');

const CSS = `
:root{color-scheme:light;--ink:#1d2330;--mute:#6a7282;--line:#d9dde5;--bg:#f7f8fa;--breach:#c0392b;--found:#d68910;--told:#1f6fb2;--pub:#117864}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff;margin:0;padding:24px 32px;max-width:1200px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:0 0 6px}
.sum{color:var(--mute);margin:0 0 12px}
nav.months{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0 16px}
nav.months a{font-size:12px;padding:2px 8px;border:1px solid var(--line);border-radius:10px;color:var(--ink);text-decoration:none;background:var(--bg)}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid var(--line)}
th{background:var(--bg);font-weight:600;position:sticky;top:0}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.dates{white-space:nowrap;font-variant-numeric:tabular-nums}
.tag{display:inline-block;font-size:11px;padding:0 6px;margin:1px 2px 1px 0;border-radius:8px;background:#eef1f6}
.warn{color:var(--breach);font-size:11px}
article.inc{border:1px solid var(--line);border-radius:6px;padding:12px 14px;margin:12px 0;background:#fff}
article.inc .meta{color:var(--mute);font-size:12px;margin-bottom:6px}
svg.lanes{display:block;width:100%;max-width:900px;height:auto;margin:6px 0}
svg text{font:11px system-ui,sans-serif;fill:#39414f}
details{margin:6px 0}summary{cursor:pointer;color:var(--mute);font-size:12px}
ol.ev{margin:6px 0;padding-left:20px;font-size:12px}
ol.ev li{margin:3px 0}
.loc{font-family:ui-monospace,Menlo,Consolas,monospace;color:var(--mute);font-size:11px}
q{quotes:"\\201C" "\\201D"}
ul.conf{margin:4px 0;padding-left:18px;font-size:12px;color:var(--breach)}
.none{color:var(--mute)}
`;

/** The report: incidents grouped by month of first publication, newest month first. */
export function renderHtml(incidents: MergedIncident[], options: HtmlOptions = {}): string {
  const title = options.title ?? 'breach-extract report';
  const hash = createHash('sha256').update(CSS).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; font-src 'none'; script-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'`;
  const months = new Map<string, MergedIncident[]>();
  for (const m of incidents) {
    const key = firstPublished(m)?.slice(0, 7) ?? 'undated';
    months.set(key, [...(months.get(key) ?? []), m]);
  }
  const order = [...months.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a < b ? 1 : a > b ? -1 : 0));
  const articleCount = incidents.reduce((n, m) => n + m.articles.length, 0);
  const skipped = options.skipped ?? [];
  let n = 0;
  const sections = order.map((month) => {
    const list = months.get(month)!;
    const ids = list.map(() => `i${++n}`);
    const rows = list.map((m, i) => tableRow(m, ids[i]!)).join('\n');
    const cards = list.map((m, i) => incidentCard(m, ids[i]!)).join('\n');
    return `<section id="m-${esc(month)}">
<h2>${esc(monthName(month))} <span class="sum">${list.length} incident${list.length === 1 ? '' : 's'}</span></h2>
<table>
<thead><tr><th>Victim</th><th>Country</th><th>Types</th><th>Count</th><th>Dates</th><th>Dwell</th><th>Sources</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${cards}
</section>`;
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p class="sum">${incidents.length} incident${incidents.length === 1 ? '' : 's'} from ${articleCount} article${articleCount === 1 ? '' : 's'}${skipped.length ? `; ${skipped.length} article${skipped.length === 1 ? '' : 's'} not about an incident` : ''}.</p>
${order.length > 1 ? `<nav class="months">${order.map((m) => `<a href="#m-${esc(m)}">${esc(monthName(m))} (${months.get(m)!.length})</a>`).join('')}</nav>` : ''}
${sections.join('\n')}
${skipped.length ? `<section id="skipped"><h2>Not about an incident</h2><details><summary>${skipped.length} article${skipped.length === 1 ? '' : 's'}</summary><ul>${skipped.map((s) => `<li><span class="loc">${esc(s.path)}</span> ${esc(s.title ?? '')}</li>`).join('')}</ul></details></section>` : ''}
</body>
</html>
`;
}

const firstPublished = (m: MergedIncident): string | null => m.articles.map((a) => a.published).filter((p): p is string => !!p).sort()[0] ?? null;

function monthName(key: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return 'Undated';
  return `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][+m[2]! - 1]} ${m[1]}`;
}

function dwellText(m: MergedIncident): string {
  const d = m.dwell.best;
  if (d && (d.days.min !== null || d.days.max !== null)) {
    if (d.days.min !== null && d.days.max !== null) return d.days.min === d.days.max ? `${thousands(d.days.min)} d` : `${thousands(d.days.min)}–${thousands(d.days.max)} d`;
    return d.days.min !== null ? `${thousands(d.days.min)}+ d` : `≤ ${thousands(d.days.max!)} d`;
  }
  return '';
}

function tableRow(m: MergedIncident, id: string): string {
  const a = m.affected.best;
  const count = a ? (a.count === null ? `<span class="none">${a.approximate ? 'vague' : '?'}</span>` : `${thousands(a.count)}${a.approximate ? '~' : ''}`) : '';
  const dates = (['breach-start', 'discovered', 'disclosed'] as const)
    .map((r) => (m.dates[r].best ? `${r === 'breach-start' ? 'start' : r} ${esc(m.dates[r].best)}` : ''))
    .filter(Boolean).join('<br>');
  const outlets = m.sources.best.filter((s) => s.kind === 'news-outlet').map((s) => s.name);
  const conflicted = m.conflicted.length ? `<div class="warn">conflicts: ${esc(m.conflicted.join(', '))}</div>` : '';
  return `<tr><td><a href="#${id}">${esc(m.victim.best ?? '?')}</a>${conflicted}</td><td>${esc(m.country.best ?? '')}</td>`
    + `<td>${m.incidentTypes.best.map((t) => `<span class="tag">${esc(t)}</span>`).join('')}</td><td class="num">${count}</td>`
    + `<td class="dates">${dates}</td><td class="num">${esc(dwellText(m))}</td>`
    + `<td>${m.articles.length} article${m.articles.length === 1 ? '' : 's'}${outlets.length ? `<br><span class="none">${esc(outlets.slice(0, 4).join(', '))}${outlets.length > 4 ? ', …' : ''}</span>` : ''}</td></tr>`;
}

function incidentCard(m: MergedIncident, id: string): string {
  const conflicts = (['victim', 'country', 'dwell', 'data', 'affected'] as const).flatMap((f) => m[f].conflicts.map((c) => `${f}: ${c.reason} (${c.values.map(show).join(' / ')})`))
    .concat((['breach-start', 'breach-end', 'discovered', 'disclosed'] as const).flatMap((r) => m.dates[r].conflicts.map((c) => `${r}: ${c.values.join(' / ')}`)));
  const data = m.data.best.map((d) => `<span class="tag">${esc(d.category)}${d.subject ? `/${esc(d.subject)}` : ''} · ${esc(d.status)}</span>`).join('');
  const actors = m.actors.best.map((x) => `<span class="tag">${esc(x.name)} (${esc(x.kind)})</span>`).join('');
  return `<article class="inc" id="${id}">
<h3>${esc(m.victim.best ?? '?')}${m.victim.aliases.length ? ` <span class="none">aka ${esc(m.victim.aliases.slice(0, 5).join(', '))}</span>` : ''}</h3>
<div class="meta">${esc(m.id)} · ${m.articles.length} article${m.articles.length === 1 ? '' : 's'}${data ? ` · data ${data}` : ''}${actors ? ` · actors ${actors}` : ''}</div>
${swimlanes(m)}
${conflicts.length ? `<ul class="conf">${conflicts.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>` : ''}
<details><summary>Articles (${m.articles.length})</summary><ol class="ev">${m.articles.map((a) => `<li>${esc(a.published ?? 'undated')} <span class="loc">${esc(a.path)}</span> ${esc(a.title ?? '')}${a.url ? ` <span class="loc">${esc(a.url)}</span>` : ''}</li>`).join('')}</ol></details>
${evidence(m)}
</article>`;
}

function show(v: unknown): string {
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('count' in o) return o.count === null ? '?' : thousands(o.count as number);
    if ('category' in o) return `${o.category}:${o.status}`;
    if ('days' in o) { const d = o.days as { min: number | null; max: number | null }; return `${d.min ?? '?'}–${d.max ?? '?'} d`; }
    return JSON.stringify(v);
  }
  return String(v);
}

/** Every quote behind the incident's values, by article and position, each with what it supports. */
function evidence(m: MergedIncident): string {
  const byPlace = new Map<string, { article: number; ev: Evidence; fields: Set<string> }>();
  const add = (field: string, supports: Support[]) => {
    for (const s of supports) for (const e of s.evidence) {
      const k = `${String(s.article).padStart(6, '0')}:${String(e.offset).padStart(12, '0')}`;
      const at = byPlace.get(k) ?? { article: s.article, ev: e, fields: new Set<string>() };
      at.fields.add(field);
      byPlace.set(k, at);
    }
  };
  for (const v of m.victim.values) add('victim', v.support);
  for (const r of ['breach-start', 'breach-end', 'discovered', 'disclosed', 'other'] as const) for (const v of m.dates[r].values) add(r, v.support);
  for (const v of m.dwell.values) add('dwell', v.support);
  for (const v of m.data.values) add(`data:${v.value.category}`, v.support);
  for (const v of m.affected.values) add('count', v.support);
  for (const v of m.actors.values) add('actor', v.support);
  for (const v of m.sources.values) add('source', v.support);
  const items = [...byPlace.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, x]) => x);
  if (!items.length) return '';
  return `<details><summary>Evidence (${items.length} quote${items.length === 1 ? '' : 's'})</summary><ol class="ev">${items.map((x) => `<li><span class="loc">${esc(m.articles[x.article]?.path ?? '?')}:${x.ev.line}:${x.ev.column}</span> ${[...x.fields].sort().map((f) => `<span class="tag">${esc(f)}</span>`).join('')} <q>${esc(x.ev.quote)}</q></li>`).join('')}</ol></details>`;
}

// ---- the swimlane timeline ------------------------------------------------------------------------

type DaySpan = Pick<Span, 'from' | 'to'>;
const daySpan = (iso: string | null | undefined): DaySpan | null => span(iso);

const LANES = [
  { key: 'breach', label: 'in the network', color: '#c0392b' },
  { key: 'discovered', label: 'discovered', color: '#d68910' },
  { key: 'disclosed', label: 'disclosed', color: '#1f6fb2' },
  { key: 'articles', label: 'articles', color: '#117864' },
] as const;

/**
 * One lane per stage: the time in the network (best breach start to best end, else discovery; a start
 * or end known only to the month or year is a paler stretch), every discovered and disclosed value
 * (the best one solid), and each article's publication. Scaled from the earliest date to the latest.
 */
export function swimlanes(m: MergedIncident): string {
  const W = 900;
  const LEFT = 110;
  const RIGHT = 16;
  const LANE = 26;
  const TOP = 8;
  const values = (role: 'breach-start' | 'breach-end' | 'discovered' | 'disclosed') => m.dates[role].values.map((v) => ({ value: v.value, span: daySpan(v.value), best: v.value === m.dates[role].best })).filter((v) => v.span);
  const start = daySpan(m.dates['breach-start'].best);
  const end = daySpan(m.dates['breach-end'].best) ?? daySpan(m.dates.discovered.best);
  const lanes: Record<string, { span: DaySpan; best: boolean; label: string }[]> = {
    breach: [],
    discovered: values('discovered').map((v) => ({ span: v.span!, best: v.best, label: v.value })),
    disclosed: values('disclosed').map((v) => ({ span: v.span!, best: v.best, label: v.value })),
    articles: m.articles.map((a) => ({ span: daySpan(a.published), best: true, label: a.published ?? '' })).filter((x): x is { span: DaySpan; best: boolean; label: string } => !!x.span),
  };
  if (start) lanes.breach!.push({ span: start, best: false, label: m.dates['breach-start'].best! });
  if (end && m.dates['breach-end'].best) lanes.breach!.push({ span: end, best: false, label: m.dates['breach-end'].best });
  const all = Object.values(lanes).flat().map((x) => x.span);
  if (!all.length) return '<p class="none">No dates in these articles: no timeline.</p>';
  const t0 = Math.min(...all.map((s) => s.from));
  const t1 = Math.max(...all.map((s) => s.to + 1));
  const x = (d: number) => LEFT + ((d - t0) / Math.max(1, t1 - t0)) * (W - LEFT - RIGHT);
  const H = TOP + LANES.length * LANE + 22;
  const parts: string[] = [];
  LANES.forEach((lane, i) => {
    const y = TOP + i * LANE;
    parts.push(`<text x="4" y="${y + 16}">${esc(lane.label)}</text><line x1="${LEFT}" y1="${y + 12}" x2="${W - RIGHT}" y2="${y + 12}" stroke="#e3e6ec" stroke-width="1"/>`);
    if (lane.key === 'breach') {
      if (start) {
        const solidFrom = start.to + 1;
        const solidTo = end && end.from >= start.from ? end.from : null;
        parts.push(rect(x(start.from), y + 5, x(start.to + 1) - x(start.from), 14, lane.color, 0.35, `breach start ${m.dates['breach-start'].best}`));
        if (solidTo !== null && solidTo > solidFrom) parts.push(rect(x(solidFrom), y + 5, x(solidTo) - x(solidFrom), 14, lane.color, 0.9, `in the network ${dwellText(m) || ''}`.trim()));
        if (end && end.from >= start.from) parts.push(rect(x(end.from), y + 5, x(end.to + 1) - x(end.from), 14, lane.color, 0.35, `end ${isoDay(end.from)}${end.to > end.from ? `..${isoDay(end.to)}` : ''}`));
        const dw = dwellText(m);
        if (dw) parts.push(`<text x="${(x(start.from) + x((end ?? start).to + 1)) / 2}" y="${y + 3}" text-anchor="middle">${esc(dw)}</text>`);
      } else {
        parts.push(`<text x="${LEFT + 4}" y="${y + 16}" fill="#8a93a3">no breach start given</text>`);
      }
      return;
    }
    for (const v of lanes[lane.key]!) {
      const w = x(v.span.to + 1) - x(v.span.from);
      if (v.span.to > v.span.from) parts.push(rect(x(v.span.from), y + 5, w, 14, lane.color, v.best ? 0.5 : 0.2, v.label));
      else parts.push(`<circle cx="${fx(x(v.span.from) + w / 2)}" cy="${y + 12}" r="${v.best ? 5 : 3.5}" fill="${lane.color}" fill-opacity="${v.best ? 1 : 0.45}"><title>${esc(v.label)}</title></circle>`);
    }
  });
  const yAxis = TOP + LANES.length * LANE + 14;
  parts.push(`<text x="${LEFT}" y="${yAxis}">${esc(isoDay(t0))}</text><text x="${W - RIGHT}" y="${yAxis}" text-anchor="end">${esc(isoDay(t1 - 1))}</text>`);
  const days = t1 - t0;
  parts.push(`<text x="${(LEFT + W - RIGHT) / 2}" y="${yAxis}" text-anchor="middle" fill="#8a93a3">${esc(`${thousands(days)} day${days === 1 ? '' : 's'}`)}</text>`);
  return `<svg class="lanes" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(`timeline of ${m.victim.best ?? 'the incident'}`)}">${parts.join('')}</svg>`;
}

const fx = (n: number): string => (Math.round(n * 10) / 10).toString();
function rect(x: number, y: number, w: number, h: number, color: string, opacity: number, title: string): string {
  return `<rect x="${fx(x)}" y="${y}" width="${fx(Math.max(2, w))}" height="${h}" rx="2" fill="${color}" fill-opacity="${opacity}"><title>${esc(title)}</title></rect>`;
}
