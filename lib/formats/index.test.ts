import { describe, expect, it } from 'vitest';
import { exportFileName, formatOfFileName, readExchangeFile } from './index';

describe('formats', () => {
  it('tells the format from a file name and names exports', () => {
    expect(['a.xlf', 'a.XLIFF', 'a.tmx', 'zh.json', 'a.tsv', 'a.txt', 'a.csv'].map(formatOfFileName)).toEqual([
      'xliff',
      'xliff',
      'tmx',
      'i18next',
      'tsv',
      'txt',
      null,
    ]);
    expect(exportFileName('tea-road', 'xliff', 'zh')).toBe('tea-road.zh.xlf');
    expect(exportFileName('tea-road', 'tmx')).toBe('tea-road.tmx');
  });

  it('reads text formats through the same UTF-8 check and size limit as XML', async () => {
    await expect(
      readExchangeFile('tsv', [Buffer.from('id\ten\tzh\n'), Uint8Array.of(0xc3, 0x28)], { sourceLang: 'en' }),
    ).rejects.toThrow('line 2, column 1: not UTF-8');
    await expect(readExchangeFile('txt', [Buffer.alloc(2048, 'a')], { sourceLang: 'en', maxBytes: 1024 })).rejects.toThrow(
      /larger than/,
    );
    await expect(readExchangeFile('i18next', [Buffer.from('{}')], { sourceLang: 'en' })).rejects.toThrow(
      /does not say its language/,
    );
  });
});
