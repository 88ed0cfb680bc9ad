/**
 * The three ways a request can fail, kept apart so that callers and the
 * command line can tell them apart (exit codes 2, 3 and 4).
 *
 * - InputError: the request itself is invalid (syntax, range, type).
 * - NotDerivableError: the request is valid but the quantity does not
 *   exist (no tempered Fourier transform, a divergent moment).
 * - ConvergenceError: a numerical method stopped before reaching the
 *   requested accuracy; it carries what was reached.
 */
export class LfpError extends Error {
  readonly exitCode: number = 1;
}

export class InputError extends LfpError {
  override readonly exitCode = 2;
  override readonly name = 'InputError';
}

export class NotDerivableError extends LfpError {
  override readonly exitCode = 3;
  override readonly name = 'NotDerivableError';
}

export class ConvergenceError extends LfpError {
  override readonly exitCode = 4;
  override readonly name = 'ConvergenceError';

  constructor(
    message: string,
    readonly reached: { value: number; error: number; evaluations: number },
  ) {
    super(message);
  }
}
