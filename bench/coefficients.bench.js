// Times the high-precision coefficient and transform evaluators at 50
// digits against python3 mpmath on the same formulas, and the
// double-precision evaluators against hand-written JavaScript of the
// same formulas, in one run. Run with `npm run bench` (which builds
// first). When python3 or mpmath is missing, the mpmath columns stay
// empty and the run prints why.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { derive } from '../dist/derive.js';
import { toText } from '../dist/expr/print.js';
import { coefficientAt } from '../dist/evaluate/coefficients.js';
import { complexFunction } from '../dist/evaluate/compile.js';
import { evaluateClosed } from '../dist/evaluate/precise-closed.js';
import { evaluateAtDigits, compilePrecise } from '../dist/evaluate/precise-compile.js';
import { preciseCoefficientAt } from '../dist/evaluate/precise-coefficients.js';
import { generateModule } from '../dist/codegen/module.js';
import { besselK } from '../dist/numeric/bessel-k.js';
import * as P from '../dist/precise/index.js';

const DIGITS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 0.25);
const folder = dirname(fileURLToPath(import.meta.url));

/** The toolkit's formula as an mpmath expression: same text, ** for ^. */
const python = (e) => toText(e).replaceAll('^', '**');

const tanh = derive('tanh', { dim: 1 });
const gelu = derive('gelu', { dim: 1 });
const tanhA = tanh.kernel.A;
const geluA = gelu.kernel.A.expr;
const sech2 = tanh.derivative;

/** Writes prefactor · ∫ integrand dr in mpmath, the integrand scaled by e^shift. */
function radialExpression(form, xi, breakpoints, shift = 0) {
  const integrand = `(${python(form.integrand)})*exp(${shift})`;
  const integral = `quad(lambda r: ${integrand}, [${breakpoints.join(', ')}])`;
  const body = `(${python(form.prefactor)})*${integral}*exp(-${shift})`;
  return `(lambda xi: ${body})(mpf('${xi}'))`;
}

// One tanh-sinh integral of sech²(x) cos(2π·0.3x) over [−70, 70], cut
// every 2, on both sides: the real part of F[tanh'](0.3).
const cuts = Array.from({ length: 69 }, (_, j) => 2 * j - 68);
const field = P.preciseField(DIGITS);
const sech2Compiled = compilePrecise(sech2, field, {}, ['x']);
const turnsPerUnit = P.parseDecimal('0.6', field.precBits);
const cosineIntegrand = (x, node) => {
  const value = sech2Compiled({ x: P.fromReal(x) }).re;
  const turns = P.add(P.mul(turnsPerUnit, x, node.precBits), P.HALF, node.precBits);
  return P.mul(value, P.sinPi(turns, node.precBits), node.precBits);
};

/**
 * Each case: the toolkit's computation and the same formula in mpmath.
 * The tail case gives mpmath the peak's breakpoints and scales the
 * integrand by e^1095, because mpmath's quad stops on an absolute error
 * target and would return wrong digits for a value near 1e-472.
 */
const CASES = [
  {
    name: 'tanh A(1), radial',
    run: () => preciseCoefficientAt(tanhA, '1', DIGITS).precise,
    expr: radialExpression(tanhA, '1', [0, 1, 2, 4, 8, 'inf']),
  },
  {
    name: 'tanh A(1000), radial, tail',
    run: () => preciseCoefficientAt(tanhA, '1000', DIGITS).precise,
    expr: radialExpression(tanhA, '1000',
      [0, 10, 20, 24, 26, 27, 28, 30, 34, 40, 60, 'inf'], 1095),
  },
  {
    name: 'gelu A(100), Bessel, once',
    run: () => evaluateAtDigits(geluA, { xi: '100' }, DIGITS).re,
    expr: `(lambda xi: ${python(geluA)})(mpf('100'))`,
  },
  {
    name: 'gelu A(100), two precisions',
    run: () => evaluateClosed(geluA, { xi: '100' }, DIGITS).value.re,
    expr: `(lambda xi: ${python(geluA)})(mpf('100'))`,
  },
  {
    name: 'Re F[sech^2](0.3), tanh-sinh',
    run: () => P.tanhSinh(cosineIntegrand, -70, 70, {
      digits: DIGITS, breakpoints: cuts,
    }).value,
    expr: "quad(lambda x: sech(x)**2*cos(2*pi*mpf('0.3')*x), " +
      `[${[-70, ...cuts, 70].join(', ')}])`,
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
  const script = join(folder, 'precise_mpmath.py');
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
  if (micros >= 1e6) return `${(micros / 1e6).toFixed(2)} s`;
  if (micros >= 1000) return `${(micros / 1000).toFixed(2)} ms`;
  return micros >= 1 ? `${micros.toFixed(2)} µs` : `${(micros * 1000).toFixed(1)} ns`;
}

/** Leading digits on which a BigFloat and mpmath's 20-digit string agree. */
function agreement(value, text) {
  const other = P.parseDecimal(text, 256);
  const difference = P.abs(P.sub(value, other, 256));
  if (difference.man === 0n) return '20+';
  const digits = (P.log2Abs(other) - P.log2Abs(difference)) * Math.log10(2);
  return digits >= 19 ? '20+' : digits.toFixed(1);
}

function precisePart() {
  console.log(`\n-- ${DIGITS} digits against mpmath (same formulas)`);
  const ours = CASES.map((c) => ({ ...c, micros: timeIt(c.run), value: c.run() }));
  const theirs = timeMpmath();
  if (theirs) console.log(`mpmath ${theirs.mpmath} (python3)`);
  const header = ['case'.padEnd(30), 'lfp-toolkit'.padStart(11), 'mpmath'.padStart(11)];
  console.log(`${header.join(' ')}   ratio  digits agree`);
  for (const c of ours) {
    const other = theirs?.[c.name];
    const ratio = other ? (c.micros / other.micros).toFixed(2) : '-';
    const agree = other ? agreement(c.value, other.value) : '-';
    const mpmath = other ? format(other.micros) : '-';
    const columns = [format(c.micros), mpmath].map((t) => t.padStart(11));
    columns.push(ratio.padStart(7));
    console.log(`${c.name.padEnd(30)} ${columns.join(' ')}  ${agree}`);
  }
}

/** Writes, transpiles and imports the generated module of a derivation. */
async function generated(name, d) {
  const dir = join(folder, '..', 'node_modules', '.cache', 'lfp-bench');
  mkdirSync(dir, { recursive: true });
  const source = generateModule(d, `lfp codegen ${name}`).source;
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  }).outputText);
  return import(file);
}

async function doublePart() {
  console.log('\n-- double precision: toolkit evaluators, generated code, ' +
    'hand-written JS');
  const PI2 = Math.PI ** 2;
  const tanhModule = await generated('tanh', tanh);
  const geluModule = await generated('gelu', gelu);
  const toolkitDsigma = complexFunction(tanh.transform.dsigma.regular, 'xi');
  const s2 = Math.SQRT2;
  // The closed form of GELU's A in d = 1, written out by hand.
  const geluByHand = (xi) => {
    const a = 2 * s2 * Math.PI * xi;
    const k0 = besselK(0, a);
    const k1 = besselK(1, a);
    const k2 = besselK(2, a);
    return s2 * xi * k1 + (3 * s2 * k1) / (2 * PI2 * xi) + (3 * k0) / Math.PI +
      k2 / (2 * Math.PI ** 3 * xi * xi);
  };
  // The arguments are read from an array: with a literal argument the
  // JIT folds the hand-written Math.sinh(PI2 * 0.3) to a constant, and
  // that column would time no work at all.
  const at = [0.3, 2, 1];
  const rows = [
    ["F[tanh'](0.3)", () => toolkitDsigma(at[0]).re,
      () => tanhModule.fourierDsigma(at[0]).re,
      () => (2 * PI2 * at[0]) / Math.sinh(PI2 * at[0])],
    ['gelu A(2)', () => coefficientAt(gelu.kernel.A, at[1]).value,
      () => geluModule.coefficientA(at[1]), () => geluByHand(at[1])],
    ['tanh A(1), radial', () => coefficientAt(tanhA, at[2]).value,
      () => tanhModule.coefficientA(at[2]), undefined],
  ];
  const header = ['toolkit', 'generated', 'by hand'].map((h) => h.padStart(10));
  console.log(`${'case'.padEnd(20)} ${header.join(' ')}  toolkit/hand  generated/hand`);
  for (const [name, toolkit, gen, hand] of rows) {
    const [a, b, c] = [toolkit, gen, hand].map((f) => (f ? timeIt(f) : undefined));
    const ratio = (x) => (c ? (x / c).toFixed(1) : '-');
    const times = [a, b, c].map((t) => (t ? format(t) : '-').padStart(10));
    const ratios = `${ratio(a).padStart(12)}  ${ratio(b).padStart(14)}`;
    console.log(`${name.padEnd(20)} ${times.join(' ')}  ${ratios}`);
  }
}

const cores = cpus();
const load = loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`coefficients: ${cores.length} cores, ${cores[0]?.model}; ` +
  `Node ${process.version}; load average ${load}`);
precisePart();
await doublePart();
console.log('\nratio = lfp-toolkit time / other time (below 1: lfp-toolkit is faster)');
