'use server';

import { streamChunks } from '@/lib/http/body';
import { z } from 'zod';
import { type ByteChunks, FORMATS } from '@/lib/formats';
import { LANGUAGES } from '@/lib/languages';
import { getRequestActor } from '../auth/actor';
import { getDb } from '../database';
import { importDocumentFile } from '../exchange/import';

const optionsSchema = z.object({
  documentId: z.string().min(1),
  format: z.enum(FORMATS),
  lang: z.enum(LANGUAGES).optional(),
  dryRun: z.boolean(),
});
export type ExchangeImportOptions = z.input<typeof optionsSchema>;

/** What an import answers a browser or an API client: counts and the conflicts, or why nothing was written. */
export type ExchangeImportResult =
  | {
      ok: true;
      applied: boolean;
      added: number;
      changed: number;
      unchanged: number;
      conflicting: { segmentId: string; lang: string; reason: string }[];
    }
  | { ok: false; error: 'unauthenticated' | 'invalid' | 'not-found' }
  | { ok: false; error: 'format'; message: string }
  | { ok: false; error: 'stopped'; segmentId: string; lang: string; reason: string };

/**
 * Imports an exchange file into a document as the signed-in user (or an API token's owner): a dry run answers the
 * counts; otherwise additions and changes are written as drafts in one transaction through the
 * one write path. `file` is a Blob (a form's file) or the stream of a request body; it is read
 * as a stream, never whole.
 */
export async function importExchangeFile(options: unknown, file: unknown): Promise<ExchangeImportResult> {
  const parsed = optionsSchema.safeParse(options);
  const stream =
    file instanceof Blob ? file.stream() : file instanceof ReadableStream ? (file as ReadableStream<Uint8Array>) : null;
  if (!parsed.success || !stream) return { ok: false, error: 'invalid' };
  const actor = await getRequestActor();
  if (!actor) return { ok: false, error: 'unauthenticated' };
  const { documentId, format, lang, dryRun } = parsed.data;
  const chunks: ByteChunks = streamChunks(stream);
  const result = await importDocumentFile(await getDb(), actor, documentId, format, chunks, {
    dryRun,
    ...(lang ? { lang } : {}),
  });
  if (!result.ok) {
    if (result.error === 'stopped') {
      const r = result.result;
      const reason = r.error === 'refused' ? r.reason : r.error;
      return { ok: false, error: 'stopped', segmentId: result.segmentId, lang: result.lang, reason };
    }
    return result.error === 'format'
      ? { ok: false, error: 'format', message: result.message }
      : { ok: false, error: 'not-found' };
  }
  const { plan } = result;
  return {
    ok: true,
    applied: result.applied,
    added: plan.added.length,
    changed: plan.changed.length,
    unchanged: plan.unchanged,
    conflicting: plan.conflicting.map((c) => ({ segmentId: c.segmentId, lang: c.lang, reason: c.reason })),
  };
}
