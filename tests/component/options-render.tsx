import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { makeTexts, TextsContext } from '../../components/options/texts';
import { ToastHost } from '../../components/options/toast';
import type { Locale } from '../../lib/i18n/translate';

/** Renders an options-page piece in the user's language, with the undo toast host around it. */
export function renderOptions(ui: ComponentChildren, locale: Locale = 'zh-CN') {
  return render(
    <TextsContext.Provider value={makeTexts(locale)}>
      <ToastHost>{ui}</ToastHost>
    </TextsContext.Provider>,
  );
}
