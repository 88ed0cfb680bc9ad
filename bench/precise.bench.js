// Times the arbitrary-precision routines of src/precise at 50 digits
// against python3 mpmath on the same expressions, in one run, and
// prints the ratio. Run with `npm run bench` (which builds first). When
// python3 or mpmath is missing, only the lfp-toolkit side is timed.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as P from '../dist/precise/index.js';

const DIGITS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 0.25);
const prec = P.workingBits(DIGITS);
const at = (text) => P.parseDecimal(text, prec);
const gaussian = (t, node) => P.exp(P.neg(P.mul(t, t, node.precBits)), node.precBits);

/** Each case: our computation and the same expression in mpmath names. */
const CASES = [
  {
    name: 'exp(1.2345…)',
    run: () => P.exp(at('1.2345678901234567890123'), prec),
    expr: "exp(mpf('1.2345678901234567890123'))",
  },
  { name: 'erf(0.7)', run: () => P.erf(at('0.7'), prec), expr: "erf(mpf('0.7'))" },
  { name: 'erfc(12)', run: () => P.erfc(at('12'), prec), expr: "erfc(mpf('12'))" },
  { name: 'csch(3.3)', run: () => P.csch(at('3.3'), prec), expr: "csch(mpf('3.3'))" },
  {
    name: 'csch(785.4)',
    run: () => P.csch(at('785.4'), prec),
    expr: "csch(mpf('785.4'))",
  },
  {
    name: 'K_0.3(1.7)',
    run: () => P.besselK(at('0.3'), at('1.7'), prec),
    expr: "besselk(mpf('0.3'), mpf('1.7'))",
  },
  {
    name: 'K_2.5(1.7)',
    run: () => P.besselK(at('2.5'), at('1.7'), prec),
    expr: "besselk(mpf('2.5'), mpf('1.7'))",
  },
  {
    name: 'K_0(888.6)',
    run: () => P.besselK(at('0'), at('888.6'), prec),
    expr: "besselk(mpf('0'), mpf('888.6'))",
  },
  {
    name: 'tanh-sinh ∫_0^1 exp(-x²)',
    run: () => P.tanhSinh(gaussian, 0, 1, { digits: DIGITS }).value,
    expr: 'quad(lambda t: exp(-t*t), [0, 1])',
  },
];

/** Microseconds per call, from a doubling loop of at least SECONDS. */
function timeIt(fn) {
  fn();
  for (let calls = 1; ; calls *= 2) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) fn();
    const elapsed = (performance.now() - start) / 1000;
    if (elapsed >= SECONDS) return (elapsed / calls) * 1e6;
  }
}

function timeMpmath() {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'precise_mpmath.py');
  const request = JSON.stringify({
    digits: DIGITS,
    seconds: SECONDS,
    cases: CASES.map(({ name, expr }) => ({ name, expr })),
  });
  const run = spawnSync('python3', [script], { input: request, encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    const reason = run.error ? run.error.message : run.stderr.trim().split('\n').at(-1);
    console.log(`mpmath comparison skipped: python3 with mpmath failed (${reason})`);
    return undefined;
  }
  return JSON.parse(run.stdout);
}

function format(micros) {
  return micros >= 1000 ? `${(micros / 1000).toFixed(2)} ms` : `${micros.toFixed(1)} µs`;
}

/**
 * The minimum over ROUNDS alternating rounds of both sides: on a shared
 * machine the minimum is the least disturbed measurement of each.
 */
const ROUNDS = 3;
const cores = cpus();
const machine = `${cores.length} cores, ${cores[0]?.model}`;
console.log(`precise: ${DIGITS} digits (${prec} bits), ${machine}`);
console.log(`Node ${process.version}; minimum of ${ROUNDS} rounds`);
const ours = CASES.map((c) => ({
  name: c.name,
  micros: Infinity,
  value: P.formatDecimal(c.run(), 20),
}));
let theirs;
for (let round = 0; round < ROUNDS; round++) {
  CASES.forEach((c, i) => {
    ours[i].micros = Math.min(ours[i].micros, timeIt(c.run));
  });
  const measured = timeMpmath();
  if (!measured) break;
  theirs ??= measured;
  for (const { name } of CASES) {
    theirs[name].micros = Math.min(theirs[name].micros, measured[name].micros);
  }
}
if (theirs) console.log(`mpmath ${theirs.mpmath} (python3)`);
console.log('');
const header = ['case'.padEnd(28), 'lfp-toolkit'.padStart(11), 'mpmath'.padStart(11)];
console.log(`${header.join(' ')}   ratio  values agree`);
for (const { name, micros, value } of ours) {
  const other = theirs?.[name];
  const ratio = other ? (micros / other.micros).toFixed(2) : '-';
  const mpmath = other ? format(other.micros) : '-';
  let agree = '-';
  if (other) agree = other.value === value ? 'yes' : `no (${value} vs ${other.value})`;
  const columns = [format(micros).padStart(11), mpmath.padStart(11), ratio.padStart(7)];
  console.log(`${name.padEnd(28)} ${columns.join(' ')}  ${agree}`);
}
console.log('\nratio = lfp-toolkit time / mpmath time (below 1: lfp-toolkit is faster)');
