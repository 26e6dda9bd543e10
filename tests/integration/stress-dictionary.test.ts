import { describe, expect, it } from 'vitest';
import { stripStress } from '@/lib/text-aids/marks';
import { addStressMarks } from '@/lib/text-aids/stress';
import { getStressDictionary, hasStressDictionary } from '@/server/text-aids/stress-dictionary';

// The lexicon of the Debian package festvox-ru (`apt-get install festvox-ru`), as the server reads it.
describe('the Russian stress lexicon', () => {
  it('is installed and read once, with the stress of common forms', async () => {
    expect(await hasStressDictionary()).toBe(true);
    const dictionary = await getStressDictionary();
    expect(dictionary).not.toBeNull();
    expect(await getStressDictionary()).toBe(dictionary);
    expect(dictionary!.size).toBeGreaterThan(150_000);
    const text = 'Стратегическое сотрудничество экономического развития, учёных и города.';
    const marked = addStressMarks(text, dictionary!);
    expect(marked).toBe('Стратеги\u0301ческое сотру\u0301дничество экономи\u0301ческого разви\u0301тия, учёных и го\u0301рода.');
    expect(stripStress(marked)).toBe(text);
  });
});
