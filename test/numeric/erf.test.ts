import { describe, expect, it } from 'vitest';
import { assertClose } from '../helpers/close.js';
import { erf, erfc, erfcx, logErfc } from '../../src/numeric/special.js';
import { InputError } from '../../src/errors.js';

/** Relative 1e-15 and an absolute floor at the subnormal spacing. */
const DOUBLE = { rel: 1e-15, abs: 1e-322 };

// Expected values: test/reference/special_values.py, mpmath 1.3.0 at
// 50 digits, each argument converted exactly with mpf(x), rounded to the
// nearest double. Expressions are named above each table.

// erf(mpf(x))
const ERF: [number, number][] = [
  [1e-300, 1.1283791670955126e-300],
  [1e-10, 1.1283791670955126e-10],
  [0.1, 0.1124629160182849],
  [0.3, 0.3286267594591274],
  [0.49, 0.511668261188523],
  [0.5, 0.5204998778130465],
  [0.7, 0.6778011938374184],
  [1.0, 0.8427007929497149],
  [2.0, 0.9953222650189527],
  [3.5, 0.9999992569016276],
  [5.0, 0.9999999999984626],
  [6.0, 1.0],
  [-0.2, -0.22270258921047847],
  [-1.5, -0.9661051464753108],
  [-4.0, -0.9999999845827421],
];

// erfc(mpf(x)); 27 gives a subnormal, printed with 20 digits
const ERFC: [number, number][] = [
  [1e-10, 0.999999999887162],
  [0.2, 0.7772974107895215],
  [0.49, 0.4883317388114769],
  [0.5, 0.4795001221869535],
  [1.0, 0.15729920705028513],
  [2.0, 0.004677734981047266],
  [5.0, 1.537459794428035e-12],
  [10.0, 2.088487583762545e-45],
  [20.0, 5.395865611607901e-176],
  [26.0, 5.663192408856143e-296],
  [27.0, 5.237048923789255685e-319],
  [-0.3, 1.3286267594591274],
  [-1.0, 1.8427007929497148],
  [-3.0, 1.9999779095030015],
  [-10.0, 2.0],
];

// exp(mpf(x)**2) * erfc(mpf(x)); for x = 1e300 the asymptotic series
// 1/(√π x)·(1 − 1/(2x²) + 3/(4x⁴)) because mpmath's erfc
// overflows an internal float there
const ERFCX: [number, number][] = [
  [0.0, 1.0],
  [0.2, 0.8090195199015807],
  [0.5, 0.6156903441929259],
  [1.0, 0.427583576155807],
  [5.0, 0.11070463773306863],
  [30.0, 0.01879588886141675],
  [1000.0, 0.0005641893014533876],
  [1e8, 5.641895835477562e-9],
  [1e300, 5.641895835477562e-301],
  [-0.3, 1.4537492328427655],
  [-1.0, 5.008980080762283],
  [-5.0, 144009798674.66104],
  [-26.0, 7.657724931490568e293],
];

// log(erfc(mpf(x)))
const LOG_ERFC: [number, number][] = [
  [-40.0, 0.6931471805599453],
  [-1.0, 0.6112323176780705],
  [0.1, -0.11930497373739561],
  [3.0, -10.720363041981113],
  [30.0, -903.9741171106439],
  [100.0, -10005.177585122665],
  [10000.0, -100000009.78270532],
  [1e10, -1e20],
];

describe('erf', () => {
  it.each(ERF)('erf(%s) matches mpmath', (x, want) => {
    assertClose(erf(x), want, DOUBLE, `erf(${x})`);
  });

  it('is odd', () => {
    for (const x of [0.25, 0.5, 0.75, 2, 7]) {
      expect(erf(-x)).toBe(-erf(x));
    }
  });

  it('is ±1 at infinity', () => {
    expect(erf(Infinity)).toBe(1);
    expect(erf(-Infinity)).toBe(-1);
  });

  it('rejects NaN', () => {
    expect(() => erf(NaN)).toThrow(InputError);
  });
});

describe('erfc', () => {
  it.each(ERFC)('erfc(%s) matches mpmath', (x, want) => {
    assertClose(erfc(x), want, DOUBLE, `erfc(${x})`);
  });

  it('underflows to 0 at 30', () => {
    expect(erfc(30)).toBe(0);
    expect(erfc(Infinity)).toBe(0);
    expect(erfc(-Infinity)).toBe(2);
  });

  it('is continuous across the method switch at 0.5', () => {
    const below = erfc(0.5 - 2 ** -50);
    const above = erfc(0.5);
    assertClose(below, above, { rel: 2e-15, abs: 0 }, 'erfc near 0.5');
  });

  it('rejects NaN', () => {
    expect(() => erfc(NaN)).toThrow(InputError);
  });
});

describe('erfcx', () => {
  it.each(ERFCX)('erfcx(%s) matches mpmath', (x, want) => {
    assertClose(erfcx(x), want, DOUBLE, `erfcx(${x})`);
  });

  it('overflows to Infinity below -26.7', () => {
    expect(erfcx(-27)).toBe(Infinity);
    expect(erfcx(Infinity)).toBe(0);
  });
});

describe('logErfc', () => {
  it.each(LOG_ERFC)('logErfc(%s) matches mpmath', (x, want) => {
    assertClose(logErfc(x), want, DOUBLE, `logErfc(${x})`);
  });

  it('is -Infinity at Infinity', () => {
    expect(logErfc(Infinity)).toBe(-Infinity);
  });
});
