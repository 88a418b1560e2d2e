import type common from './locales/zh-CN/common';
import type options from './locales/zh-CN/options';
import { createTranslator, type Locale, localeCache, type PluralBase, type Translate } from './translate';

export type OptionsKey = keyof typeof options;
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

/**
 * One locale's catalogues, loaded on demand (as the popup's are) so the options page ships one language,
 * not both, before its first render.
 */
const optionsStrings = localeCache<OptionsMessages>(async (locale) => {
  const [own, shared] =
    locale === 'en'
      ? await Promise.all([import('./locales/en/options'), import('./locales/en/common')])
      : await Promise.all([import('./locales/zh-CN/options'), import('./locales/zh-CN/common')]);
  return optionsMessages({ options: own.default, common: shared.default }, locale);
});

export const loadOptionsMessages = optionsStrings.load;
/** The strings for `locale` if they have arrived. */
export const loadedOptionsMessages = optionsStrings.loaded;
