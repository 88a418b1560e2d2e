import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { makeTexts, type Texts, TextsContext } from '../../components/options/texts';
import { ToastHost } from '../../components/options/toast';
import enCommon from '../../lib/i18n/locales/en/common';
import en from '../../lib/i18n/locales/en/options';
import enPages from '../../lib/i18n/locales/en/options-pages';
import zhCommon from '../../lib/i18n/locales/zh-CN/common';
import zh from '../../lib/i18n/locales/zh-CN/options';
import zhPages from '../../lib/i18n/locales/zh-CN/options-pages';
import { optionsMessages } from '../../lib/i18n/options';
import type { Locale } from '../../lib/i18n/translate';

/** The options page's texts in `locale`, from both catalogues at hand (the page loads only its own). */
export function textsFor(locale: Locale): Texts {
  const catalogues =
    locale === 'en' ? { options: { ...en, ...enPages }, common: enCommon } : { options: { ...zh, ...zhPages }, common: zhCommon };
  return makeTexts(locale, optionsMessages(catalogues, locale));
}

/** Renders an options-page piece in the user's language, with the undo toast host around it. */
export function renderOptions(ui: ComponentChildren, locale: Locale = 'zh-CN') {
  return render(
    <TextsContext.Provider value={textsFor(locale)}>
      <ToastHost>{ui}</ToastHost>
    </TextsContext.Provider>,
  );
}
