import type common from './locales/zh-CN/common';
import type options from './locales/zh-CN/options';
import { createTranslator, type Locale, type PluralBase, type Translate } from './translate';

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
const loading = new Map<Locale, Promise<OptionsMessages>>();
const loaded = new Map<Locale, OptionsMessages>();

/** The strings for `locale` if they have arrived. */
export function loadedOptionsMessages(locale: Locale): OptionsMessages | undefined {
  return loaded.get(locale);
}

export function loadOptionsMessages(locale: Locale): Promise<OptionsMessages> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = (
      locale === 'en'
        ? Promise.all([import('./locales/en/options'), import('./locales/en/common')])
        : Promise.all([import('./locales/zh-CN/options'), import('./locales/zh-CN/common')])
    ).then(([own, shared]) => {
      const messages = optionsMessages({ options: own.default, common: shared.default }, locale);
      loaded.set(locale, messages);
      return messages;
    });
    loading.set(locale, pending);
  }
  return pending;
}
