/** The error of code generation for an expression it cannot translate. */
import { LfpError } from '../errors.js';

/**
 * A valid request that the code generator does not implement, such as
 * erf in a decimal.js function or a function of a complex argument.
 * Kept apart from InputError because the input itself is fine.
 */
export class UnsupportedError extends LfpError {
  override readonly exitCode = 3;
  override readonly name = 'UnsupportedError';
}
