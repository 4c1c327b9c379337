// Errors a user can act on: printed as `breach-extract: <path>: <reason>`, never with a stack trace.

/** The input cannot be processed (binary, too large, unreadable…). The batch goes on. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The command line is wrong: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Text made safe for a terminal: control characters (C0, DEL, C1), line and paragraph separators and
 * bidirectional controls are shown as escapes (`\n`, `\x1b`, `\u202e`), and a backslash as `\\`, so a
 * file name holding ESC, OSC, BEL or a newline can neither drive the terminal nor split a message line.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    switch (c) {
      case '\\': return '\\\\';
      case '\n': return '\\n';
      case '\r': return '\\r';
      case '\t': return '\\t';
      default: {
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
      }
    }
  });
}

// C0 controls, DEL, C1 controls, line/paragraph separators, bidi embeddings, overrides and isolates
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
