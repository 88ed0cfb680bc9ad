/**
 * The commands that check the LFP model against the network itself:
 * `lfp verify-operator`, `lfp dynamics`, `lfp train` and `lfp fpnorm`.
 */
import type { Command } from 'commander';
import type { Io } from './run.js';
import { withKernelOptions } from './main.js';
import { parseXiList } from './numeric-commands.js';
import { derive, type DeriveOptions } from '../derive.js';
import { InputError } from '../errors.js';
import { checkOperator, type OperatorCheck } from '../lfp/operator.js';
import { operatorJson, operatorText } from '../lfp/operator-report.js';
import { parseData, sampleTarget, type TrainingData } from '../lfp/data.js';
import { computeDynamics } from '../lfp/dynamics.js';
import { trainNetwork } from '../lfp/train.js';
import { fpNorm, type FpNorm } from '../lfp/fpnorm.js';
import {
  dynamicsJson, dynamicsText, fpnormJson, fpnormText,
} from '../lfp/reports.js';
import { trainJson, trainText } from '../lfp/train-report.js';
import { BUILTINS } from '../activations.js';
import { LfpError } from '../errors.js';
import { readFileSync } from 'node:fs';

type Runner = (body: () => number | Promise<number>) => Promise<void>;

/** Largest extrapolated relative error that `verify-operator` accepts. */
export const OPERATOR_TOLERANCE = 1e-5;

type OperatorFlags = DeriveOptions & {
  xi?: string; sigmaB?: string; testFrequency?: string; json?: boolean;
};

export function registerLfpCommands(program: Command, io: Io, run: Runner): void {
  withKernelOptions(program.command('verify-operator <activation>'))
    .description('check the LFP operator against F[∫K u] from the kernel (d = 1)')
    .option('--xi <list>', 'comma-separated frequencies ξ > 0', '0.25,0.5,0.75')
    .option('--sigma-b <list>', 'comma-separated bias widths σ_b for the extrapolation',
      '10,20,40,80')
    .option('--test-frequency <omega>', 'ω in the test function exp(−x²/2)·cos(ωx)', '3')
    .action((spec: string, flags: OperatorFlags) =>
      run(() => verifyOperator(io, spec, flags)));

  withData(withKernelOptions(program.command('dynamics <activation>')), '32')
    .description('train the infinite-width network (NTK) on 1-d data, per frequency')
    .option('--sigma-b <s>', 'standard deviation σ_b of the biases', '10')
    .option('--times <list>', 'comma-separated times of the snapshots (default: spanning '
      + 'the convergence times)')
    .action((spec: string, flags: DataFlags) =>
      run(() => dynamicsCommand(io, spec, flags)));

  // σ_w = 10 and σ_b = 20 put ξ = 1 on [0, 1) where the network is
  // learned in a few hundred steps and the LFP model applies (docs/lfp-model.md).
  withData(withKernelOptions(program.command('train <activation>'), '10'), '32')
    .description('train a finite network by gradient descent; compare with NTK and LFP')
    .option('--sigma-b <s>', 'standard deviation σ_b of the biases', '20')
    .option('--width <m>', 'number of neurons (even)', '8000')
    .option('--steps <n>', 'number of gradient-descent steps', '2000')
    .option('--scan-widths <list>', 'widths of the repeat runs that show the finite-width '
      + 'difference shrink (default: m/4 and m/16; "none" to skip)')
    .option('--seed <n>', 'seed of the initialisation', '1')
    .option('--learning-rate <eta>', 'step size (default 1/λ_max of K/n)')
    .action((spec: string, flags: DataFlags) =>
      run(() => trainCommand(io, spec, flags)));

  withData(withKernelOptions(program.command('fpnorm <activations>')), '256')
    .description('FP-norm of a target for an activation, a comma list, or "all"')
    .action((spec: string, flags: DataFlags) =>
      run(() => fpnormCommand(io, spec, flags)));
}

type DataFlags = DeriveOptions & {
  target?: string; data?: string; points: string; interval: string; json?: boolean;
  sigmaB?: string; times?: string; width?: string; steps?: string; seed?: string;
  learningRate?: string; scanWidths?: string;
};

function withData(c: Command, points: string): Command {
  return c
    .option('--target <formula>', 'target function of x, sampled on a uniform grid')
    .option('--data <file>', 'text file with one "x y" pair per line')
    .option('--points <n>', 'number of grid points for --target', points)
    .option('--interval <a,b>', 'grid interval [a, b) for --target', '0,1');
}

function trainingData(flags: DataFlags): TrainingData {
  if ((flags.target === undefined) === (flags.data === undefined)) {
    throw new InputError('give exactly one of --target FORMULA or --data FILE');
  }
  if (flags.data !== undefined) return parseData(readText(flags.data), flags.data);
  const interval = parseNumberList('--interval', flags.interval);
  if (interval.length !== 2) {
    throw new InputError(`--interval ${flags.interval} is invalid: `
      + 'expected two numbers a,b');
  }
  return sampleTarget(flags.target!, {
    points: parseInteger('--points', flags.points),
    interval: [interval[0]!, interval[1]!],
  });
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new InputError(`cannot read --data ${path}: ${reason}`);
  }
}

function dynamicsCommand(io: Io, spec: string, flags: DataFlags): number {
  const d = derive(spec, flags);
  const data = trainingData(flags);
  const sigmaB = parseNumber('--sigma-b', flags.sigmaB ?? '10');
  const times = flags.times === undefined
    ? undefined
    : parseNumberList('--times', flags.times);
  const result = computeDynamics(d, data, { sigmaB, ...(times ? { times } : {}) });
  if (flags.json) io.out(JSON.stringify(dynamicsJson(d, data, result), null, 2));
  else io.out(dynamicsText(d, data, result));
  return 0;
}

/** Returns the repeat widths: m/4 and m/16 rounded to even numbers, when at least 2. */
function scanWidths(list: string | undefined, width: number): number[] {
  if (list === 'none') return [];
  if (list !== undefined) {
    return list.split(',').map((part) => parseInteger('--scan-widths entry', part));
  }
  return [4, 16].map((k) => 2 * Math.round(width / (2 * k))).filter((w) => w >= 2);
}

function trainCommand(io: Io, spec: string, flags: DataFlags): number {
  const d = derive(spec, flags);
  const data = trainingData(flags);
  const steps = parseInteger('--steps', flags.steps ?? '2000');
  const width = parseInteger('--width', flags.width ?? '8000');
  const showProgress = io.isTTY && !flags.json;
  let reported = 0;
  const onProgress = (step: number, total: number) => {
    const tenth = Math.floor((10 * step) / total);
    if (!showProgress || tenth === reported) return;
    reported = tenth;
    io.err(`lfp train: ${10 * tenth} % (${step} of ${total} steps)`);
  };
  const result = trainNetwork(d, data, {
    width, steps, scanWidths: scanWidths(flags.scanWidths, width),
    seed: parseInteger('--seed', flags.seed ?? '1'),
    sigmaB: parseNumber('--sigma-b', flags.sigmaB ?? '20'),
    ...(flags.learningRate === undefined ? {}
      : { learningRate: parseNumber('--learning-rate', flags.learningRate) }),
    onProgress,
  });
  if (flags.json) io.out(JSON.stringify(trainJson(d, data, result), null, 2));
  else io.out(trainText(d, data, result));
  return 0;
}

function fpnormCommand(io: Io, spec: string, flags: DataFlags): number {
  const data = trainingData(flags);
  const names = spec.trim() === 'all' ? BUILTINS.map((b) => b.name) : spec.split(',');
  const norms: FpNorm[] = [];
  const skipped: { activation: string; reason: string }[] = [];
  for (const name of names) {
    try {
      norms.push(fpNorm(derive(name.trim(), flags), data));
    } catch (err) {
      // A single activation's error is reported as such; in a ranking it is listed.
      if (names.length === 1 || !(err instanceof LfpError)) throw err;
      skipped.push({ activation: name.trim(), reason: err.message });
    }
  }
  norms.sort((a, b) => a.log10Squared - b.log10Squared);
  if (flags.json) io.out(JSON.stringify(fpnormJson(data, norms, skipped), null, 2));
  else io.out(fpnormText(data, norms, skipped));
  return 0;
}

function verifyOperator(io: Io, spec: string, flags: OperatorFlags): number {
  const xis = parseXiList(flags.xi);
  const sigmaBs = parseNumberList('--sigma-b', flags.sigmaB ?? '');
  const omega = parseNumber('--test-frequency', flags.testFrequency ?? '3');
  const d = derive(spec, flags);
  const check: OperatorCheck = checkOperator(d, { xis, sigmaBs, omega });
  const pass = check.worstExtrapolated <= OPERATOR_TOLERANCE;
  const json = operatorJson(d, check, OPERATOR_TOLERANCE);
  if (flags.json) io.out(JSON.stringify(json, null, 2));
  else io.out(operatorText(d, check, OPERATOR_TOLERANCE));
  return pass ? 0 : 1;
}

/** Parses a comma-separated list of finite numbers, naming the bad entry. */
export function parseNumberList(option: string, text: string): number[] {
  if (text.trim() === '') {
    throw new InputError(`${option} is empty: give comma-separated numbers`);
  }
  return text.split(',').map((part) => parseNumber(option, part));
}

/** Parses a whole number written in decimal digits, naming the option in the error. */
export function parseInteger(option: string, text: string): number {
  const t = text.trim();
  if (!/^\d{1,15}$/.test(t)) {
    throw new InputError(`${option} value "${t}" is invalid: expected a whole number `
      + '≥ 0 in decimal digits, e.g. 2000');
  }
  return Number(t);
}

/** Parses one finite decimal number, naming the option in the error. */
export function parseNumber(option: string, text: string): number {
  const t = text.trim();
  const v = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : Number.NaN;
  if (!Number.isFinite(v)) {
    throw new InputError(`${option} value "${t}" is not a finite number`);
  }
  return v;
}

