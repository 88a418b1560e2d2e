import enNames from './locales/en/names';
import en from './locales/en/store';
import zhNames from './locales/zh-CN/names';
import zh from './locales/zh-CN/store';
import { type Locale, translator } from './translate';

// Only the lender names the store adapters use are taken from the shared names: picking them one by one
// (not spreading the catalogue) lets the bundler leave the other names out of the content script.
const catalogues = {
  'zh-CN': { ...zh, 'lender.xiaomi': zhNames['lender.xiaomi'] },
  en: { ...en, 'lender.xiaomi': enNames['lender.xiaomi'] },
};

/** The store panel's strings. Both languages: a content script cannot load files on demand. */
export const storeMessages = (locale: Locale) => translator(catalogues, locale);
export type StoreKey = keyof (typeof catalogues)['zh-CN'];
