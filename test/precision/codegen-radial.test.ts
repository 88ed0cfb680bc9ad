/**
 * The decimal.js integrals over r of generated modules (tanh and
 * sigmoid, d = 1, default options) against mpmath, and the errors their
 * quadrature throws.
 *
 * Expected values: test/reference/codegen_radial.py, mpmath 1.3.0 at
 * dps 60. It builds A and B from their definition as radial averages of
 * |F[σ]|² and |F[σ']|², with the transforms written out by hand and
 * checked against their defining integrals. It multiplies each integrand
 * by e^S, S = −ln of its peak value, so that mpmath's absolute error
 * target does not stop it early, and divides by e^S afterwards. Two rules
 * agree on every value to all 60 digits: tanh-sinh with breakpoints at
 * the peak and at peak ± 2^j widths, and Gauss–Legendre on pieces 0.7
 * widths long, offset from the peak. The values below are rounded to 45
 * significant digits.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateModule } from '../../src/codegen/module.js';
import { RADIAL_DECIMAL } from '../../src/codegen/runtime-radial.js';
import { derive } from '../../src/derive.js';

// Inside node_modules so that the modules resolve decimal.js like a user's would.
const FOLDER = join(process.cwd(), 'node_modules', '.cache',
  `lfp-codegen-radial-${process.pid}`);

/** The radial quadrature alone, exported so that its errors can be provoked. */
const QUADRATURE_ONLY = [
  "import { Decimal } from 'decimal.js';",
  RADIAL_DECIMAL,
  'export { integrateOverRDecimal };',
].join('\n');

const SOURCES: Record<string, () => string> = {
  tanh: () => generateModule(derive('tanh'), 'lfp codegen tanh').source,
  sigmoid: () => generateModule(derive('sigmoid'), 'lfp codegen sigmoid').source,
  quadrature: () => QUADRATURE_ONLY,
};

const modules: Record<string, any> = {};
let diagnostics: string[] = [];

function typecheck(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true, noUncheckedIndexedAccess: true, noEmit: true, skipLibCheck: true,
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  });
  return ts.getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

beforeAll(async () => {
  mkdirSync(FOLDER, { recursive: true });
  const files: string[] = [];
  for (const [name, source] of Object.entries(SOURCES)) {
    const text = source();
    const file = join(FOLDER, `${name}.ts`);
    writeFileSync(file, text);
    files.push(file);
    // Vitest would not transform a .ts file inside node_modules, so each
    // module is transpiled to .mjs and imported by Node directly.
    const compiled = ts.transpileModule(text, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(FOLDER, `${name}.mjs`), compiled);
    modules[name] = await import(join(FOLDER, `${name}.mjs`));
  }
  diagnostics = typecheck(files);
}, 60_000);

afterAll(() => rmSync(FOLDER, { recursive: true, force: true }));

const Wide = Decimal.clone({ precision: 80 });

/** Checks |got/want − 1| ≤ rel, computed at 80 digits. */
function expectRelative(got: Decimal, want: string, rel: string, label: string) {
  const error = new Wide(got).div(want).minus(1).abs();
  const message = `${label}: got ${got}, want ${want}, ` +
    `relative error ${error.toExponential(2)}`;
  expect(error.lte(rel), message).toBe(true);
}

const DIGITS = 30;
const TOLERANCE = '1e-28';

const REFERENCES = [
  ['tanh', 'coefficientADecimal', '1',
    '0.000838644878659837859455192213121996895148049323'],
  ['tanh', 'coefficientBDecimal', '1',
    '0.0000182825172673712513759374570794124167262302076'],
  // test/precision/reference/precision_values.py, another script with
  // other partitions, gives the same A and B at 1000 to 55 digits.
  ['tanh', 'coefficientADecimal', '1000',
    '5.7099849509970477170951908229900165200417114e-472'],
  ['tanh', 'coefficientBDecimal', '1000',
    '1.44632936271185404536788806503846181766034004e-473'],
  // A peak of width 0.58 near r = 582, where the peak search grid is
  // 110 apart. The best grid point, r = 608.9, is e^-1032 below the
  // maximum, far beyond the cut at 10^-40 of it.
  ['tanh', 'coefficientADecimal', '1e7',
    '3.80894688656005263023616102787384773615610243e-220841'],
  ['sigmoid', 'coefficientADecimal', '2',
    '4.35357370833054865918324135895319311999491162e-11'],
  ['sigmoid', 'coefficientBDecimal', '2',
    '9.93105311065445700704543491098264088631625708e-13'],
] as const;

describe('generated decimal.js integrals over r', () => {
  test('typecheck under strict TypeScript', () => {
    expect(diagnostics).toEqual([]);
  });

  test.each(REFERENCES)('%s %s(%s) to 30 digits', (activation, fn, xi, want) => {
    const got: Decimal = modules[activation][fn](xi, DIGITS);
    expectRelative(got, want, TOLERANCE, `${activation} ${fn}(${xi})`);
    expect(got.sd()).toBeLessThanOrEqual(DIGITS);
  });

  test('xi = 0 is rejected', () => {
    // Every term of the tanh integrand is 0·∞ there.
    expect(() => modules.tanh.coefficientADecimal('0', DIGITS))
      .toThrow(/coefficientADecimal\(0, 30\): .* peak cannot be located/);
  });

  test('digits below 1 are rejected', () => {
    expect(() => modules.tanh.coefficientADecimal('1', 0))
      .toThrow(/digits must be a positive integer/);
  });
});

describe('decimal.js quadrature over r', () => {
  /** e^(−(r−5)²/2), halved beyond r = 6.1, inside the panel [6, 7]. */
  const withJump = () => (r: Decimal) => {
    const bump = r.minus(5).pow(2).div(-2).exp();
    return r.gt('6.1') ? bump.div(2) : bump;
  };

  test('smooth peak to 25 digits', () => {
    // ∫_0^∞ e^(−(r−5)²/2) dr = √(π/2)·(1 + erf(5/√2)) in mpmath 1.3.0,
    // which its quad on [0, 5, ∞] confirms to 45 digits.
    const smooth = () => (r: Decimal) => r.minus(5).pow(2).div(-2).exp();
    const result = modules.quadrature.integrateOverRDecimal(smooth, 25, 'smooth');
    expectRelative(result.value, '2.50662755610206546260770808068456995059299576',
      '1e-24', 'smooth');
    expect(result.error.lte(result.value.times('1e-26'))).toBe(true);
  });

  test('jump inside a panel throws', () => {
    const run = () => modules.quadrature.integrateOverRDecimal(withJump, 10, 'jump');
    // The panel ends are peak ± widths found in doubles: 6 and 7 to 1e-11.
    const message = /^jump: tanh-sinh on r in \[5\.99+\d*, 7\.00+\d*\] did not converge/;
    expect(run).toThrow(message);
  });
});
