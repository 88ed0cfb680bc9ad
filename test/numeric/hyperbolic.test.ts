import { describe, expect, it } from 'vitest';
import { assertClose } from '../helpers/close.js';
import {
  coth, csch, log1pExp, logCsch, logSech, logistic, sech,
} from '../../src/numeric/special.js';
import { InputError } from '../../src/errors.js';

const DOUBLE = { rel: 2e-15, abs: 1e-322 };

// Expected values: test/reference/special_values.py, mpmath 1.3.0 at
// 50 digits, arguments converted exactly with mpf(x), rounded to doubles.
// The expression for each table is named above it.

type Table = [number, number][];

// csch(mpf(x))
const CSCH: Table = [
  [1e-300, 9.999999999999999e299],
  [1e-8, 100000000.0],
  [0.5, 1.9190347513349437],
  [3.0, 0.09982156966882273],
  [30.0, 1.871524593768035e-13],
  [700.0, 1.971935308751954e-304],
  [-2.0, -0.2757205647717832],
];

// sech(mpf(x))
const SECH: Table = [
  [0.0, 1.0],
  [1e-8, 1.0],
  [0.5, 0.8868188839700739],
  [3.0, 0.0993279274194332],
  [30.0, 1.871524593768035e-13],
  [700.0, 1.971935308751954e-304],
  [-2.0, 0.26580222883407967],
];

// coth(mpf(x))
const COTH: Table = [
  [1e-300, 9.999999999999999e299],
  [1e-8, 100000000.0],
  [0.5, 2.163953413738653],
  [3.0, 1.0049698233136892],
  [30.0, 1.0],
  [-2.0, -1.0373147207275482],
];

// log(fabs(csch(mpf(x))))
const LOG_CSCH: Table = [
  [1e-300, 690.7755278982137],
  [1e-8, 18.420680743952367],
  [0.5, 0.6518223259470272],
  [30.0, -29.306852819440056],
  [10000.0, -9999.30685281944],
  [-800.0, -799.3068528194401],
];

// log(sech(mpf(x)))
const LOG_SECH: Table = [
  [0.0, 0.0],
  [1e-8, -5e-17],
  [0.5, -0.12011450695827752],
  [30.0, -29.306852819440056],
  [10000.0, -9999.30685281944],
  [-800.0, -799.3068528194401],
];

// log1p(exp(mpf(x))); -745 gives a subnormal, printed with 20 digits
const LOG1P_EXP: Table = [
  [1e10, 10000000000.0],
  [40.0, 40.0],
  [1.0, 1.3132616875182228],
  [0.0, 0.6931471805599453],
  [-1e-10, 0.6931471805099453],
  [-40.0, 4.248354255291589e-18],
  [-745.0, 2.8223507304719370764e-324],
];

// 1 / (1 + exp(-mpf(x))); -710 gives a subnormal, printed with 20 digits
const LOGISTIC: Table = [
  [-710.0, 4.4762862256751299561e-309],
  [-40.0, 4.248354255291589e-18],
  [-1e-10, 0.499999999975],
  [0.5, 0.6224593312018546],
  [40.0, 1.0],
];

const CASES: [string, (x: number) => number, Table][] = [
  ['csch', csch, CSCH],
  ['sech', sech, SECH],
  ['coth', coth, COTH],
  ['logCsch', logCsch, LOG_CSCH],
  ['logSech', logSech, LOG_SECH],
  ['log1pExp', log1pExp, LOG1P_EXP],
  ['logistic', logistic, LOGISTIC],
];

describe.each(CASES)('%s', (name, fn, table) => {
  it.each(table)(`${name}(%s) matches mpmath`, (x, want) => {
    assertClose(fn(x), want, DOUBLE, `${name}(${x})`);
  });

  it('rejects NaN', () => {
    expect(() => fn(NaN)).toThrow(InputError);
  });
});

describe('poles and limits', () => {
  it('rejects the poles of csch, coth and logCsch at 0', () => {
    expect(() => csch(0)).toThrow(InputError);
    expect(() => coth(0)).toThrow(InputError);
    expect(() => logCsch(0)).toThrow(InputError);
  });

  it('keeps the tail of logistic subnormal, not zero', () => {
    expect(logistic(-710)).toBeGreaterThan(0);
    expect(logistic(-710)).toBeLessThan(2 ** -1022);
  });

  it('does not overflow at large arguments', () => {
    expect(csch(1e4)).toBe(0);
    expect(sech(-1e4)).toBe(0);
    expect(coth(-1e4)).toBe(-1);
    expect(log1pExp(1e300)).toBe(1e300);
  });
});
