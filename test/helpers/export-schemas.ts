// Validators for the exports, from the published schemas in ../shared/schemas (see its README):
// VERIS 1.4's merged schema (draft-04, via ajv-draft-04) and STIX 2.1's per-type schemas (draft 2020-12).
// `SCHEMAS_PRESENT` is false when ../shared is absent: the tests that need them skip then, and only then.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ROOT } from './fixtures.js';

// (a CommonJS package: under Node's ESM rules its default import is the module, whose `default` is the class)
const Ajv04 = ajvDraft04.default;

const SCHEMAS = join(ROOT, '..', 'shared', 'schemas');
const VERIS = join(SCHEMAS, 'veris-1.4', 'verisc-merged.json');
const STIX = join(SCHEMAS, 'stix-2.1', 'schemas');
export const SCHEMAS_PRESENT = existsSync(VERIS) && existsSync(STIX);

type Check = (value: unknown) => string[];

let veris: Check | undefined;
/** Problems of a VERIS incident against verisc-merged.json ([] when valid). */
export function verisProblems(incident: unknown): string[] {
  if (!veris) {
    // the merged schema uses one keyword of its own ("definition"): declared so strict mode can stay on
    const ajv = new Ajv04({ allErrors: true, strict: false });
    ajv.addKeyword('definition');
    const validate = ajv.compile(JSON.parse(readFileSync(VERIS, 'utf8')));
    veris = (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`));
  }
  return veris(incident);
}

let stix: Ajv2020 | undefined;
const stixIds = new Map<string, string>();
/** Problems of one STIX object against its own type's schema (sdos/<type>.json, sros/<type>.json…). */
export function stixProblems(object: { type?: unknown }): string[] {
  if (!stix) {
    stix = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
    // url-regex.json says format "uri": an absolute URI (RFC 3986), which WHATWG URL parsing approximates
    stix.addFormat('uri', (value: string) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value));
    for (const folder of readdirSync(STIX)) {
      for (const file of readdirSync(join(STIX, folder))) {
        if (!file.endsWith('.json')) continue;
        const schema = JSON.parse(readFileSync(join(STIX, folder, file), 'utf8')) as { $id: string };
        stix.addSchema(schema);
        stixIds.set(`${folder}/${file.slice(0, -5)}`, schema.$id);
      }
    }
  }
  const type = String(object.type);
  const key = ['sdos', 'sros', 'observables', 'common'].map((f) => `${f}/${type}`).find((k) => stixIds.has(k));
  if (!key) return [`no schema for type ${type}`];
  const validate = stix.getSchema(stixIds.get(key)!)!;
  return validate(object) ? [] : (validate.errors ?? []).map((e) => `${type} ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Problems of a bundle: its own shape and each object against its type. */
export function bundleProblems(bundle: { type?: unknown; id?: unknown; objects?: Array<{ type?: unknown; [key: string]: unknown }> }): string[] {
  const problems: string[] = [];
  if (bundle.type !== 'bundle') problems.push('not a bundle');
  if (typeof bundle.id !== 'string' || !/^bundle--[0-9a-f-]{36}$/.test(bundle.id)) problems.push(`bad bundle id ${String(bundle.id)}`);
  const objects = (bundle.objects ?? []) as Record<string, unknown>[];
  for (const object of objects) problems.push(...stixProblems(object));
  // within the bundle: ids unique, and every reference points at an object of the bundle
  const ids = new Set(objects.map((o) => o.id));
  if (ids.size !== objects.length) problems.push('duplicate ids');
  for (const object of objects) {
    for (const [name, value] of Object.entries(object)) {
      const refs = name.endsWith('_ref') ? [value] : name.endsWith('_refs') ? (value as unknown[]) : [];
      for (const ref of refs) if (!ids.has(ref)) problems.push(`${String(object.id)} ${name} → ${String(ref)}: not in the bundle`);
    }
  }
  return problems;
}
