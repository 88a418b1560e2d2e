import enNames from './locales/en/names';
import en from './locales/en/store';
import zhNames from './locales/zh-CN/names';
import zh from './locales/zh-CN/store';
import { type Locale, translator } from './translate';

/** The store panel's strings with the shared names (lenders). Both languages: a content script cannot load files on demand. */
export const storeMessages = (locale: Locale) => translator({ 'zh-CN': { ...zhNames, ...zh }, en: { ...enNames, ...en } }, locale);
export type StoreKey = keyof typeof zh | keyof typeof zhNames;
