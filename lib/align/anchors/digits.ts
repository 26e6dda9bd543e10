/** Full-width digits to ASCII so ２０１６ and 2016 meet; ，and ． only between digits. */
export function toAsciiDigits(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 48))
    .replace(/(\d)[\uFF0C\uFF0E](?=\d)/g, (_m, d: string) => `${d}${_m.endsWith('\uFF0C') ? ',' : '.'}`);
}
