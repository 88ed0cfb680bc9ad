/** Parsing of the list options of `lfp table`: activations and dimensions. */
import { InputError } from '../errors.js';

export const MAX_LIST = 100;

/**
 * Splits "relu,elu(0.5),max(x, 0)" at the commas outside parentheses, so
 * that formulas and parameter lists keep theirs.
 */
export function splitActivations(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  out.push(current.trim());
  const list = out.filter((s) => s !== '');
  if (list.length === 0) {
    throw new InputError(
      '--activations is empty: give a comma-separated list, e.g. ' +
        '--activations relu,tanh,gelu',
    );
  }
  if (list.length > MAX_LIST) {
    throw new InputError(
      `--activations has ${list.length} entries; the limit is ${MAX_LIST}`,
    );
  }
  return list;
}

/** Parses "2", "1..3" or "1,2,5..6" into distinct dimensions in the order given. */
export function parseDimensions(text: string): number[] {
  const dims: number[] = [];
  for (const part of text.split(',').map((s) => s.trim())) {
    const m = /^(\d+)(?:\.\.(\d+))?$/.exec(part);
    if (!m) {
      throw new InputError(
        `--dim entry "${part}" is invalid: expected an integer d or a ` +
          'range such as 1..3',
      );
    }
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (lo < 1 || hi > 1000 || lo > hi) {
      throw new InputError(
        `--dim entry "${part}" is invalid: dimensions run from 1 to 1000, ` +
          'with the smaller end first',
      );
    }
    if (dims.length + hi - lo + 1 > MAX_LIST) {
      throw new InputError(`--dim ${text} gives more than ${MAX_LIST} dimensions`);
    }
    for (let d = lo; d <= hi; d += 1) if (!dims.includes(d)) dims.push(d);
  }
  return dims;
}
