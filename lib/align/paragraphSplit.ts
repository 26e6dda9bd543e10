/**
 * Paragraphs of a plain text: blocks separated by blank lines, or with
 * `perLine` every non-blank line. Line breaks inside a block become spaces;
 * CRLF and lone CR are accepted.
 */
export function splitParagraphs(text: string, perLine = false): string[] {
  const lines = text.replace(/\r\n?/g, '\n');
  const blocks = perLine ? lines.split('\n') : lines.split(/\n[ \t\u00A0\u3000]*\n/);
  return blocks.map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter((b) => b.length > 0);
}
