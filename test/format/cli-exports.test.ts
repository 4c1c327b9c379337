// -f csv | veris | stix through main(), in-process: the CSV header once per run, a row per article,
// and the warning on stderr (not a line on stdout) for an article VERIS or STIX cannot take.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/format/csv.js';
import { main } from '../../src/main.js';
import { listFixtures } from '../helpers/fixtures.js';
import { fakeStdin, Sink } from '../helpers/streams.js';

const fixtures = listFixtures().filter((f) => f.format === 'txt').slice(0, 3).map((f) => f.path);

async function run(argv: string[], stdin?: string) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await main({ argv, stdout, stderr, env: {}, ...(stdin !== undefined ? { stdin: fakeStdin(Buffer.from(stdin), false) } : {}) });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('-f csv', () => {
  it('prints the header once, then one row per article', async () => {
    const { code, stdout, stderr } = await run(['-f', 'csv', '-q', ...fixtures]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(fixtures.length);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r['source.path'])).toEqual(fixtures);
    expect(stdout.split('\n').filter((l) => l.startsWith('source.path,'))).toHaveLength(1);
  });
});

describe('-f veris', () => {
  it('writes one line per incident, nothing for an article that reports none, and says so on stderr', async () => {
    const { code, stdout, stderr } = await run(['-f', 'veris', '--published', '2024-05-02', 'fixtures/northwind-clinic.txt', 'fixtures/survey-ransomware-costs.txt']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ schema_version: '1.4.0', reference: 'fixtures/northwind-clinic.txt' });
    expect(stderr).toMatch(/^breach-extract: fixtures\/survey-ransomware-costs\.txt: warning: not an incident: no VERIS incident written$/m);
  });
});

describe('-f stix', () => {
  it('writes one bundle per incident, and a warning for an article that reports none', async () => {
    const { code, stdout, stderr } = await run(['-f', 'stix', '--published', '2024-05-02', 'fixtures/northwind-clinic.txt', 'fixtures/survey-ransomware-costs.txt']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const bundle = JSON.parse(lines[0]!) as { type: string; objects: { type: string; published?: string }[] };
    expect(bundle.type).toBe('bundle');
    expect(bundle.objects.find((o) => o.type === 'report')?.published).toBe('2024-05-02T00:00:00.000Z');
    expect(stderr).toMatch(/^breach-extract: fixtures\/survey-ransomware-costs\.txt: warning: not an incident: no STIX bundle written$/m);
  });

  it('warns, and writes nothing, for an incident with no publication date', async () => {
    const article = 'Harbour Bank hit by cyberattack\n\nHarbour Bank said hackers broke into its network and stole the names and account numbers of its customers.\n';
    const { code, stdout, stderr } = await run(['-f', 'stix', '-'], article);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/warning: no STIX bundle written: .*\(pass --published\)$/m);
  });
});

describe('--error-records', () => {
  it('is refused with -f csv, veris and stix (its JSON lines would break them)', async () => {
    for (const format of ['csv', 'veris', 'stix']) {
      const { code, stdout, stderr } = await run(['-f', format, '--error-records', 'fixtures/northwind-clinic.txt']);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(new RegExp(`^breach-extract: --error-records writes JSON lines: use it with -f ndjson or json, not -f ${format}$`, 'm'));
    }
  });
});
