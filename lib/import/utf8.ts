/** Why a byte stream is not a text: an invalid UTF-8 sequence, or a NUL byte (a binary file). */
export interface Utf8Problem {
  kind: 'not-utf8' | 'binary';
  /** The byte offset (from 0) where the bad sequence starts. */
  offset: number;
}

/**
 * Checks a byte stream as strict UTF-8, chunk by chunk, without keeping any of it: the same
 * rules as `new TextDecoder('utf-8', { fatal: true })` (no overlong forms, no surrogates, nothing
 * past U+10FFFF), and also no NUL byte. Unlike the decoder it says where the first bad byte is,
 * and it counts the text's length in UTF-16 code units (what a JavaScript string's length and
 * the text limits count). A sequence cut between two chunks is carried over.
 */
export class Utf8Checker {
  /** Bytes seen so far. */
  bytes = 0;
  /** Length of the text so far, in UTF-16 code units (a character past U+FFFF counts two). */
  units = 0;
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private start = 0;
  private problem: Utf8Problem | null = null;

  /** Checks the next chunk; the first problem found is returned from then on. */
  push(chunk: Uint8Array): Utf8Problem | null {
    if (this.problem) return this.problem;
    const base = this.bytes;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      if (this.need === 0) {
        if (byte < 0x80) {
          if (byte === 0) return this.fail('binary', base + i);
          this.units++;
          continue;
        }
        this.start = base + i;
        if (byte >= 0xc2 && byte <= 0xdf) this.need = 1;
        else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lower = 0xa0;
          if (byte === 0xed) this.upper = 0x9f;
          this.need = 2;
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lower = 0x90;
          if (byte === 0xf4) this.upper = 0x8f;
          this.need = 3;
          // A four-byte character is two UTF-16 code units; one more is added when it ends.
          this.units++;
        } else return this.fail('not-utf8', base + i);
        continue;
      }
      if (byte < this.lower || byte > this.upper) return this.fail('not-utf8', this.start);
      this.lower = 0x80;
      this.upper = 0xbf;
      if (--this.need === 0) this.units++;
    }
    this.bytes += chunk.length;
    return null;
  }

  /** The end of the stream: a character cut off at the end is a problem too. */
  end(): Utf8Problem | null {
    if (this.problem) return this.problem;
    return this.need > 0 ? this.fail('not-utf8', this.start) : null;
  }

  private fail(kind: Utf8Problem['kind'], offset: number): Utf8Problem {
    this.problem = { kind, offset };
    return this.problem;
  }
}
