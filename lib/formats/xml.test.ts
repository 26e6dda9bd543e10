import { describe, expect, it } from 'vitest';
import { FormatError } from './model';
import { decodeUtf8, escapeXml, MAX_FILE_BYTES, parseXml } from './xml';

async function collect(chunks: Uint8Array[]): Promise<string> {
  let out = '';
  for await (const text of decodeUtf8(chunks)) out += text;
  return out;
}

describe('decodeUtf8', () => {
  it('joins characters split across chunks and drops a BOM', async () => {
    const bytes = Buffer.from('\uFEFF中文 и русский', 'utf8');
    const chunks = Array.from(bytes, (b) => Uint8Array.of(b));
    expect(await collect(chunks)).toBe('中文 и русский');
  });

  it('refuses a file ending inside a character', async () => {
    await expect(collect([Buffer.from('ab'), Uint8Array.of(0xe4, 0xb8)])).rejects.toThrow(
      'line 1, column 3: not UTF-8 (the file ends inside a character)',
    );
  });

  it('refuses a 200 MB stream after reading no more than the limit, in bounded memory', async () => {
    const chunk = Buffer.from(`<unit id="u">${'x'.repeat(1024 * 1024 - 20)}</unit>\n`);
    let served = 0;
    function* huge() {
      yield Buffer.from('<xliff>');
      for (let i = 0; i < 200; i++) {
        served += chunk.length;
        yield chunk;
      }
    }
    const before = process.memoryUsage().heapUsed;
    let error: unknown;
    try {
      await parseXml(huge(), { open: () => {}, close: () => {}, text: () => {} });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FormatError);
    expect((error as Error).message).toBe('the file is larger than 32 MB: split it, or export fewer languages');
    expect(served).toBeLessThanOrEqual(MAX_FILE_BYTES + chunk.length);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('escapeXml', () => {
  it('escapes what element content and attributes need', () => {
    expect(escapeXml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });
});
