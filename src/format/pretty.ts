// A readable card for a terminal. Text from the article is neutralised first: an article must not be
// able to move the cursor, clear the screen, set a title or plant a link in the user's terminal.
import { Chalk } from 'chalk';
import type { IncidentRecord } from '../record.js';
import type { FormatOptions } from './index.js';

// ESC/CSI/OSC/DCS sequences, then any remaining C0/C1 control character (tab and newline aside).
const ESCAPE_SEQUENCE = /\u001b\[[0-?]{0,32}[ -/]{0,8}[@-~]|\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)?|\u001b[P^_X][^\u001b]{0,4096}(?:\u001b\\)?|\u001b[@-_]?|\u009b[0-?]{0,32}[ -/]{0,8}[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Remove terminal control sequences and control characters from text that came from an article. */
export function neutralise(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

export function formatPretty(record: IncidentRecord, options: FormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const s = (x: string | null | undefined) => (x == null ? c.dim('—') : neutralise(x));
  const lines: string[] = [];
  const head = (label: string) => c.bold(label.padEnd(11));
  const src = record.source;
  lines.push(c.bold.underline(s(src.title ?? src.path)));
  lines.push(`${head('file')}${s(src.path)}${src.published ? c.dim(`  published ${src.published} (${src.publishedFrom})`) : ''}`);
  if (src.url) lines.push(`${head('url')}${s(src.url)}`);
  lines.push(`${head('incident')}${record.isIncident ? c.red('yes') : c.green('no')}${record.incidentTypes.length ? `  ${record.incidentTypes.join(', ')}` : ''}`);
  const co = record.company;
  lines.push(`${head('victim')}${co ? `${c.bold(s(co.name))}${co.country ? ` (${co.country})` : ''}${co.aliases.length ? c.dim(`  aka ${co.aliases.map(s).join(', ')}`) : ''}` : c.dim('—')}`);
  const attributed = (names: string[]) => (names.length ? c.dim(`  per ${names.map(s).join(', ')}`) : '');
  for (const d of record.dates) lines.push(`${head(d === record.dates[0] ? 'dates' : '')}${c.cyan(d.role.padEnd(13))}${s(d.value ?? '?')}  “${s(d.text)}”${attributed(d.attributedTo)}`);
  const dw = record.dwell;
  if (dw) lines.push(`${head('dwell')}${dw.days.min ?? '?'}..${dw.days.max ?? '?'} days (${dw.basis})${dw.text ? `  “${s(dw.text)}”` : ''}`);
  for (const d of record.data) lines.push(`${head(d === record.data[0] ? 'data' : '')}${c.yellow(d.category)}${d.subject ? `/${s(d.subject)}` : ''}  ${d.status}  “${s(d.text)}”${attributed(d.attributedTo)}`);
  const a = record.affected;
  if (a) lines.push(`${head('affected')}${a.count ?? '?'} ${a.unit}  “${s(a.text)}”`);
  for (const x of record.actors) lines.push(`${head(x === record.actors[0] ? 'actors' : '')}${s(x.name)} ${c.dim(`(${x.kind})`)}`);
  for (const x of record.sources) lines.push(`${head(x === record.sources[0] ? 'sources' : '')}${s(x.name)} ${c.dim(`(${x.kind})`)}`);
  for (const w of record.warnings) lines.push(`${head(w === record.warnings[0] ? 'warnings' : '')}${c.yellow(s(w))}`);
  return `${lines.join('\n')}\n\n`;
}
