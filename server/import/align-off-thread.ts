import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadLexicons } from '@/lib/align/lexicon/load';
import { buildDraft, type ImportDraft, type ImportText, withTitle } from '@/lib/import';

/**
 * Below this many paragraphs in all, aligning takes a fraction of a second: done in the server
 * process. Above it (a book), in a child process (align-child.ts), so that the server goes on
 * answering everyone else for the seconds it takes, and the aligner's memory is given back.
 */
export const OFF_THREAD_PARAGRAPHS = 1_500;

/** The child's script: from the project folder, where `npm start` and the tests run. */
function childScript(): string | null {
  const file = path.join(process.cwd(), 'server/import/align-child.ts');
  return existsSync(file) ? file : null;
}

/** The proposed alignment of the split texts, the way the wizard shows it; stops when `signal` aborts. */
export async function alignDraft(source: ImportText, targets: ImportText[], signal: AbortSignal): Promise<ImportDraft> {
  const paragraphs = [source, ...targets].reduce((n, t) => n + t.paragraphs.length, 0);
  const script = childScript();
  if (paragraphs < OFF_THREAD_PARAGRAPHS || script === null) {
    return withTitle(buildDraft(source, targets, await loadLexicons()));
  }
  return alignInChild(script, { source, targets }, signal);
}

function alignInChild(
  script: string,
  input: { source: ImportText; targets: ImportText[] },
  signal: AbortSignal,
): Promise<ImportDraft> {
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: process.cwd(),
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const out: Buffer[] = [];
    let err = '';
    const stop = () => child.kill('SIGKILL');
    signal.addEventListener('abort', stop, { once: true });
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 4_000) err += chunk.toString('utf8');
    });
    child.on('error', (error) => {
      signal.removeEventListener('abort', stop);
      reject(error);
    });
    child.on('close', (code) => {
      signal.removeEventListener('abort', stop);
      if (signal.aborted) return reject(signal.reason);
      if (code !== 0) return reject(new Error(`the aligner's process ended with code ${code}: ${err.trim()}`));
      try {
        resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as ImportDraft);
      } catch (error) {
        reject(error);
      }
    });
    // A closed pipe (the child gone) is reported by 'close' above.
    child.stdin.on('error', () => undefined);
    child.stdin.end(JSON.stringify(input));
  });
}
