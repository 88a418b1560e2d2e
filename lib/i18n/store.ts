import en from './locales/en/store';
import zh from './locales/zh-CN/store';
import { type Locale, translator } from './translate';

export const storeMessages = (locale: Locale) => translator({ 'zh-CN': zh, en }, locale);
export type StoreKey = keyof typeof zh;
