// Clearly-not-articles (JSON, source code, CSV) are read with a warning; articles never get it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTask } from '../../src/batch/task.js';
import { notArticleWarning } from '../../src/read/not-article.js';
import { FIXTURES_DIR } from '../helpers/fixtures.js';

describe('notArticleWarning', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['a JSON object', JSON.stringify({ title: 'Invented Ltd breach', text: 'Hackers stole 1,200 records from Invented Ltd.', tags: ['breach'] }, null, 2), /JSON data/],
    ['NDJSON lines', '{"id":1,"company":"Invented Ltd"}\n{"id":2,"company":"Madeup Corp"}\n', /JSON data/],
    ['Python', 'import os\n\ndef load(path):\n    with open(path) as f:\n        return f.read()\n\nclass Store:\n    pass\n\ndef main():\n    return load("x")', /source code/],
    ['TypeScript', "import { x } from './x.js';\n\nexport function f(a: number): number {\n  const b = a * 2;\n  return b;\n}\n\nlet y = f(2);\nconsole.log(y);", /source code/],
    ['a CSV table', 'date,company,records,type\n2023-01-02,Invented Ltd,1200,ransomware\n2023-02-03,Madeup Corp,450,phishing\n2023-03-04,Fictional plc,90,insider', /CSV/],
    ['a TSV table', 'date\tcompany\trecords\n2023-01-02\tInvented Ltd\t1200\n2023-02-03\tMadeup Corp\t450\n2023-03-04\tFictional plc\t90', /CSV/],
  ];
  for (const [name, text, want] of cases) it(`${name} → a warning`, () => expect(notArticleWarning(text)).toMatch(want));

  it('no fixture article gets it', () => {
    const flagged = readdirSync(FIXTURES_DIR)
      .filter((f) => /\.(?:txt|md|html)$/.test(f))
      .filter((f) => notArticleWarning(readFileSync(join(FIXTURES_DIR, f), 'utf8')) !== null);
    expect(flagged).toEqual([]);
  });

  it('a story quoting a little code or a list of figures is still an article', () => {
    const story = [
      'Invented Ltd says a leaked script exposed customer emails',
      '',
      'Invented Ltd said on Monday that a script left on a public server, which began with the line `const key = "abc";`, let outsiders read customer emails.',
      '',
      'The firm said 1,200, 340 and 56 customers were affected in three countries, respectively.',
      '',
      'It said it had told the regulator and was contacting everyone affected.',
    ].join('\n');
    expect(notArticleWarning(story)).toBeNull();
  });
});

describe('through a task', () => {
  it('the record of a JSON input carries the warning, and the input is still read', async () => {
    const out = await runTask({ seq: 0, kind: 'bytes', path: '-', bytes: Buffer.from('{"company": "Invented Ltd", "breach": "hackers stole customer data"}') }, { format: 'json', color: false, maxBytes: 1 << 20 });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.warnings.some((w) => w.includes('JSON data, not an article'))).toBe(true);
    expect(JSON.parse(out.output).warnings.some((w: string) => w.includes('JSON data'))).toBe(true);
  });
});
