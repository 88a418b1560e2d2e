import en from './locales/en/notify';
import zh from './locales/zh-CN/notify';
import { type Locale, translator } from './translate';

export const notifyMessages = (locale: Locale) => translator({ 'zh-CN': zh, en }, locale);
