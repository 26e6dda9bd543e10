import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Utf8Checker } from '@/lib/import/utf8';
import { formatBytes, MAX_UPLOAD_FILE } from '@/lib/http/limits';
import { readConfig } from '../config';
import { MAX_TEXT } from './schemas';

/** An upload not used by an alignment within this time is removed (by the next upload). */
const UPLOAD_TTL_MS = 60 * 60 * 1000;

export type StoredUpload =
  | { ok: true; upload: string; bytes: number; chars: number }
  | { ok: false; status: 400 | 413; error: 'not-utf8' | 'binary' | 'too-large' | 'empty'; message: string };

interface UploadEntry {
  owner: string;
  file: string;
}

const globalForUploads = globalThis as typeof globalThis & { triglotUploads?: Map<string, UploadEntry> };
const uploads = (globalForUploads.triglotUploads ??= new Map());

function uploadDir(): string {
  return path.join(readConfig().dataDir, 'import-uploads');
}

/** Removes uploads left over (an alignment never started, a server stopped half-way). */
async function removeOldUploads(now = Date.now()): Promise<void> {
  const dir = uploadDir();
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < now - UPLOAD_TTL_MS) {
      await rm(file, { force: true });
      uploads.delete(name.replace(/\.txt$/, ''));
    }
  }
}

/**
 * Streams one text into a file of the data folder, checking it as strict UTF-8 on the way and
 * keeping none of it in memory: a file that is not UTF-8 (or binary, or too long) is refused
 * with the file's name and the byte offset, and nothing of it stays. Answers the upload's id,
 * which only `owner` can use.
 */
export async function storeUpload(owner: string, name: string, body: AsyncIterable<Uint8Array>): Promise<StoredUpload> {
  const dir = uploadDir();
  await mkdir(dir, { recursive: true });
  await removeOldUploads();
  const id = randomUUID();
  const file = path.join(dir, `${id}.txt`);
  const out = createWriteStream(file, { flags: 'wx' });
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
  });
  const checker = new Utf8Checker();
  let refusal: StoredUpload | null = null;
  try {
    for await (const chunk of body) {
      if (checker.bytes + chunk.byteLength > MAX_UPLOAD_FILE) {
        refusal = {
          ok: false,
          status: 413,
          error: 'too-large',
          message: `${name} is larger than ${formatBytes(MAX_UPLOAD_FILE)}.`,
        };
        break;
      }
      const problem = checker.push(chunk);
      if (problem) {
        refusal = {
          ok: false,
          status: 400,
          error: problem.kind,
          message:
            problem.kind === 'binary'
              ? `${name} is not a text file (a NUL byte at byte ${problem.offset}).`
              : `${name} is not UTF-8 (an invalid byte sequence at byte ${problem.offset}).`,
        };
        break;
      }
      if (checker.units > MAX_TEXT) {
        refusal = {
          ok: false,
          status: 413,
          error: 'too-large',
          message: `${name} is longer than ${MAX_TEXT.toLocaleString('en')} characters.`,
        };
        break;
      }
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
    }
    if (!refusal) {
      const problem = checker.end();
      if (problem) {
        refusal = {
          ok: false,
          status: 400,
          error: 'not-utf8',
          message: `${name} is not UTF-8 (it ends inside a character, at byte ${problem.offset}).`,
        };
      } else if (checker.bytes === 0) {
        refusal = { ok: false, status: 400, error: 'empty', message: `${name} is empty.` };
      }
    }
  } finally {
    out.end();
    await closed.catch(() => undefined);
  }
  if (refusal) {
    await rm(file, { force: true });
    return refusal;
  }
  uploads.set(id, { owner, file });
  return { ok: true, upload: id, bytes: checker.bytes, chars: checker.units };
}

/** The text of an upload of `owner`'s, removed from disk as it is read (an upload is used once). */
export async function takeUpload(owner: string, id: string): Promise<string | null> {
  const entry = uploads.get(id);
  if (!entry || entry.owner !== owner) return null;
  uploads.delete(id);
  try {
    const text = await readFile(entry.file, 'utf8');
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    return null;
  } finally {
    await rm(entry.file, { force: true });
  }
}
