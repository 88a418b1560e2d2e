import en from './locales/en/common';
import zh from './locales/zh-CN/common';
import { type Locale, translator } from './translate';

export const commonMessages = (locale: Locale) => translator({ 'zh-CN': zh, en }, locale);
export type CommonKey = keyof typeof zh;
