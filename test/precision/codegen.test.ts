/**
 * Generated evaluator modules for relu, tanh and gelu: they typecheck
 * under strict TypeScript on their own, and their values match the
 * toolkit's evaluators and mpmath 1.3.0 (dps 60, two rules agreeing;
 * test/precision/reference/precision_values.py).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateModule } from '../../src/codegen/module.js';
import { derive } from '../../src/derive.js';
import { coefficientAt } from '../../src/evaluate/coefficients.js';
import { complexFunction } from '../../src/evaluate/compile.js';
import { assertClose } from '../helpers/close.js';

// Inside node_modules so that the modules resolve decimal.js like a user's would.
const FOLDER = join(process.cwd(), 'node_modules', '.cache',
  `lfp-codegen-${process.pid}`);
const ACTIVATIONS = ['relu', 'tanh', 'gelu'] as const;
const modules: Record<string, any> = {};
let diagnostics: string[] = [];

const DOUBLE = { rel: 1e-12, abs: 0 };

beforeAll(async () => {
  mkdirSync(FOLDER, { recursive: true });
  const files = ACTIVATIONS.map((name) => {
    const file = join(FOLDER, `${name}.ts`);
    writeFileSync(file, generateModule(derive(name), `lfp codegen ${name}`).source);
    return file;
  });
  const program = ts.createProgram(files, {
    strict: true, noUncheckedIndexedAccess: true, noEmit: true, skipLibCheck: true,
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  });
  diagnostics = ts.getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  // Vitest would not transform a .ts file inside node_modules, so each
  // module is transpiled to .mjs and imported by Node directly.
  for (const name of ACTIVATIONS) {
    const source = ts.transpileModule(generateModule(derive(name), 'test').source, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const file = join(FOLDER, `${name}.mjs`);
    writeFileSync(file, source);
    modules[name] = await import(file);
  }
}, 30_000);

afterAll(() => rmSync(FOLDER, { recursive: true, force: true }));

describe('generated modules', () => {
  test('typecheck under strict TypeScript', () => {
    expect(diagnostics).toEqual([]);
  });

  test('double transforms match the toolkit', () => {
    for (const name of ACTIVATIONS) {
      const t = derive(name).transform;
      if (t.kind !== 'closed') throw new Error(`${name} has no closed transform`);
      const want = complexFunction(t.dsigma.regular, 'xi');
      for (const xi of [-0.7, 0.3, 2]) {
        const got = modules[name].fourierDsigma(xi);
        assertClose(got.re, want(xi).re, { rel: 1e-13, abs: 1e-300 }, `${name} re ${xi}`);
        assertClose(got.im, want(xi).im, { rel: 1e-13, abs: 1e-300 }, `${name} im ${xi}`);
      }
    }
  });

  test('double coefficients match the toolkit', () => {
    for (const name of ACTIVATIONS) {
      const d = derive(name);
      for (const xi of [0.5, 2, 7]) {
        const a = coefficientAt(d.kernel!.A, xi).value;
        const b = coefficientAt(d.kernel!.B, xi).value;
        assertClose(modules[name].coefficientA(xi), a, DOUBLE, `${name} A(${xi})`);
        assertClose(modules[name].coefficientB(xi), b, DOUBLE, `${name} B(${xi})`);
      }
    }
  });

  test('double coefficients match mpmath', () => {
    // mpmath values at dps 60, rounded to 20 digits.
    assertClose(modules.tanh.coefficientA(0.5), 0.031354901461354440169, DOUBLE, 'tanh');
    assertClose(modules.gelu.coefficientA(2), 2.2474083481767734756e-8, DOUBLE, 'gelu');
    assertClose(modules.relu.coefficientA(0.5), 0.038787061719306260130, DOUBLE, 'relu');
  });

  test('decimal.js versions give 40 correct digits', () => {
    // mpmath values at dps 60, rounded to 40 significant digits.
    expect(modules.gelu.coefficientADecimal('2', 40).toString())
      .toBe('2.247408348176773475576066292765923573901e-8');
    expect(modules.relu.coefficientADecimal('0.5', 40).toString())
      .toBe('0.03878706171930626012967855193386870768323');
    expect(modules.tanh.fourierSigmaDecimal('0.5', 40).im.toString())
      .toBe('-0.04519027321719385229429814991438838165824');
  });

  test('radial coefficients have both versions', () => {
    expect(modules.tanh.coefficientA).toBeTypeOf('function');
    expect(modules.tanh.coefficientADecimal).toBeTypeOf('function');
    expect(modules.tanh.coefficientBDecimal).toBeTypeOf('function');
  });

  test('modules import only decimal.js', () => {
    for (const name of ACTIVATIONS) {
      const source = generateModule(derive(name), 'test').source;
      // Lists static and dynamic imports, re-exports and require calls.
      const imported = ts.preProcessFile(source, true, true).importedFiles;
      expect(imported.map((f) => f.fileName), name).toEqual(['decimal.js']);
    }
  });
});
