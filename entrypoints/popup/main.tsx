import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/popup-app';
import { loadPopupData } from '../../components/popup/popup-data';
import { loadPopupMessages } from '../../lib/i18n/popup';
import { resolveLocale } from '../../lib/i18n/translate';
import './style.css';

// Start reading storage and fetching the browser language's strings before the first render; the
// first data render waits for the strings of the language the settings pick, so it happens once.
void loadPopupMessages(resolveLocale('auto', browser.i18n.getUILanguage()));
const initial = loadPopupData().then(async (state) => {
  await loadPopupMessages(state.locale);
  return state;
});
render(<PopupApp initial={initial} />, document.getElementById('app') as HTMLElement);
