// `breach-extract -f html`: the run's records, written as NDJSON lines by the batch, are gathered here
// and drawn as one report page at the end (each incident record as an incident of one article).
import { mergeable, singleView } from '../merge/index.js';
import { parseRecords } from '../merge/cli.js';
import { renderHtml } from './html.js';

export class HtmlCollector {
  private text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
  render(): string {
    const { records } = parseRecords(this.text);
    const incidents = records.filter(mergeable).map(singleView);
    const skipped = records.filter((r) => !mergeable(r)).map((r) => ({ path: r.source.path, title: r.source.title }));
    return renderHtml(incidents, { title: 'breach-extract report', skipped });
  }
}
