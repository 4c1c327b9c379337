// Command-line operands → the list of articles to read: files as given, folders walked recursively
// (sorted, hidden entries skipped, symlink loops safe), "-" for stdin.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

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
      inputs.push({ kind: 'error', path: operand, reason: describeFsError(error) });
      continue;
    }
    if (!info.isDirectory()) {
      inputs.push({ kind: 'file', path: operand });
      continue;
    }
    several = true;
    const found: string[] = [];
    await walk(operand, extensions, found, new Set(), options.onSkip);
    found.sort();
    if (found.length === 0) inputs.push({ kind: 'error', path: operand, reason: `no articles in this folder (looked for ${[...extensions].join(' ')})` });
    for (const path of found) inputs.push({ kind: 'file', path });
  }
  return { inputs, several };
}

async function walk(dir: string, extensions: Set<string>, out: string[], seen: Set<string>, onSkip?: (path: string) => void): Promise<void> {
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
    if (isDir) await walk(path, extensions, out, seen, onSkip);
    else if (isFile && extensions.has(extname(entry.name).toLowerCase())) out.push(path);
    else if (isFile) onSkip?.(path);
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
