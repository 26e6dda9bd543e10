/**
 * -log P(|Z| >= x) for a standard normal Z, i.e. -log erfc(x / sqrt 2).
 * Gale–Church costs need this far into the tail (deletions of long
 * paragraphs give x of 20 or more), where 1 - Phi(x) underflows, so the
 * tail is handled in log space.
 */
export function negLogTwoSidedTail(x: number): number {
  const a = Math.abs(x);
  // Exactly 0, so that equal-cost paths stay exactly equal (tie-breaking).
  if (a === 0) return 0;
  const z = a / Math.SQRT2;
  if (z < 3) {
    // Abramowitz & Stegun 7.1.26 keeps exp(-z^2) as a factor, so its log is exact.
    const t = 1 / (1 + 0.3275911 * z);
    const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    return z * z - Math.log(poly);
  }
  // Asymptotic series: erfc(z) ~ exp(-z^2) / (z sqrt(pi)) * (1 - 1/(2z^2) + 3/(4z^4)).
  const z2 = z * z;
  const series = 1 - 1 / (2 * z2) + 3 / (4 * z2 * z2);
  return z2 + Math.log(z * Math.sqrt(Math.PI)) - Math.log(series);
}
