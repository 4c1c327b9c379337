// Command-line operands → the list of articles to read: files as given, folders walked recursively
// (sorted; hidden entries, node_modules and .git skipped; symlink loops safe), globs ('news/**/*.html')
// matched over the same walk, "-" for stdin. Nothing met on the way is dropped without a word: an
// article that cannot be read (a FIFO, a dangling link, an unreadable folder) is an error input, so it
// counts in the exit code; a symlink loop, walked once, is a warning.
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
  /** A file skipped for its extension (listed with --verbose). */
  onSkip?: (path: string) => void;
  /** Something met in a walk that loses no article but deserves a word (a symlink loop). */
  onWarning?: (path: string, message: string) => void;
}

/** Folders a walk never enters: dependencies and version-control data hold no articles. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

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
        const found = await expandGlob(operand, extensions, options);
        if (found.length === 0) inputs.push({ kind: 'error', path: operand, reason: `no articles match this pattern (looked for ${[...extensions].join(' ')})` });
        inputs.push(...found);
        continue;
      }
      inputs.push({ kind: 'error', path: operand, reason: describeFsError(error) });
      continue;
    }
    if (!info.isDirectory()) {
      inputs.push(info.isFile() ? { kind: 'file', path: operand } : { kind: 'error', path: operand, reason: notRegular(info) });
      continue;
    }
    several = true;
    const found: Found[] = [];
    await walk(operand, byExtension(extensions, options.onSkip), found, new Set(), options.onWarning);
    found.sort(byPath);
    if (found.length === 0) inputs.push({ kind: 'error', path: operand, reason: `no articles in this folder (looked for ${[...extensions].join(' ')})` });
    inputs.push(...found);
  }
  return { inputs, several };
}

/** What makes an operand a pattern rather than a path (when no such path exists): `*`, `?`, `[…]`, `{…}`. */
const GLOB_MAGIC = /[*?]|\[[^\]]*\]|\{[^}]*\}/;

export const isGlob = (operand: string): boolean => GLOB_MAGIC.test(operand);

/** What a walk yields: an article to read, or one it found but cannot read (with the reason). */
type Found = Extract<Input, { kind: 'file' | 'error' }>;

const byPath = (a: Found, b: Found) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Files under the pattern's fixed leading folders that match it, sorted. */
async function expandGlob(pattern: string, extensions: Set<string>, options: ExpandOptions): Promise<Found[]> {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  const base = fixed.length === 0 ? '.' : fixed.join(sep) || sep;
  const matches = picomatch(pattern.replace(/^\.\//, ''), { dot: false });
  const wanted = byExtension(extensions, options.onSkip);
  const found: Found[] = [];
  // a folder the pattern cannot reach below is no loss: only problems on matching paths are kept
  await walk(base, (path) => matches(path.replace(/^\.\//, '')) && wanted(path), found, new Set(), options.onWarning, true);
  return found.sort(byPath);
}

function byExtension(extensions: Set<string>, onSkip?: (path: string) => void): (path: string) => boolean {
  return (path) => {
    if (extensions.has(extname(path).toLowerCase())) return true;
    onSkip?.(path);
    return false;
  };
}

/**
 * Walk a folder: articles `accept` takes go to `out` as files; one it takes but cannot read (not a
 * regular file, a dangling or looping link) goes as an error; a subfolder that cannot be read is an
 * error too (its articles are lost). `quietFolders` (a glob's walk) keeps folder errors out.
 */
async function walk(dir: string, accept: (path: string) => boolean, out: Found[], seen: Set<string>, onWarning?: (path: string, message: string) => void, quietFolders = false): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    if (!quietFolders) out.push({ kind: 'error', path: dir, reason: `folder not read: ${describeFsError(error)}` });
    return;
  }
  if (seen.has(real)) {
    if (!quietFolders) onWarning?.(dir, 'symlink loop: a folder already walked, not walked again');
    return;
  }
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (!quietFolders) out.push({ kind: 'error', path: dir, reason: `folder not read: ${describeFsError(error)}` });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let info: { isDirectory(): boolean; isFile(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean } = entry;
    if (entry.isSymbolicLink()) {
      try {
        info = await stat(path);
      } catch (error) {
        // a dangling or looping link: an article lost if its name says article, else worth a word
        const why = `symbolic link not followed: ${describeFsError(error)}`;
        if (accept(path)) out.push({ kind: 'error', path, reason: why });
        else if (!quietFolders) onWarning?.(path, why);
        continue;
      }
    }
    if (info.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path, accept, out, seen, onWarning, quietFolders);
    } else if (accept(path)) {
      out.push(info.isFile() ? { kind: 'file', path } : { kind: 'error', path, reason: notRegular(info) });
    }
  }
}

/**
 * What a path is when it is not a regular file or a folder: such inputs are refused, never opened in
 * a way that could block (a FIFO's open waits for a writer, and no signal can stop it).
 */
export function notRegular(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  const what = info.isFIFO() ? 'a FIFO (named pipe)' : info.isSocket() ? 'a socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'not a regular file';
  return `${what === 'not a regular file' ? what : `not a regular file: ${what}`}; pipe its contents to stdin with "-" instead`;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'not a folder';
    case 'ELOOP': return 'a symbolic link loop';
    case 'ENAMETOOLONG': return 'name too long';
    case 'ENXIO': return 'no such device';
    case 'NOREADER': return 'a FIFO (named pipe) that nobody reads';
    case 'ENOSPC': return 'no space left on device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EIO': return 'input/output error';
    case 'EPIPE': return 'the reader went away (broken pipe)';
    case 'EROFS': return 'read-only file system';
    case 'EMFILE':
    case 'ENFILE': return 'too many open files';
    default: return (error as Error)?.message ?? String(error);
  }
}
