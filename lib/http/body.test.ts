import { describe, expect, it } from 'vitest';
import { readJsonBody, streamChunks } from './body';

function streamOf(parts: string[], onCancel: () => void = () => undefined): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < parts.length) controller.enqueue(encoder.encode(parts[i++]));
      else controller.close();
    },
    cancel: onCancel,
  });
}

describe('streamChunks', () => {
  it('yields the body’s bytes in order', async () => {
    const decoder = new TextDecoder();
    let text = '';
    for await (const chunk of streamChunks(streamOf(['中俄', '合作', ' 2016']))) text += decoder.decode(chunk, { stream: true });
    expect(text).toBe('中俄合作 2016');
  });

  it('cancels the body when the reader stops early, so the rest is never read', async () => {
    let cancelled = false;
    for await (const chunk of streamChunks(streamOf(['a', 'b', 'c'], () => (cancelled = true)))) {
      expect(chunk.byteLength).toBe(1);
      break;
    }
    expect(cancelled).toBe(true);
  });
});

describe('readJsonBody', () => {
  it('reads JSON within its limit; refuses another content type with 415, a larger body with 413, bad JSON with 400', async () => {
    const ok = await readJsonBody(
      new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' }),
      100,
    );
    expect(ok).toMatchObject({ ok: true, value: { a: 1 } });
    const big = await readJsonBody(
      new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `"${'x'.repeat(200)}"` }),
      100,
    );
    expect(big).toMatchObject({ ok: false, status: 413 });
    const bad = await readJsonBody(
      new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad' }),
      100,
    );
    expect(bad).toMatchObject({ ok: false, status: 400 });
    const form = await readJsonBody(new Request('http://x/', { method: 'POST', body: 'a=1' }), 100);
    expect(form).toMatchObject({ ok: false, status: 415 });
  });
});
