import { describe, expect, it, vi } from 'vitest';
import { loadedOptionsMessages, loadOptionsMessages } from '../../../lib/i18n/options';
import { loadedPopupMessages, loadPopupMessages } from '../../../lib/i18n/popup';
import { localeCache } from '../../../lib/i18n/translate';

describe('strings loaded once per locale, then at hand', () => {
  it('loads each locale once, however often it is asked for', async () => {
    const load = vi.fn(async (locale: string) => `strings of ${locale}`);
    const cache = localeCache(load);
    expect(cache.loaded('en')).toBeUndefined();
    await Promise.all([cache.load('en'), cache.load('en'), cache.load('zh-CN')]);
    expect(load).toHaveBeenCalledTimes(2);
    expect(cache.loaded('en')).toBe('strings of en');
  });

  it('gives the popup its strings without another turn once they have arrived', async () => {
    const t = await loadPopupMessages('en');
    expect(loadedPopupMessages('en')).toBe(t);
    expect(t('title')).toBe('Repay Helper');
  });

  it('does the same for the options page', async () => {
    const messages = await loadOptionsMessages('zh-CN');
    expect(loadedOptionsMessages('zh-CN')).toBe(messages);
  });
});
