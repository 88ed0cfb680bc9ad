/**
 * Values of a decay law C |ξ|^{−p} (log 1/|ξ|)^L exp(−c |ξ|^β) as natural
 * logs, so that a law far below the double range can still be drawn.
 */
import type { DecayLaw } from '../asymptotics/laws.js';
import { constantValue } from '../expr/constant.js';
import { extendedValue } from '../evaluate/compile.js';
import { log as xlog } from '../numeric/xcomplex.js';
import { lawConstant } from '../verify/law-check.js';

export interface LawCurve {
  /** ln|C|; C is evaluated numerically when it is known only as an integral. */
  readonly lnC: number;
  readonly p: number;
  readonly c: number;
  readonly beta: number;
  readonly logPower: number;
}

export function lawCurve(L: DecayLaw): LawCurve {
  const lnC = L.C ? xlog(extendedValue(L.C, {})).re : Math.log(Math.abs(lawConstant(L)));
  return {
    lnC,
    p: constantValue(L.p),
    c: constantValue(L.c),
    beta: constantValue(L.beta),
    logPower: L.logPower,
  };
}

/** ln of the law at |ξ|, or NaN where (log 1/|ξ|)^L is not positive. */
export function lawLn(law: LawCurve, xi: number): number {
  let ln = law.lnC - law.p * Math.log(xi);
  if (law.logPower) {
    const logInverse = Math.log(1 / xi);
    if (!(logInverse > 0)) return Number.NaN;
    ln += law.logPower * Math.log(logInverse);
  }
  if (law.c !== 0) ln -= law.c * xi ** law.beta;
  return ln;
}
