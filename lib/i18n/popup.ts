import type errors from './locales/zh-CN/errors';
import type names from './locales/zh-CN/names';
import type popup from './locales/zh-CN/popup';
import type popupMore from './locales/zh-CN/popup-more';
import { createTranslator, type Locale, localeCache, type PluralBase, type Translate } from './translate';

export type PopupT = Translate<PluralBase<keyof typeof names | keyof typeof popup>>;
export type ErrorsT = Translate<keyof typeof errors>;
/** The words of the popup's rarely shown parts, loaded with them. */
export type PopupMoreT = Translate<PluralBase<keyof typeof popupMore>>;

/**
 * The popup's strings for one locale, loaded on demand so the popup ships one language, not both,
 * inside its size budget. Error messages load only when an error is shown.
 */
const popupStrings = localeCache<PopupT>(async (locale) => {
  const [shared, own] =
    locale === 'en'
      ? await Promise.all([import('./locales/en/names'), import('./locales/en/popup')])
      : await Promise.all([import('./locales/zh-CN/names'), import('./locales/zh-CN/popup')]);
  return createTranslator({ ...shared.default, ...own.default }, locale);
});

export const loadPopupMessages = popupStrings.load;
/** The strings for `locale` if they have arrived, so a render need not wait another turn for them. */
export const loadedPopupMessages = popupStrings.loaded;

export async function loadErrorMessages(locale: Locale): Promise<ErrorsT> {
  const catalogue = locale === 'en' ? await import('./locales/en/errors') : await import('./locales/zh-CN/errors');
  return createTranslator(catalogue.default, locale);
}

export async function loadPopupMoreMessages(locale: Locale): Promise<PopupMoreT> {
  const catalogue = locale === 'en' ? await import('./locales/en/popup-more') : await import('./locales/zh-CN/popup-more');
  return createTranslator(catalogue.default, locale);
}
