// Errors a user can act on: printed as `breach-extract: <path>: <reason>`, never with a stack trace.

/** The input cannot be processed (binary, too large, unreadable…). The batch goes on. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The command line is wrong: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
