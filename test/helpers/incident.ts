// The incident step over an invented article (a headline and paragraphs), with the company step run first,
// as the extraction runs them: the incident batteries share it.
import { readDocument } from '../../src/read/index.js';
import { extractCompany } from '../../src/extract/company.js';
import { extractIncident } from '../../src/extract/incident.js';
import { stepContext } from './context.js';

export function incidentOf(headline: string, ...paragraphs: string[]) {
  const doc = readDocument([headline, ...paragraphs].join('\n\n') + '\n', { format: 'txt', published: '2024-05-10' });
  const ctx = stepContext('2024-05-10');
  ctx.company = extractCompany(doc, ctx);
  return extractIncident(doc, ctx);
}
