import names from './locales/zh-CN/names';
import popup from './locales/zh-CN/popup';
import type popupMore from './locales/zh-CN/popup-more';
import { createTranslator, type Locale, localeCache, type PluralBase, type Translate } from './translate';

export type PopupT = Translate<PluralBase<keyof typeof names | keyof typeof popup>>;
/** The words of the popup's rarely shown parts, loaded with them. */
export type PopupMoreT = Translate<PluralBase<keyof typeof popupMore>>;

/**
 * The popup's strings for one locale. zh-CN, the primary language, comes with the popup's first load:
 * a chunk fetched on demand arrived well after storage had answered, and the rows waited for it. English
 * is fetched on demand (started before storage answers). Error messages load only when an error is shown
 * (./popup-errors.ts).
 */
const popupStrings = localeCache<PopupT>(async (locale) => {
  if (locale !== 'en') return createTranslator({ ...names, ...popup }, locale);
  const [shared, own] = await Promise.all([import('./locales/en/names'), import('./locales/en/popup')]);
  return createTranslator({ ...shared.default, ...own.default }, locale);
});

export const loadPopupMessages = popupStrings.load;
/** The strings for `locale` if they have arrived, so a render need not wait another turn for them. */
export const loadedPopupMessages = popupStrings.loaded;

export async function loadPopupMoreMessages(locale: Locale): Promise<PopupMoreT> {
  const catalogue = locale === 'en' ? await import('./locales/en/popup-more') : await import('./locales/zh-CN/popup-more');
  return createTranslator(catalogue.default, locale);
}
