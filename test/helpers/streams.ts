// Fake standard streams for main(): collect what the CLI writes, feed it stdin from a buffer.
import type { MainIO, Writable } from '../../src/main.js';

export class Sink implements Writable {
  text = '';
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** stdin as main() reads it: an async iterable of buffers with an isTTY flag. */
export function fakeStdin(content: Buffer | string | null, isTTY = false): NonNullable<MainIO['stdin']> {
  const bytes = content === null ? null : Buffer.isBuffer(content) ? content : Buffer.from(content);
  return {
    isTTY,
    async *[Symbol.asyncIterator]() {
      if (!bytes) return;
      // in chunks, as a pipe delivers it
      for (let i = 0; i < bytes.length; i += 16_384) yield bytes.subarray(i, i + 16_384);
    },
  };
}
