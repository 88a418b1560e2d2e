import { browser } from 'wxt/browser';
import { type Locale, resolveLocale } from '../i18n/translate';
import { STORAGE_KEYS } from '../storage/keys';

/**
 * The panel's language: the one the user chose in settings, else the browser's. Read straight from
 * storage and checked by hand (only the language field is used), so zod stays out of this bundle.
 */
export async function storeLocale(): Promise<Locale> {
  const ui = browser.i18n.getUILanguage();
  try {
    const settings = (await browser.storage.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings] as { language?: unknown } | undefined;
    const language = settings?.language;
    return language === 'zh-CN' || language === 'en' ? language : resolveLocale('auto', ui);
  } catch {
    return resolveLocale('auto', ui);
  }
}
