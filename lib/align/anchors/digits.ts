/** Full-width digits and separators to ASCII so ２０１６ and 2016 meet. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0C\uFF0E]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0xff0c) return ',';
    if (code === 0xff0e) return '.';
    return String.fromCharCode(code - 0xff10 + 48);
  });
}
