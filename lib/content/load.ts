import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ContentIssue, formatIssue, validateContent, type ValidationResult } from './validate';

export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(`Invalid content:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

async function readJson(file: string, shown: string, errors: ContentIssue[]): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    errors.push({ file: shown, message: `not valid JSON: ${(error as Error).message}` });
    return null;
  }
}

/** A folder as messages name it: relative to the working folder when inside it. */
function shownPath(dir: string): string {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : dir;
}

/** Reads and validates one document folder; messages name files as the user can find them. */
export async function loadDocumentDir(dir: string): Promise<ValidationResult> {
  const shownDir = shownPath(path.resolve(dir));
  const syntaxErrors: ContentIssue[] = [];
  const manifest = await readJson(path.join(dir, 'document.json'), `${shownDir}/document.json`, syntaxErrors);
  const resources: Record<string, unknown> = {};
  for (const file of (await readdir(dir)).sort()) {
    if (!file.endsWith('.json') || file === 'document.json' || file === 'review.json') continue;
    resources[file] = await readJson(path.join(dir, file), `${shownDir}/${file}`, syntaxErrors);
  }
  const review = await readJson(path.join(dir, 'review.json'), `${shownDir}/review.json`, syntaxErrors);
  if (syntaxErrors.length > 0) return { ok: false, errors: syntaxErrors, warnings: [] };
  return validateContent({ dir: shownDir, manifest, resources, ...(review === undefined ? {} : { review }) });
}

/** Every document folder under a content root, in name order. */
export async function listDocumentDirs(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => path.join(root, e.name))
    .sort();
}
