import { formatBytes } from './limits';

export type JsonBody =
  | { ok: true; value: unknown }
  | {
      ok: false;
      status: 400 | 413 | 415;
      body: { ok: false; error: 'invalid' | 'too-large' | 'unsupported-media-type'; message: string };
    };

/**
 * Reads a request's JSON body, never more than `limit` bytes of it: a declared length over the
 * limit is refused before reading, and a body that streams past it is cut off there. Memory
 * stays bounded whatever the client sends.
 */
export async function readJsonBody(request: Request, limit: number): Promise<JsonBody> {
  const tooLarge = (): JsonBody => ({
    ok: false,
    status: 413,
    body: { ok: false, error: 'too-large', message: `The request body is larger than ${formatBytes(limit)}.` },
  });
  const invalid = (message: string): JsonBody => ({ ok: false, status: 400, body: { ok: false, error: 'invalid', message } });

  const type = request.headers.get('content-type');
  if (type && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    return {
      ok: false,
      status: 415,
      body: {
        ok: false,
        error: 'unsupported-media-type',
        message: 'The request body must be JSON (Content-Type: application/json).',
      },
    };
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return tooLarge();
  if (!request.body) return invalid('The request has no body.');

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  let text: string;
  try {
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return invalid('The request body is not valid UTF-8.');
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return invalid('The request body is not valid JSON.');
  }
}

/**
 * A request body's bytes as they arrive, for decoders that read a stream. Stopping early (a
 * size limit, a bad byte) cancels the body, so the rest of an upload is never read.
 */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
