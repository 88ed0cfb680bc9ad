// Times the high-precision numerical Fourier transform
// F[f](ξ) = ∫ f(x) e^(−2πiξx) dx at 50 digits against python3 mpmath's
// quad (default method, tanh-sinh) on the same integrands over the same
// ranges, in one run, and prints the ratios. Run with `npm run bench`
// (which builds first). When python3 or mpmath is missing, only the
// lfp-toolkit side is timed.
//
// f is the decaying derivative that lfp verify integrates: sech² for
// tanh, σ' for the sigmoid, and GELU'' for F[GELU'] = F[GELU'']/(2πiξ).
// Its range [−L, L] comes from the toolkit's decay scan at 60 digits, as
// in lfp verify --digits 50, and mpmath integrates over that range, once
// with a breakpoint at the peak x = 0 (without it mpmath's quad returns
// wrong digits for sech² and σ') and once cut every 2 as the previous
// toolkit path did. mpmath computes the real and the imaginary part by
// one quad each, and its time is their sum. The toolkit's value is
// relative to |F| (50 digits of F), mpmath's target is absolute (about
// 1e-50), so only the first 20 digits are compared.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { derive } from '../dist/derive.js';
import { toText } from '../dist/expr/print.js';
import { compilePrecise } from '../dist/evaluate/precise-compile.js';
import { lineFourier, linePlan } from '../dist/evaluate/precise-line-fourier.js';
import {
  decayingDerivative, preciseFourierIntegral,
} from '../dist/verify/precise-fourier.js';
import * as P from '../dist/precise/index.js';

const DIGITS = 50;
/** Guard digits of the decay scan, as in lfp verify. */
const GUARD = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 0.25);
const ROUNDS = 2;
const folder = dirname(fileURLToPath(import.meta.url));

/** The toolkit's formula as an mpmath expression: same text, ** for ^. */
const python = (e) => toText(e).replaceAll('^', '**');

/** Each case: activation, order of the transform's derivative, ξ. */
const SPECS = [
  { name: 'F[sech^2](0.3)', activation: 'tanh', own: 1, xi: '0.3' },
  { name: "F[sigmoid'](1.7)", activation: 'sigmoid', own: 1, xi: '1.7' },
  { name: "F[gelu'](0.5) via gelu''", activation: 'gelu', own: 1, xi: '0.5' },
];

/** Returns the even integers strictly inside (−L, L), with ±L at the ends. */
function everyTwo(L) {
  const inner = [];
  for (let x = -2 * Math.floor(L / 2); x < L; x += 2) if (x > -L) inner.push(x);
  return [-L, ...inner, L];
}

/** Returns the mpmath expressions of both parts over the given points. */
function mpmathParts(f, xi, points) {
  const body = python(f);
  const phase = `2*pi*mpf('${xi}')*x`;
  const list = `[${points.map((p) => `mpf('${p}')`).join(', ')}]`;
  return {
    re: `quad(lambda x: (${body})*cos(${phase}), ${list})`,
    im: `quad(lambda x: -(${body})*sin(${phase}), ${list})`,
  };
}

/**
 * Returns the previous toolkit path: one tanh-sinh per part, cut every
 * 2, to mpmath's absolute target 1e-50 (a part that vanishes by
 * symmetry has no relative accuracy to reach).
 */
function tanhSinhTransform(f, xi, points) {
  const field = P.preciseField(DIGITS);
  const compiled = compilePrecise(f, field, {}, ['x']);
  const turnsPerUnit = P.mulPow2(P.parseDecimal(xi, field.precBits + 64), 1);
  const part = (shift, sign) => (x, node) => {
    const value = compiled({ x: P.fromReal(x) }).re;
    const phase = P.mul(turnsPerUnit, x, node.precBits + 32);
    const turns = P.add(phase, shift, node.precBits);
    return P.mul(value, sign(P.sinPi(turns, node.precBits)), node.precBits);
  };
  const options = {
    digits: DIGITS, absoluteTolerance: `1e-${DIGITS}`, breakpoints: points.slice(1, -1),
  };
  const ends = [points[0], points.at(-1)];
  return () => ({
    re: P.tanhSinh(part(P.HALF, (v) => v), ...ends, options).value,
    im: P.tanhSinh(part(P.ZERO, P.neg), ...ends, options).value,
  });
}

function setUp(spec) {
  const start = performance.now();
  const d = derive(spec.activation, { dim: 1 });
  const drop = (DIGITS + GUARD) * Math.LN10;
  const f = decayingDerivative(d.expression, spec.own, drop);
  const plan = linePlan(f.expr);
  const setupMicros = (performance.now() - start) * 1000;
  const L = f.halfWidth;
  return {
    ...spec, f, L, setupMicros,
    line: () => lineFourier(f, spec.xi, plan, { digits: DIGITS }).value,
    check: () => preciseFourierIntegral(f, spec.xi, DIGITS).value,
    before: tanhSinhTransform(f.expr, spec.xi, everyTwo(L)),
    peak: mpmathParts(f.expr, spec.xi, [-L, 0, L]),
    cuts: mpmathParts(f.expr, spec.xi, everyTwo(L)),
  };
}

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

/** Times every mpmath expression in one python3 process; undefined when it fails. */
function timeMpmath(cases) {
  const script = join(folder, 'precise_mpmath.py');
  const expressions = cases.flatMap((c) => [
    { name: `${c.name} peak re`, expr: c.peak.re },
    { name: `${c.name} peak im`, expr: c.peak.im },
    { name: `${c.name} cuts re`, expr: c.cuts.re },
    { name: `${c.name} cuts im`, expr: c.cuts.im },
  ]);
  const request = JSON.stringify({
    digits: DIGITS, seconds: SECONDS, cases: expressions,
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
  if (micros >= 1e6) return `${(micros / 1e6).toFixed(2)} s`;
  if (micros >= 1000) return `${(micros / 1000).toFixed(2)} ms`;
  return `${micros.toFixed(1)} µs`;
}

/** Digits of |F| on which a part agrees with mpmath's 20-digit string, capped at 20. */
function agreement(part, text, magnitude) {
  const difference = P.abs(P.sub(part, P.parseDecimal(text, 256), 256));
  if (difference.man === 0n) return '20+';
  const digits = (P.log2Abs(magnitude) - P.log2Abs(difference)) * Math.log10(2);
  return digits >= 19 ? '20+' : digits.toFixed(1);
}

/** Runs ROUNDS alternating rounds and keeps the minimum time of each measurement. */
function measure(cases) {
  const ours = cases.map((c) => ({ value: c.line(), line: Infinity, check: Infinity,
    before: Infinity }));
  let theirs;
  for (let round = 0; round < ROUNDS; round++) {
    cases.forEach((c, i) => {
      for (const key of ['line', 'check', 'before']) {
        ours[i][key] = Math.min(ours[i][key], timeIt(c[key]));
      }
    });
    const measured = timeMpmath(cases);
    if (!measured) break;
    theirs ??= measured;
    for (const [name, entry] of Object.entries(measured)) {
      if (name === 'mpmath') continue;
      theirs[name].micros = Math.min(theirs[name].micros, entry.micros);
    }
  }
  return { ours, theirs };
}

function printRow(columns, widths) {
  const padded = columns.map((c, i) =>
    (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])));
  console.log(padded.join(' '));
}

function report(cases, { ours, theirs }) {
  const both = (c, kind) => {
    const re = theirs?.[`${c.name} ${kind} re`];
    const im = theirs?.[`${c.name} ${kind} im`];
    if (!re || !im) return undefined;
    return { micros: re.micros + im.micros, re: re.value, im: im.value };
  };
  const widths = [26, 7, 10, 12, 7, 12, 7, 12];
  console.log('\nOne rule (trapezoidal on the line), both parts, against mpmath ' +
    'quad of both parts');
  printRow(['case', 'L', 'lfp-toolkit', 'mpmath peak', 'ratio', 'mpmath cuts',
    'ratio', 'digits re/im'], widths);
  cases.forEach((c, i) => {
    const [peak, cuts] = [both(c, 'peak'), both(c, 'cuts')];
    const ratio = (other) => (other ? (ours[i].line / other.micros).toFixed(3) : '-');
    const value = ours[i].value;
    const size = P.absComplex(value, 128);
    const parts = peak
      ? [agreement(value.re, peak.re, size), agreement(value.im, peak.im, size)]
      : [];
    if (parts.some((digits) => digits !== '20+')) {
      console.error(`${c.name}: lfp-toolkit and mpmath differ within 20 digits`);
      process.exitCode = 1;
    }
    const agree = peak ? parts.join('/') : '-';
    printRow([c.name, c.L.toFixed(1), format(ours[i].line),
      peak ? format(peak.micros) : '-', ratio(peak), cuts ? format(cuts.micros) : '-',
      ratio(cuts), agree], widths);
  });

  console.log('\nOther toolkit paths on the same cases');
  const other = [26, 14, 16, 12, 14];
  printRow(['case', 'verify check', 'before: tanh-sinh', 'ratio cuts', 'setup (once)'],
    other);
  cases.forEach((c, i) => {
    const cuts = both(c, 'cuts');
    const ratio = cuts ? (ours[i].before / cuts.micros).toFixed(3) : '-';
    printRow([c.name, format(ours[i].check), format(ours[i].before), ratio,
      format(c.setupMicros)], other);
  });
}

const cores = cpus();
const load = loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`quadrature: ${DIGITS} digits, ${cores.length} cores, ` +
  `${cores[0]?.model}; Node ${process.version}; load average ${load}; ` +
  `minimum of ${ROUNDS} rounds`);
const cases = SPECS.map(setUp);
const measured = measure(cases);
if (measured.theirs) console.log(`mpmath ${measured.theirs.mpmath} (python3)`);
report(cases, measured);
console.log([
  '',
  'L: the range [−L, L]; the toolkit samples on until its terms are negligible,',
  'at most out to 2L.',
  'mpmath peak: quad over [−L, 0, L]; mpmath cuts: quad cut every 2, as the',
  'tanh-sinh path is.',
  'verify check: trapezoidal rule and midpoint sum, as lfp verify runs them.',
  'ratio = lfp-toolkit time / mpmath time, Re and Im together (below 1:',
  'lfp-toolkit is faster)',
].join('\n'));
