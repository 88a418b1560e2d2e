import type errors from './locales/zh-CN/errors';
import { createTranslator, type Locale, type Translate } from './translate';

// The popup's error messages, apart from ./popup.ts so that only the parts that can show an error (the row
// commands, reading the page) carry the code that loads them, not the popup's first load.

export type ErrorsT = Translate<keyof typeof errors>;

export async function loadErrorMessages(locale: Locale): Promise<ErrorsT> {
  const catalogue = locale === 'en' ? await import('./locales/en/errors') : await import('./locales/zh-CN/errors');
  return createTranslator(catalogue.default, locale);
}
