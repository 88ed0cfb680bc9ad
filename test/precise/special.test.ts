/**
 * erf, erfc, Γ and K_ν at 50 digits against mpmath and identities,
 * including the far tail (erfc 30 ≈ 2.56e−393, K_0.7(1000) ≈ 2e−436).
 *
 * Reference values: mpmath 1.3.0 with mp.dps = 80, printed by
 * test/reference/precise_functions.py as nstr(f(mpf(x)), 60).
 */
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  type BigFloat, besselK, erf, erfc, formatDecimal, gamma, mul, neg, parseDecimal, pi,
  sqrt, workingBits,
} from '../../src/precise/index.js';
import { evenBernoulli } from '../../src/precise/bernoulli.js';
import { assertDigits } from './precise-close.js';

const DIGITS = 50;
const PREC = workingBits(DIGITS);
const at = (text: string) => parseDecimal(text, PREC);

type Unary = (x: BigFloat, prec: number) => BigFloat;

const CASES: [string, Unary, [string, string][]][] = [
  ['erf', erf, [
    ['1e-30', '1.12837916709551257389615890312154517168810125865799771368817e-30'],
    ['0.1', '0.112462916018284892203275071743968383221696299159702547534494'],
    ['1', '0.842700792949714869341220635082609259296066997966302908459938'],
    ['3', '0.999977909503001414558627223870417679620152292912600750342761'],
    ['6', '0.999999999999999978480263287501086883406649600812615369522486'],
    ['-2', '-0.995322265018952734162069256367252928610891797040060076738352'],
  ]],
  ['erfc', erfc, [
    ['1e-30', '0.999999999999999999999999999998871620832904487426103841096878'],
    ['0.1', '0.887537083981715107796724928256031616778303700840297452465506'],
    ['1', '0.157299207050285130658779364917390740703933002033697091540062'],
    ['3', '0.0000220904969985854413727761295823203798477070873992496572389548'],
    [
      '6',
      '0.0000000000000000215197367124989131165933503991873846304775140616885421005279',
    ],
    ['10', '2.08848758376254475700078629495778861156081811932116372701221e-45'],
    ['30', '2.5646562037561116000333972775014471465488897227786170541226e-393'],
    ['-2', '1.99532226501895273416206925636725292861089179704006007673835'],
  ]],
  ['gamma', gamma, [
    ['0.3', '2.99156898768759062831251651590491779111280602492171511274412'],
    ['10.7', '1799844.07893137539838714151617517404610814540942281132016201'],
    ['-3.3', '0.438517392198762807229881145621030241472970903197171125273351'],
    ['100.5', '9.32096310408271660834910980914191043790649703816236115401612e+156'],
    ['1e-20', '99999999999999999999.4227843350984671394033784698708772945117'],
    ['1234.567', '2.34266707696954391481845233595746936262091807159173508798404e+3279'],
  ]],
];

describe.each(CASES)('%s at 50 digits', (name, fn, cases) => {
  test.each(cases)(`${name}(%s)`, (x, want) => {
    assertDigits(fn(at(x), PREC), want, DIGITS, `${name}(${x})`);
  });
});

describe('Bernoulli numbers', () => {
  test('B_2 to B_16 match the known fractions', () => {
    // mpmath 1.3.0 bernfrac(2k) for k = 1 … 8, printed by precise_functions.py.
    const known: [bigint, bigint][] = [
      [1n, 6n], [-1n, 30n], [1n, 42n], [-1n, 30n], [5n, 66n], [-691n, 2730n],
      [7n, 6n], [-3617n, 510n],
    ];
    const computed = evenBernoulli(8);
    known.forEach(([num, den], i) => {
      const b = computed[i]!;
      expect(b.num * den, `B_${2 * (i + 1)}`).toBe(num * b.den);
    });
  });
});

describe('gamma identities', () => {
  test('gamma(-1/2) is -2 sqrt(pi)', () => {
    // Identity Γ(−½) = −2√π, evaluated by the reflection formula.
    const want = neg(mul(at('2'), sqrt(pi(PREC + 8), PREC + 8), PREC + 8));
    const got = gamma(at('-0.5'), PREC);
    // mpmath 1.3.0, dps 80: -2*sqrt(pi).
    const reference = '-3.54490770181103205459633496668229036559509891224477425642762';
    assertDigits(got, reference, DIGITS, 'Γ(−1/2)');
    assertDigits(got, formatDecimal(want, 70), DIGITS, 'Γ(−1/2) vs −2√π');
  });

  test('gamma at integers is the factorial', () => {
    // Identity Γ(n) = (n − 1)!: 29! = 8841761993739701954543616000000.
    const factorial = '8841761993739701954543616000000';
    assertDigits(gamma(at('30'), PREC), factorial, DIGITS, 'Γ(30)');
  });

  test('gamma poles rejected', () => {
    expect(() => gamma(at('0'), PREC)).toThrow(InputError);
    expect(() => gamma(at('-3'), PREC)).toThrow(/pole at -3/);
  });
});

describe('besselK at 50 digits', () => {
  // mpmath 1.3.0, dps 80: besselk(mpf(nu), mpf(x)).
  test.each([
    ['0', '1', '0.42102443824070833333562737921260903613621974822666047229897'],
    ['0.3', '1', '0.435076024208802024348361194200927458081070679108813118909028'],
    ['2.5', '3', '0.0840606319741173826528577316112522650708069155074738257448963'],
    ['0', '1e-10', '23.1417824455988692890509890343334133862668707739386812044141'],
    ['10', '0.1', '1857429584630400999.90001041542678101026973037624187462962911'],
    ['0.7', '1000', '2.01200995213634816177515444940408188099154424026406743488564e-436'],
    [
      '1',
      '20',
      '0.000000000588305796955703817765028217154281054233226601783471528291386',
    ],
    ['7.5', '0.01', '169365954537587731298.805810627106820889805464615823910465057'],
    ['-0.3', '1', '0.435076024208802024348361194200927458081070679108813118909028'],
  ])('besselk(%s, %s)', (nu, x, want) => {
    assertDigits(besselK(at(nu), at(x), PREC), want, DIGITS, `K_${nu}(${x})`);
  });

  test('besselK half-integer order matches the integral', () => {
    // Two routes: the closed form at ν = 2.5 and the trapezoidal rule at
    // ν = 2.5 + 1e−60, where K changes by about 1e−60 relative.
    const closed = besselK(at('2.5'), at('3'), PREC);
    const order = '2.5000000000000000000000000000000000000000000000000000000000001';
    const nearOrder = parseDecimal(order, 260);
    const integral = besselK(nearOrder, at('3'), PREC);
    assertDigits(integral, formatDecimal(closed, 70), 48, 'K_2.5(3) by both routes');
  });

  test('besselK rejects non-positive x', () => {
    expect(() => besselK(at('1'), at('0'), PREC)).toThrow(/positive argument/);
  });
});
