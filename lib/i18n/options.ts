import en from './locales/en/options';
import zh from './locales/zh-CN/options';
import { type Locale, translator } from './translate';

export const optionsMessages = (locale: Locale) => translator({ 'zh-CN': zh, en }, locale);
export type OptionsKey = keyof typeof zh;
