// What `--explain` must give: a rule id on every object value, on isIncident and on every type.
import type { IncidentRecord } from '../../src/record.js';

/** Every place in a record (made with explain on) that lacks its `why`, as "field[i]" strings. */
export function unexplained(record: IncidentRecord): string[] {
  const missing: string[] = [];
  const check = (where: string, value: { why?: { rule: string } } | null) => {
    if (value && !value.why?.rule) missing.push(where);
  };
  check('company', record.company);
  record.dates.forEach((d, i) => check(`dates[${i}]`, d));
  check('dwell', record.dwell);
  record.data.forEach((d, i) => check(`data[${i}]`, d));
  check('affected', record.affected);
  record.actors.forEach((a, i) => check(`actors[${i}]`, a));
  record.sources.forEach((s, i) => check(`sources[${i}]`, s));
  const ex = record.explain;
  if (!ex) return [...missing, 'explain'];
  if (!ex.isIncident?.rule || ex.isIncident.rule === 'incident.unexplained') missing.push('explain.isIncident');
  for (const t of record.incidentTypes) if (!ex.incidentTypes[t]?.rule) missing.push(`explain.incidentTypes.${t}`);
  return missing;
}
