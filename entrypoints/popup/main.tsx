import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import { loadPopupData } from '../../components/popup/popup-data';
import { ext } from '../../lib/ext';
import { loadPopupMessages } from '../../lib/i18n/popup';
import { resolveLocale } from '../../lib/i18n/translate';
import './style.css';

// Start reading storage and fetching the browser language's strings before the first render (the
// first data render comes with the strings of the language the settings pick, so it happens once).
void loadPopupMessages(resolveLocale('auto', ext.i18n.getUILanguage()));
const initial = loadPopupData();
render(<PopupApp initial={initial} />, document.getElementById('app') as HTMLElement);
