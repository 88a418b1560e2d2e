import type common from './locales/zh-CN/common';
import type options from './locales/zh-CN/options';
import type pages from './locales/zh-CN/options-pages';
import { createTranslator, type Locale, localeCache, type PluralBase, type Translate } from './translate';

export type OptionsKey = keyof typeof options | keyof typeof pages;
export type OptionsT = Translate<PluralBase<OptionsKey>>;
export type CommonT = Translate<keyof typeof common>;

/** The options page's strings and the shared names and errors, in one language. */
export interface OptionsMessages {
  t: OptionsT;
  c: CommonT;
}

export interface OptionsCatalogues {
  options: Record<OptionsKey, string>;
  common: Record<keyof typeof common, string>;
}

export function optionsMessages(catalogues: OptionsCatalogues, locale: Locale): OptionsMessages {
  return { t: createTranslator(catalogues.options, locale), c: createTranslator(catalogues.common, locale) };
}

/** The strings of every page but the plans list, per locale: a translator made before they arrive gets them too. */
const pageStrings = (locale: Locale) =>
  (locale === 'en' ? import('./locales/en/options-pages') : import('./locales/zh-CN/options-pages')).then((module) => module.default);
const growing = new Map<Locale, Partial<Record<OptionsKey, string>>>();
let pagesWanted = false;

/**
 * One locale's catalogues, loaded on demand (as the popup's are) so the options page ships one language,
 * not both, before its first render; and of that language only the plans list's words until another page
 * (or other lazily loaded code) asks for the rest through loadOptionsPages.
 */
const optionsStrings = localeCache<OptionsMessages>(async (locale) => {
  const [own, shared] =
    locale === 'en'
      ? await Promise.all([import('./locales/en/options'), import('./locales/en/common')])
      : await Promise.all([import('./locales/zh-CN/options'), import('./locales/zh-CN/common')]);
  const catalogue: Partial<Record<OptionsKey, string>> = { ...own.default };
  growing.set(locale, catalogue);
  if (pagesWanted) Object.assign(catalogue, await pageStrings(locale));
  return optionsMessages({ options: catalogue as Record<OptionsKey, string>, common: shared.default }, locale);
});

export const loadOptionsMessages = optionsStrings.load;
/** The strings for `locale` if they have arrived. */
export const loadedOptionsMessages = optionsStrings.loaded;

/** Adds the other pages' strings to every language loaded so far, and to any loaded later. */
export async function loadOptionsPages(): Promise<void> {
  pagesWanted = true;
  await Promise.all([...growing].map(async ([locale, catalogue]) => Object.assign(catalogue, await pageStrings(locale))));
}
