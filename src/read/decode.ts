// Bytes → text: BOMs, UTF-16, invalid UTF-8, and refusing binary files with a reason.
import { InputError } from '../errors.js';

const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

export interface Decoded {
  text: string;
  warnings: string[];
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), []);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), []);
  for (const [what, magic] of MAGIC) if (startsWith(bytes, magic)) throw new InputError(`binary file (looks like a ${what}), not an article`);
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) throw new InputError('binary file (contains NUL bytes), not an article');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(body), []);
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    let replaced = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replaced++;
    if (replaced >= 4 && replaced / Math.max(1, text.length) > 0.01) {
      // not UTF-8 at all: most likely a legacy single-byte page (Latin-1 / Windows-1252)
      return checked(windows1252(body), ['not UTF-8: read as Windows-1252 (Latin-1)']);
    }
    return checked(text, [`invalid UTF-8: ${replaced} byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD`]);
  }
}

// Windows-1252 at 0x80..0x9F (Node's TextDecoder reads the label as ISO-8859-1); 0 = undefined, kept as is.
const CP1252 = [0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178];

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f && CP1252[b - 0x80] ? CP1252[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Text full of control characters is a binary file that happened to decode. */
function checked(text: string, warnings: string[]): Decoded {
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 0x7f) control++;
  }
  if (control > 8 && control / Math.max(1, sample.length) > 0.02) throw new InputError('binary file (control characters), not an article');
  if (text.startsWith('\ufeff')) text = text.slice(1);
  return { text, warnings };
}
