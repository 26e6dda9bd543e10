import { toAsciiDigits } from './digits';

// Thousands groups: 1,000 / 1 000 (space, NBSP, narrow NBSP, thin space) / 1'000.
const GROUPED = String.raw`\d{1,3}(?:[,\u0020\u00A0\u202F\u2009']\d{3})+(?![\d])`;
const PLAIN = String.raw`\d+`;
const NUMBER = new RegExp(String.raw`(?<![\d.,])(?:${GROUPED}|${PLAIN})(?:[.,]\d+)?`, 'g');

/**
 * Numbers as canonical strings ("1000", "3.14"). Single-digit integers are
 * skipped: translators spell them out ("three", «три», 三) too often for them
 * to be evidence.
 */
export function extractNumbers(text: string): string[] {
  const ascii = toAsciiDigits(text);
  const out: string[] = [];
  for (const m of ascii.matchAll(NUMBER)) {
    const canonical = canonicalNumber(m[0]);
    if (/^\d$/.test(canonical)) continue;
    out.push(canonical);
  }
  return out;
}

function canonicalNumber(raw: string): string {
  // A trailing [.,]d+ after a 3-digit group was already part of GROUPED only
  // when it repeats; here the last separator with 1-2 or 4+ digits is a decimal.
  const decimal = /[.,](\d+)$/.exec(raw);
  let intPart = raw;
  let frac = '';
  if (decimal && decimal[1] !== undefined && decimal[1].length !== 3) {
    intPart = raw.slice(0, decimal.index);
    frac = decimal[1];
  } else if (decimal && /^\d+[.]\d{3}$/.test(raw)) {
    // "3.141" is a decimal in any of our languages; "1,000" is a thousand.
    intPart = raw.slice(0, decimal.index);
    frac = decimal[1] ?? '';
  }
  const digits = intPart.replace(/[^\d]/g, '').replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${digits}.${f}` : digits;
}
