/**
 * The aligner in a process of its own, for a book's texts: reads `{ source, targets }` (the
 * split paragraphs, as JSON) on stdin, loads the dictionaries, aligns, and writes the draft as
 * JSON on stdout. Run by align-off-thread.ts with `node --import tsx`; an error goes to stderr
 * with exit code 1. Its memory (dictionaries, the aligner's tables) goes back to the system
 * when it exits, and the server answers other requests meanwhile.
 */
import { buildDraft, type ImportText, withTitle } from '@/lib/import';
import { loadLexicons } from '@/lib/align/lexicon/load';

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { source: ImportText; targets: ImportText[] };
  chunks.length = 0;
  const lexicons = await loadLexicons();
  const draft = withTitle(buildDraft(input.source, input.targets, lexicons));
  process.stdout.write(JSON.stringify(draft));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
