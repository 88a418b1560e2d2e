import { fireEvent, render, screen } from '@testing-library/preact';
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

/** Types into the input labelled `label` and leaves it, as a user does. */
export function typeInto(label: string | RegExp, value: string): HTMLElement {
  const input = screen.getByLabelText(label);
  fireEvent.input(input, { target: { value } });
  fireEvent.blur(input);
  return input;
}

/** The message announced with an input: the text of the elements its aria-describedby names. */
export function errorOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .filter((id) => id.endsWith('-error'))
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
