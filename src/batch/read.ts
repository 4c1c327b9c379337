// Reading an article's bytes with the --max-bytes cap (no extraction code here: the main thread of a
// pooled run imports this without loading the NLP libraries).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { describeFsError } from './inputs.js';

/** A file's bytes, refusing more than maxBytes (pipes and devices are capped as they stream). */
export async function readArticle(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('is a folder');
    // pipes and devices (`<(curl …)`, /dev/stdin) report size 0: read them with the cap as we go
    if (!info.isFile()) return await readCapped(createReadStream(path), maxBytes);
    if (info.size > maxBytes) throw new InputError(tooLarge(info.size, maxBytes, ''));
    return await readFile(path);
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
