// Next's cache for pages rendered on demand (the anonymous reader), held in memory only and
// bounded in size, oldest use evicted first. Next's default keeps such pages on disk for good;
// the reader makes a new page for every revision of a document, so that would only grow.
// Each app server keeps its own: the pages are keyed by the database's identity and the
// document's revision (see server/queries/reader.ts), so servers can never disagree.
const MAX_BYTES = Math.max(1, Number(process.env.TRIGLOT_PAGE_CACHE_MB) || 256) * 1024 * 1024;

/** @type {Map<string, { value: unknown, lastModified: number, tags: string[], bytes: number }>} */
const entries = new Map();
let total = 0;

/** Roughly what an entry holds: its strings and buffers (HTML, React payloads). */
function bytesOf(value, depth = 0) {
  if (value == null || depth > 6) return 0;
  if (typeof value === 'string') return value.length * 2;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Map) {
    let n = 0;
    for (const [k, v] of value) n += bytesOf(k, depth + 1) + bytesOf(v, depth + 1);
    return n;
  }
  if (typeof value === 'object') {
    let n = 0;
    for (const v of Object.values(value)) n += bytesOf(v, depth + 1);
    return n;
  }
  return 8;
}

function drop(key) {
  const entry = entries.get(key);
  if (!entry) return;
  total -= entry.bytes;
  entries.delete(key);
}

module.exports = class MemoryCacheHandler {
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    // Most recently used goes last, so eviction takes the front.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data, ctx) {
    drop(key);
    if (data == null) return;
    const bytes = bytesOf(data);
    if (bytes > MAX_BYTES) return;
    entries.set(key, { value: data, lastModified: Date.now(), tags: (ctx && ctx.tags) || [], bytes });
    total += bytes;
    for (const oldest of entries.keys()) {
      if (total <= MAX_BYTES) break;
      drop(oldest);
    }
  }

  async revalidateTag(tags) {
    const wanted = new Set([tags].flat());
    for (const [key, entry] of entries) if (entry.tags.some((t) => wanted.has(t))) drop(key);
  }

  resetRequestCache() {}
};
