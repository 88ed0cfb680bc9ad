/** Text shared by the HTML page and its Markdown twin. */

/** The Fourier convention of the toolkit, as LaTeX. */
export const CONVENTION_LATEX =
  '\\mathcal{F}[f](\\xi) = \\int_{\\mathbb{R}^d} f(x)\\, e^{-2\\pi i \\xi\\cdot x}\\,dx';

/** The LFP operator whose coefficients the report plots, as LaTeX. */
export const OPERATOR_LATEX =
  '\\partial_t \\mathcal{F}[u] = -\\frac{1}{\\sigma_b}' +
  '\\left[A\\,\\mathcal{F}[u_\\rho] - \\nabla_\\xi\\cdot\\left(B\\,\\nabla_\\xi' +
  '\\mathcal{F}[u_\\rho]\\right)\\right]';

export const CAPTION =
  'Solid lines: σ_b·A and σ_b·B from the closed form, or by ' +
  'quadrature over r where there is none. Circles: the same coefficients computed ' +
  'independently, by the trapezoidal rule in log r on the closed-form transform. ' +
  'Dashed and dotted lines: the decay laws as |ξ| → ∞ and |ξ| → 0, clipped to the ' +
  'range of the coefficients. The vertical axis is logarithmic; values below the ' +
  'smallest double (about 1e-308) are plotted from their base-10 logarithms.';
