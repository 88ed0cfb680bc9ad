/** `lfp derive ACT`: closed forms, decay laws, in text, LaTeX or JSON. */
import type { Io } from './run.js';
import { printJson } from './run.js';
import { derive, type DeriveOptions } from '../derive.js';
import { derivationJson } from '../output/json.js';
import { derivationText } from '../output/text.js';
import { derivationLatex } from '../output/latex-document.js';

export interface DeriveFlags extends DeriveOptions {
  json?: boolean;
  latex?: boolean;
  standalone?: boolean;
}

export function runDerive(io: Io, spec: string, flags: DeriveFlags): number {
  const d = derive(spec, flags);
  if (flags.json) printJson(io, derivationJson(d));
  else if (flags.latex) io.out(derivationLatex(d, Boolean(flags.standalone)));
  else io.out(derivationText(d));
  if (d.degenerate?.kind === 'no-transform') {
    io.err(`lfp: ${d.activation.name}: ${d.degenerate.reason}`);
    return 3;
  }
  return 0;
}
