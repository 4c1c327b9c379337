// Reading an article's bytes with the --max-bytes cap (no extraction code here: the main thread of a
// pooled run imports this without loading the NLP libraries).
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { describeFsError, notRegular } from './inputs.js';

/**
 * A regular file's bytes, refusing more than maxBytes. The path is checked before it is opened, and
 * opened non-blocking, then checked again on the open descriptor (it may have been swapped between
 * the two): a FIFO, socket or device named as an article is refused at once with a clear reason.
 */
export async function readArticle(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('is a folder');
    if (!info.isFile()) throw new InputError(notRegular(info));
    if (info.size > maxBytes) throw new InputError(tooLarge(info.size, maxBytes, ''));
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const opened = await handle.stat();
      if (!opened.isFile()) throw new InputError(notRegular(opened));
      if (opened.size > maxBytes) throw new InputError(tooLarge(opened.size, maxBytes, ''));
      const bytes = await handle.readFile();
      if (bytes.length > maxBytes) throw new InputError(tooLarge(bytes.length, maxBytes, ''));
      return bytes;
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error));
  }
}

/**
 * readArticle without the event loop, for worker threads (blocking one costs nothing else): the same
 * checks in the same order, without five thread-pool round trips per article, which a busy machine
 * stretched into ~6% of a worker's time spent waiting.
 */
export function readArticleSync(path: string, maxBytes: number): Buffer {
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError('is a folder');
    if (!info.isFile()) throw new InputError(notRegular(info));
    if (info.size > maxBytes) throw new InputError(tooLarge(info.size, maxBytes, ''));
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const opened = fstatSync(fd);
      if (!opened.isFile()) throw new InputError(notRegular(opened));
      if (opened.size > maxBytes) throw new InputError(tooLarge(opened.size, maxBytes, ''));
      const bytes = readFileSync(fd);
      if (bytes.length > maxBytes) throw new InputError(tooLarge(bytes.length, maxBytes, ''));
      return bytes;
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error));
  }
}

export async function readCapped(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  // leaving the loop with break lets the stream's iterator close it; destroying it from inside the
  // loop left the iterator waiting forever on stdin
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > maxBytes) break;
    chunks.push(b);
  }
  if (size > maxBytes) throw new InputError(tooLarge(size, maxBytes, 'more than'));
  return Buffer.concat(chunks);
}

export const tooLarge = (size: number, max: number, qualifier: string) =>
  `too large: ${qualifier ? `${qualifier} ` : ''}${size} bytes, over the limit of ${max} bytes (raise it with --max-bytes)`;
