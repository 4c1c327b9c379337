// Command-line operands → the list of articles to read: files as given, folders walked recursively
// (sorted, hidden entries skipped, symlink loops safe), globs ('news/**/*.html') matched over the same
// walk, "-" for stdin.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import picomatch from 'picomatch';

export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export type Input =
  | { kind: 'file'; path: string }
  | { kind: 'stdin'; path: '-' }
  | { kind: 'error'; path: string; reason: string };

export interface ExpandOptions {
  extensions?: string[];
  onSkip?: (path: string) => void;
}

/** Expand operands in order; a folder contributes its articles sorted by path. */
export async function expandInputs(operands: string[], options: ExpandOptions = {}): Promise<{ inputs: Input[]; several: boolean }> {
  const extensions = new Set((options.extensions ?? DEFAULT_EXTENSIONS).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase()));
  const inputs: Input[] = [];
  let several = operands.length > 1;
  for (const operand of operands) {
    if (operand === '-') {
      inputs.push({ kind: 'stdin', path: '-' });
      continue;
    }
    let info;
    try {
      info = await stat(operand);
    } catch (error) {
      if (isGlob(operand)) {
        several = true;
        const found = await expandGlob(operand, extensions, options.onSkip);
        if (found.length === 0) inputs.push({ kind: 'error', path: operand, reason: `no articles match this pattern (looked for ${[...extensions].join(' ')})` });
        for (const path of found) inputs.push({ kind: 'file', path });
        continue;
      }
      inputs.push({ kind: 'error', path: operand, reason: describeFsError(error) });
      continue;
    }
    if (!info.isDirectory()) {
      inputs.push({ kind: 'file', path: operand });
      continue;
    }
    several = true;
    const found: string[] = [];
    await walk(operand, byExtension(extensions, options.onSkip), found, new Set());
    found.sort();
    if (found.length === 0) inputs.push({ kind: 'error', path: operand, reason: `no articles in this folder (looked for ${[...extensions].join(' ')})` });
    for (const path of found) inputs.push({ kind: 'file', path });
  }
  return { inputs, several };
}

/** Characters that make an operand a pattern rather than a path (when no such path exists). */
const GLOB_MAGIC = /[*?[\]{}]/;

export const isGlob = (operand: string): boolean => GLOB_MAGIC.test(operand);

/** Files under the pattern's fixed leading folders that match it, sorted. */
async function expandGlob(pattern: string, extensions: Set<string>, onSkip?: (path: string) => void): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  const base = fixed.length === 0 ? '.' : fixed.join(sep) || sep;
  const matches = picomatch(pattern.replace(/^\.\//, ''), { dot: false });
  const wanted = byExtension(extensions, onSkip);
  const found: string[] = [];
  await walk(base, (path) => matches(path.replace(/^\.\//, '')) && wanted(path), found, new Set());
  return found.sort();
}

function byExtension(extensions: Set<string>, onSkip?: (path: string) => void): (path: string) => boolean {
  return (path) => {
    if (extensions.has(extname(path).toLowerCase())) return true;
    onSkip?.(path);
    return false;
  };
}

async function walk(dir: string, accept: (path: string) => boolean, out: string[], seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const s = await stat(path);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) await walk(path, accept, out, seen);
    else if (isFile && accept(path)) out.push(path);
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'not a folder';
    default: return (error as Error)?.message ?? String(error);
  }
}
