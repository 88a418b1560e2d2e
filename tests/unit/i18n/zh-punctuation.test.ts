import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Chinese sentences take full-width punctuation (，；：（）); ASCII stays in numbers (2,000, 0.6%), times (9:00),
// addresses (https://) and placeholders. A mark touching a Chinese character is in a Chinese sentence.
const dir = join(__dirname, '../../../lib/i18n/locales/zh-CN');
const CJK = '[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef「」“”]';
const ASCII_BESIDE_CJK = new RegExp(`${CJK} *[,;:()?!]|[,;:()?!] *${CJK}`, 'u');

const catalogues = await Promise.all(
  readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map(async (name) => ({ name, strings: (await import(join(dir, name))).default as Record<string, string> })),
);

describe('zh-CN catalogues use full-width punctuation in Chinese text', () => {
  it('reads every catalogue', () => {
    expect(catalogues.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['options.ts', 'errors.ts', 'popup.ts', 'notify.ts', 'store.ts']),
    );
  });

  it.each(catalogues)('$name has no ASCII , ; : ( ) ? ! beside a Chinese character', ({ strings }) => {
    const offenders = Object.entries(strings).filter(([, text]) => ASCII_BESIDE_CJK.test(text));
    expect(offenders).toEqual([]);
  });

  it('the check itself catches what it is for, and spares numbers, times and addresses', () => {
    for (const bad of ['本金太小,无法', '分期本金(元)', '导出于:', '{file}:导出', '删除?', '（IRR, 单利)']) {
      expect(ASCII_BESIDE_CJK.test(bad), bad).toBe(true);
    }
    for (const good of ['最多 2,000 个', '每期 0.6%', '{hour}:00（北京时间）', '以 https:// 开头', '第 1–{count} 期']) {
      expect(ASCII_BESIDE_CJK.test(good), good).toBe(false);
    }
  });
});
