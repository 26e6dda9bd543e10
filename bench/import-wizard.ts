/**
 * The import wizard's path for a book of 2,000,000 characters per language, in this process,
 * below the routes' session check: three texts streamed from files through the upload check,
 * aligned in a job, the draft sent back as the JSON body the route reads, created in a job.
 * Prints the wall time of each part and the process's peak memory, as JSON: the import
 * benchmark's child. The texts are generated first, by a process of their own:
 *   npx tsx bench/import-wizard.ts generate DIR
 *   TRIGLOT_DATA_DIR=… TRIGLOT_CONTENT_DIR=EMPTY npx tsx bench/import-wizard.ts run DIR
 */
import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readJsonBody } from '../lib/http/body';
import { MAX_IMPORT_DRAFT_BODY } from '../lib/http/limits';
import { getDb } from '../server/database';
import { type JobView, readJob, startAlignJob, startCreateJob } from '../server/import/jobs';
import { createSchema } from '../server/import/schemas';
import { storeUpload } from '../server/import/uploads';
import { bookTexts } from '../tests/fixtures/book-texts';

const LANGS = ['en', 'zh', 'ru'] as const;
const [mode, dir] = process.argv.slice(2);
if (!dir || (mode !== 'generate' && mode !== 'run')) throw new Error('usage: import-wizard.ts generate|run DIR');

if (mode === 'generate') {
  await mkdir(dir, { recursive: true });
  const book = bookTexts();
  for (const lang of LANGS) await writeFile(path.join(dir, `book.${lang}.txt`), book[lang]);
} else {
  const owner = 'bench';
  const until = async (job: string): Promise<JobView> => {
    for (;;) {
      const view = readJob(owner, job);
      if (!view) throw new Error('job lost');
      if (view.state !== 'running') return view;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await getDb();
  const started = performance.now();
  const uploads: string[] = [];
  for (const lang of LANGS) {
    const stored = await storeUpload(owner, `book.${lang}.txt`, createReadStream(path.join(dir, `book.${lang}.txt`)));
    if (!stored.ok) throw new Error(stored.message);
    uploads.push(stored.upload);
  }
  const uploaded = performance.now();
  const align = startAlignJob(owner, {
    lines: false,
    source: { lang: 'en', upload: uploads[0]! },
    targets: [
      { lang: 'zh', upload: uploads[1]! },
      { lang: 'ru', upload: uploads[2]! },
    ],
  });
  const aligned = await until(align!.job);
  if (!aligned.draft) throw new Error(`alignment ${aligned.state}`);
  const alignedAt = performance.now();
  // The draft goes to the browser and comes back as the body the route reads.
  const request = new Request('http://localhost/api/import/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'bench-book', draft: aligned.draft }),
  });
  const body = await readJsonBody(request, MAX_IMPORT_DRAFT_BODY);
  if (!body.ok) throw new Error(body.body.message);
  const parsed = createSchema.parse(body.value);
  const create = startCreateJob(owner, { id: parsed.id, draft: parsed.draft, kinds: {} });
  const created = await until(create!.job);
  if (created.state !== 'done') throw new Error(`creation ${created.state} ${created.error ?? ''}`);
  const done = performance.now();
  await (await getDb()).destroy();
  console.log(
    JSON.stringify({
      rows: aligned.draft.rows.length,
      uploadMs: uploaded - started,
      alignMs: alignedAt - uploaded,
      createMs: done - alignedAt,
      ms: done - started,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}
