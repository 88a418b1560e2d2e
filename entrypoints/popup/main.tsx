import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import { firstPopupData } from '../../components/popup/popup-data';
import { ext } from '../../lib/ext';
import { loadPopupMessages } from '../../lib/i18n/popup';
import { resolveLocale } from '../../lib/i18n/translate';
import './style.css';

// Start reading storage and fetching the browser language's strings before the first render (the
// first data render comes with the strings of the language the settings pick, so it happens once).
void loadPopupMessages(resolveLocale('auto', ext.i18n.getUILanguage()));
const initial = firstPopupData();
// The first render waits for storage and the strings (a few milliseconds): it draws the rows, not a
// placeholder that an effect would replace a frame later. A slow first load (the plans read without an
// agenda) shows the placeholder meanwhile.
const show = () => render(<PopupApp initial={initial} />, document.getElementById('app') as HTMLElement);
const placeholder = setTimeout(show, 100);
const settle = () => {
  clearTimeout(placeholder);
  show();
};
void initial.then(settle, settle);
