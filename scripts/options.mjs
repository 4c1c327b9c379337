// What the scripts share: the project root and their `--name VALUE` options.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const args = process.argv.slice(2);

/** The value after `name`, or `fallback` when the option (or its value) is absent. */
export function option(name, fallback) {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
}

/** Every value given after `name` (`--input a --input b`). */
export const options = (name) => args.flatMap((arg, i) => (args[i - 1] === name ? [arg] : []));
