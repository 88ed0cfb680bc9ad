/**
 * preciseField: arithmetic, every function name of FUNCTIONS, the
 * real-only rules, distributions and conversions.
 *
 * Complex reference values: mpmath 1.3.0 with mp.dps = 80, printed by
 * test/reference/precise_functions.py as nstr of the real and imaginary
 * parts of f(mpc(re, im)), 60 digits.
 */
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors.js';
import { FUNCTIONS, type FnName } from '../../src/expr/tree.js';
import { type PreciseComplex, preciseField } from '../../src/precise/index.js';
import { assertClose } from '../helpers/close.js';
import { assertDigits } from './precise-close.js';

const DIGITS = 50;
const F = preciseField(DIGITS);
const z = (text: string) => F.fromDecimalString(text);

function expectComplex(got: PreciseComplex, re: string, im: string, label: string) {
  assertDigits(got.re, re, DIGITS, `${label} (real part)`, '1e-55');
  assertDigits(got.im, im, DIGITS, `${label} (imaginary part)`, '1e-55');
}

describe('complex functions at 50 digits', () => {
  test.each([
    [
      'exp',
      '0.5+2i',
      '-0.686110141149843124650141359942874398610039388432498563819955',
      '1.49917800900039471582679019448800031280528223033803063004961',
    ],
    ['log', '-1', '0', '3.14159265358979323846264338327950288419716939937510582097494'],
    [
      'log',
      '0.5-2i',
      '0.723459491468162730707535187478386699718601371932617139527939',
      '-1.3258176636680324650592392104284756311844406013063688433601',
    ],
    [
      'sin',
      '0.5+2i',
      '1.80369269553218173966230551210756264140264651675258138619841',
      '3.18286944833714877865469010610208428592201099043630151775978',
    ],
    [
      'cos',
      '0.5+2i',
      '3.3016373329140945574938792374713661487519841063419083588051',
      '-1.73880950447431633437899996686067242041521076230498106784995',
    ],
    [
      'sinh',
      '0.5+2i',
      '-0.21685216292078971162359621189831538706790520367714945991878',
      '1.02534738858398772550624316206053753422855766047432065258567',
    ],
    [
      'cosh',
      '0.5+2i',
      '-0.469257978229053413026545148044559011542134184755349103901175',
      '0.473830620416406990320547032427462778576724569863709977463943',
    ],
    [
      'tanh',
      '0.5+2i',
      '1.32128658377119172406543933741955769803452136021654177264857',
      '-0.850878121144937689981065598499842393106516566680243144730167',
    ],
    [
      'tanh',
      '1.5i',
      '0',
      '14.1014199471717193876460836519877564456595435772358618661233',
    ],
    [
      'sech',
      '0.5+2i',
      '-1.05517978421926109039894214033950176001846052932899308003735',
      '-1.06546188877670025361917475880275525325964728358086725941846',
    ],
    [
      'csch',
      '0.5+2i',
      '-0.197432301628385935621926890611543077498867146656861173288402',
      '-0.933523983206643921884191376865571579836845277830386595861142',
    ],
    [
      'coth',
      '0.5+2i',
      '0.534978930835644623947997165392317059530680344870072878016589',
      '0.344514107017065229456830274017517477480384466471686738680058',
    ],
    ['abs', '3-4i', '5', '0'],
    ['abs', '1e-300+i', '1', '0'],
  ] as [FnName, string, string, string][])('%s(%s)', (fn, arg, re, im) => {
    expectComplex(F.apply(fn, [z(arg)]), re, im, `${fn}(${arg})`);
  });

  test('principal powers', () => {
    // mpmath 1.3.0, dps 80: power(mpc(-8), mpf(1)/3) and
    // power(mpc(1, 2), mpc(0.5, -1.5)).
    const third = F.div(F.fromRational(1n, 1n), F.fromRational(3n, 1n));
    const root = '1.73205080756887729352744634150587236694280525381038062805581';
    expectComplex(F.pow(z('-8'), third), '1', root, '(-8)^(1/3)');
    expectComplex(
      F.pow(z('1+2i'), z('0.5-1.5i')),
      '6.2486048363340748085988351117021698307621640205073631957509',
      '-4.7848585806310624135983785226623715858500593428730303710015',
      '(1+2i)^(0.5-1.5i)',
    );
  });
});

describe('every function name', () => {
  const args: Record<FnName, string[]> = {
    exp: ['0.5'], log: ['2'], log1p: ['1'], abs: ['-3'], sign: ['-2'], heaviside: ['0'],
    dirac: ['1', '0'], max: ['1', '2'], min: ['1', '2'], tanh: ['1'], sinh: ['1'],
    cosh: ['1'], sech: ['1'], csch: ['1'], coth: ['1'], erf: ['1'], erfc: ['1'],
    sin: ['1'], cos: ['1'], gamma: ['0.5'], besselk: ['0.5', '2'],
  };

  test.each([...FUNCTIONS])('%s evaluates at real arguments', (fn) => {
    const value = F.apply(fn, args[fn].map(z));
    expect(value.im.man).toBe(0n);
  });

  const realOnly: FnName[] = [
    'sign', 'heaviside', 'dirac', 'max', 'min', 'erf', 'erfc', 'gamma', 'besselk',
  ];
  test.each(realOnly)('%s rejects a complex argument', (fn) => {
    const inputs = args[fn].map((_, i) => (i === 0 ? z('1+i') : z('1')));
    expect(() => F.apply(fn, inputs)).toThrow(InputError);
    const message = new RegExp(`^${fn} is implemented for real arguments only`);
    expect(() => F.apply(fn, inputs)).toThrow(message);
  });

  test('real arguments match the real routines', () => {
    // mpmath 1.3.0, dps 80: erf(1) and gamma(-0.5); tanh(x) = x to 60 digits at 1e-30.
    const erfOne = '0.842700792949714869341220635082609259296066997966302908459938';
    assertDigits(F.apply('erf', [z('1')]).re, erfOne, DIGITS, 'erf(1)');
    assertDigits(F.apply('tanh', [z('-1e-30')]).re, '-1e-30', DIGITS, 'tanh(-1e-30)');
    const gammaHalf = '-3.54490770181103205459633496668229036559509891224477425642762';
    assertDigits(F.apply('gamma', [z('-0.5')]).re, gammaHalf, DIGITS, 'gamma(-0.5)');
  });
});

describe('steps and distributions', () => {
  test('heaviside is one half at zero', () => {
    assertDigits(F.apply('heaviside', [z('0')]).re, '0.5', DIGITS, 'H(0)');
    assertDigits(F.apply('heaviside', [z('-1e-400')]).re, '0', DIGITS, 'H(-1e-400)');
    assertDigits(F.apply('heaviside', [z('1e-400')]).re, '1', DIGITS, 'H(1e-400)');
  });

  test('dirac vanishes off zero and throws at zero', () => {
    expect(F.apply('dirac', [z('1e-400')]).re.man).toBe(0n);
    expect(F.apply('dirac', [z('2'), z('1')]).re.man).toBe(0n);
    expect(() => F.apply('dirac', [z('0')])).toThrow(InputError);
    expect(() => F.apply('dirac', [z('0'), z('2')])).toThrow(/no value at 0/);
  });

  test('sign, max and min', () => {
    assertDigits(F.apply('sign', [z('-1e-400')]).re, '-1', DIGITS, 'sign');
    assertDigits(F.apply('max', [z('-1'), z('2')]).re, '2', DIGITS, 'max');
    assertDigits(F.apply('min', [z('-1'), z('2')]).re, '-1', DIGITS, 'min');
  });

  test('wrong argument counts rejected', () => {
    expect(() => F.apply('max', [z('1')])).toThrow(/takes 2 argument/);
    expect(() => F.apply('exp', [z('1'), z('2')])).toThrow(InputError);
  });
});

describe('field arithmetic and conversions', () => {
  test('constants', () => {
    // mpmath 1.3.0, dps 80: pi and e.
    const pi = '3.14159265358979323846264338327950288419716939937510582097494';
    const e = '2.71828182845904523536028747135266249775724709369995957496697';
    assertDigits(F.constant('pi').re, pi, DIGITS, 'π');
    assertDigits(F.constant('e').re, e, DIGITS, 'e');
    expect(F.constant('i').im.man).not.toBe(0n);
  });

  test('integer powers are exact products', () => {
    // (1+i)^8 = 16 and (1+i)^−2 = −i/2.
    expectComplex(F.powInt(z('1+i'), 8n), '16', '0', '(1+i)^8');
    expectComplex(F.powInt(z('1+i'), -2n), '0', '-0.5', '(1+i)^-2');
  });

  test('division by zero rejected', () => {
    expect(() => F.div(z('1'), z('0'))).toThrow(/division by zero/);
  });

  test('decimal strings round trip', () => {
    expect(F.toDecimalString(z('1.5-2e-3i'))).toBe('1.5 - 0.002i');
    expect(F.toDecimalString(z('-i'))).toBe('-1i');
    expect(F.toDecimalString(z('5.7e-472'))).toBe('5.7e-472');
    expect(F.toDecimalString(F.constant('pi'), 10)).toBe('3.141592654');
    expect(() => z('1+2j')).toThrow(InputError);
  });

  test('toNumber of real and complex values', () => {
    assertClose(F.toNumber(z('0.1')), 0.1, { rel: 0, abs: 0 }, 'toNumber(0.1)');
    assertClose(F.toNumber(z('5.7e-472')), 0, { rel: 0, abs: 0 }, 'toNumber(5.7e-472)');
    expect(() => F.toNumber(z('1+i'))).toThrow(/imaginary part is not zero/);
  });

  test('signOfReal', () => {
    expect(F.signOfReal(z('-1e-400+5i'))).toBe(-1);
    expect(F.signOfReal(z('3i'))).toBe(0);
  });
});
