import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeXliff } from '@/lib/formats';
import { sampleDocument } from '@/lib/formats/sample';

const SCHEMA = fileURLToPath(new URL('../fixtures/xliff/xliff-core-2.0.xsd', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'triglot-xliff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xmllint (Debian's libxml2-utils; scripts/test.sh installs it) against the XLIFF 2.0 core schema, offline. */
function validate(xml: string, name: string): { ok: boolean; output: string } {
  const file = path.join(dir, name);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint is missing (apt-get install libxml2-utils): ${run.error.message}`);
  return { ok: run.status === 0, output: run.stderr };
}

describe('XLIFF export against the OASIS XLIFF 2.0 core schema', () => {
  it('xmllint is there', () => {
    expect(execFileSync('xmllint', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).toBeDefined();
  });

  it.each(['zh', 'ru'] as const)('the %s file validates', (lang) => {
    const result = validate(writeXliff(sampleDocument(), lang), `${lang}.xlf`);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('the schema is in force: a state outside the list and a unit after its segment fail', () => {
    const xliff = writeXliff(sampleDocument(), 'zh');
    expect(validate(xliff.replace('state="final"', 'state="checked"'), 'bad-state.xlf').ok).toBe(false);
    expect(validate(xliff.replace(/<notes>[\s\S]*?<\/notes>\n/, ''), 'no-notes.xlf').ok).toBe(true);
    const notesLast = xliff.replace(/(<unit id="title"[^>]*>\n)(\s*<notes>[\s\S]*?<\/notes>\n)([\s\S]*?<\/segment>\n)/, '$1$3$2');
    expect(notesLast).not.toBe(xliff);
    expect(validate(notesLast, 'notes-last.xlf').ok).toBe(false);
  });
});
