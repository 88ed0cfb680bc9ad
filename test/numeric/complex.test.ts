import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertClose } from '../helpers/close.js';
import * as C from '../../src/numeric/complex.js';
import type { Complex } from '../../src/numeric/complex.js';
import { InputError } from '../../src/errors.js';

type Pair = [number, number];
type Case = [Pair, Pair];

function assertComplexClose(got: Complex, want: Pair, rel: number, label: string) {
  // Componentwise, relative to the modulus, so a component that is small
  // next to the other is judged on the scale of the whole number.
  const scale = Math.hypot(want[0], want[1]);
  const tol = { rel, abs: rel * scale };
  assertClose(got.re, want[0], tol, `${label} re`);
  assertClose(got.im, want[1], tol, `${label} im`);
}

const z = ([re, im]: Pair): Complex => ({ re, im });

// Expected values: test/reference/complex_values.py, mpmath 1.3.0 at
// 50 digits; arguments converted exactly with mpc(re, im), results
// rounded to doubles. Each table is named after the mpmath function.
const TABLES: Record<string, [(a: Complex) => Complex, Case[]]> = {
  exp: [C.exp, [
    [[0.5, 0.25], [1.5974665191199127, 0.40790017007835977]],
    [[-1.5, 2.0], [-0.09285491028402633, 0.2028916804701695]],
    [[3.0, -0.7], [15.36226599311421, -12.939458143583208]],
    [[-0.2, -4.0], [-0.5351581339542838, 0.6196174769147559]],
    [[-700.0, 1.0], [5.327205971707415e-305, 8.296631731164852e-305]],
  ]],
  log: [C.log, [
    [[0.5, 0.25], [-0.5815754049028404, 0.4636476090008061]],
    [[-1.5, 2.0], [0.9162907318741551, 2.214297435588181]],
    [[3.0, -0.7], [1.1251193063109182, -0.22923193327699531]],
    [[-0.2, -4.0], [1.3875428012191842, -1.6207547225168393]],
    [[-2.0, 0.0], [0.6931471805599453, 3.141592653589793]],
    [[1e300, 1e300], [691.1221014884936, 0.7853981633974483]],
  ]],
  sqrt: [C.sqrt, [
    [[0.5, 0.25], [0.7276733451126774, 0.17178037486125622]],
    [[-1.5, 2.0], [0.7071067811865476, 1.4142135623730951]],
    [[3.0, -0.7], [1.743643363785994, -0.20072912114323696]],
    [[-0.2, -4.0], [1.3793108567143515, -1.4499994618792376]],
    [[-4.0, 0.0], [0.0, 2.0]],
    [[1e308, 1e308], [1.09868411346781e154, 4.5508986056222734e153]],
  ]],
  sin: [C.sin, [
    [[0.5, 0.25], [0.494485780933195, 0.22168816414957482]],
    [[-1.5, 2.0], [-3.752771340479298, 0.2565539560904818]],
    [[3.0, -0.7], [0.1771294601911342, 0.7509921728645277]],
    [[-0.2, -4.0], [-5.425308342727113, -26.745935756959845]],
    [[30.0, 1.2], [-1.788984960856284, 0.23283660262160544]],
    [[-0.001, 0.002], [-0.001000001833333675, 0.0020000003333330166]],
  ]],
  cos: [C.cos, [
    [[0.5, 0.25], [0.9051501505596067, -0.12110879604381165]],
    [[-1.5, 2.0], [0.2661271953135458, 3.6177750739401375]],
    [[3.0, -0.7], [-1.2426078975400758, 0.10705133811767888]],
    [[-0.2, -4.0], [26.7638863024865, -5.421669587006003]],
    [[30.0, 1.2], [0.27929624650681084, 1.4913955544933013]],
    [[-0.001, 0.002], [1.0000014999997084, 2.000001000000061e-6]],
  ]],
  sinh: [C.sinh, [
    [[0.5, 0.25], [0.504895714387995, 0.2789791283502615]],
    [[-1.5, 2.0], [0.8860929093625314, 2.139040009980677]],
    [[3.0, -0.7], [7.662093371422626, -6.485765926810749]],
    [[-0.2, -4.0], [0.13160199371116604, 0.7719890660331793]],
    [[30.0, 1.2], [1936163466316.6272, 4980106000588.028]],
    [[-0.001, 0.002], [-0.0009999981666670083, 0.00199999966666635]],
  ]],
  cosh: [C.cosh, [
    [[0.5, 0.25], [1.0925708047319176, 0.12892104172809826]],
    [[-1.5, 2.0], [-0.9789478196465577, -1.9361483295105073]],
    [[3.0, -0.7], [7.700172621691585, -6.453692216772459]],
    [[-0.2, -4.0], [-0.6667601276654499, -0.15237158911842333]],
    [[30.0, 1.2], [1936163466316.6272, 4980106000588.028]],
    [[-0.001, 0.002], [0.9999984999997084, -1.999999000000061e-6]],
  ]],
  tanh: [C.tanh, [
    [[0.5, 0.25], [0.48548728102413535, 0.19805544995134952]],
    [[-1.5, 2.0], [-1.0641443991765371, -0.08039101531016818]],
    [[3.0, -0.7], [0.9991458237125991, -0.004881228349369699]],
    [[-0.2, -4.0], [-0.4390385533071565, -1.057489844886612]],
    [[30.0, 1.2], [1.0, 1.1829401220602754e-26]],
    [[-0.001, 0.002], [-0.0010000036666721333, 0.0020000006666616]],
    [[400.0, 0.5], [1.0, 0.0]],
    [[-25.0, 1.0], [-1.0, 3.5076145474880305e-22]],
  ]],
  sech: [C.sech, [
    [[0.5, 0.25], [0.902703693945398, -0.1065171246487759]],
    [[-1.5, 2.0], [-0.20797661118979593, 0.4113330253677485]],
    [[3.0, -0.7], [0.07628253324800546, 0.06393414995808096]],
    [[-0.2, -4.0], [-1.4253523764277491, 0.3257291455181165]],
    [[30.0, 1.2], [6.78161449245654e-14, -1.7443340717407438e-13]],
    [[-0.001, 0.002], [1.0000014999985416, 2.000005000003728e-6]],
    [[700.0, 0.5], [1.730536040136623e-304, -9.453961474910509e-305]],
    [[-705.0, 3.0], [-1.3153827943899788e-306, 1.8750327015967502e-307]],
  ]],
  csch: [C.csch, [
    [[0.5, 0.25], [1.5173468862771398, -0.838407020847244]],
    [[-1.5, 2.0], [0.16529570950522243, -0.3990260303111788]],
    [[3.0, -0.7], [0.07603332197825448, 0.06436026097359254]],
    [[-0.2, -4.0], [0.21458495740696285, -1.258774553347175]],
    [[30.0, 1.2], [6.78161449245654e-14, -1.7443340717407438e-13]],
    [[-0.001, 0.002], [-199.99983333311943, -400.0003333333722]],
  ]],
  coth: [C.coth, [
    [[0.5, 0.25], [1.7658972151170622, -0.7204010922182279]],
    [[-1.5, 2.0], [-0.934389456435266, 0.07058865052155923]],
    [[3.0, -0.7], [1.0008310195479346, 0.004889461207367458]],
    [[-0.2, -4.0], [-0.33487817263109426, 0.806604030930774]],
    [[30.0, 1.2], [1.0, -1.1829401220602754e-26]],
    [[-0.001, 0.002], [-200.00033333357777, -399.99933333328886]],
  ]],
};

describe.each(Object.entries(TABLES))('%s', (name, [fn, cases]) => {
  it.each(cases)(`${name}(%j) matches mpmath`, (arg, want) => {
    assertComplexClose(fn(z(arg)), want, 4e-15, `${name}(${arg})`);
  });
});

describe('log near 1', () => {
  it('keeps the relative accuracy of log|z|', () => {
    // mpmath 1.3.0: log(mpc(1.0000001, 1e-9)) at 50 digits
    const got = C.log(z([1.0000001, 1e-9]));
    assertClose(got.re, 9.999999505888704e-8, { rel: 1e-14, abs: 0 }, 'log re');
    assertClose(got.im, 9.9999990000001e-10, { rel: 1e-14, abs: 0 }, 'log im');
  });
});

describe('sqrt', () => {
  it('keeps the small component of a near-negative argument', () => {
    // mpmath 1.3.0: sqrt(mpc(-1e-3, -1e-20)) at 50 digits
    const got = C.sqrt(z([-1e-3, -1e-20]));
    assertClose(got.re, 1.5811388300841895e-19, { rel: 1e-15, abs: 0 }, 'sqrt re');
    assertClose(got.im, -0.03162277660168379, { rel: 1e-15, abs: 0 }, 'sqrt im');
  });
});

describe('pow', () => {
  // mpmath 1.3.0: power(mpc(a), mpc(b)) at 50 digits, as [a, b, a^b]
  const cases: [Pair, Pair, Pair][] = [
    [[2.0, 1.0], [0.5, -0.3], [1.7184242857470888, -0.016483429119594193]],
    [[-8.0, 0.0], [1 / 3, 0.0], [1.0, 1.7320508075688772]],
    [[0.1, 0.2], [3.0, 0.0], [-0.011000000000000001, -0.0020000000000000005]],
  ];
  it.each(cases)('pow(%j, %j) matches mpmath', (a, b, want) => {
    assertComplexClose(C.pow(z(a), z(b)), want, 4e-15, `pow(${a}, ${b})`);
  });

  it('defines powers of zero', () => {
    expect(C.pow(C.ZERO, z([2, 1]))).toEqual(C.ZERO);
    expect(C.pow(C.ZERO, C.ZERO)).toEqual(C.ONE);
    expect(() => C.pow(C.ZERO, z([-1, 0]))).toThrow(InputError);
  });
});

describe('scaling', () => {
  it('divides large components without overflow', () => {
    const q = C.div(z([1e300, 1e300]), z([1e300, -1e300]));
    assertComplexClose(q, [0, 1], 1e-16, 'div');
    const r = C.div(z([1, 1]), z([1e-300, 3e-300]));
    assertComplexClose(r, [4e299, -2e299], 1e-15, 'div tiny divisor');
  });

  it('takes the modulus of large components', () => {
    assertClose(C.abs(z([1e308, 1e308])), Math.SQRT2 * 1e308,
      { rel: 1e-16, abs: 0 }, 'abs');
  });

  it('rejects division by zero and log(0)', () => {
    expect(() => C.div(C.ONE, C.ZERO)).toThrow(InputError);
    expect(() => C.log(C.ZERO)).toThrow(InputError);
    expect(() => C.csch(C.ZERO)).toThrow(InputError);
    expect(() => C.coth(C.ZERO)).toThrow(InputError);
  });

  it('keeps sin and cos of large imaginary arguments free of NaN', () => {
    expect(C.sin(z([0, 800]))).toEqual({ re: 0, im: Infinity });
    expect(C.cos(z([0, 800]))).toEqual({ re: Infinity, im: 0 });
  });
});

describe('properties', () => {
  const component = fc.double({ min: -1e100, max: 1e100, noNaN: true });
  const nonzero = fc.record({ re: component, im: component })
    .filter((a) => C.abs(a) > 1e-100);

  it('undoes multiplication by division', () => {
    fc.assert(fc.property(nonzero, nonzero, (a, b) => {
      const back = C.div(C.mul(a, b), b);
      const tol = { rel: 0, abs: 1e-15 * C.abs(a) };
      assertClose(back.re, a.re, tol, 're');
      assertClose(back.im, a.im, tol, 'im');
    }));
  });

  it('squares the principal square root', () => {
    fc.assert(fc.property(nonzero, (a) => {
      const s = C.sqrt(a);
      const back = C.mul(s, s);
      const tol = { rel: 0, abs: 1e-15 * C.abs(a) };
      assertClose(back.re, a.re, tol, 're');
      assertClose(back.im, a.im, tol, 'im');
      expect(s.re).toBeGreaterThanOrEqual(0);
    }));
  });
});
