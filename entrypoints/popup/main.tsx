import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import { loadPopupData } from '../../components/popup/popup-data';
import { renderWhenLoaded } from '../../components/use-storage-view';
import { ext } from '../../lib/ext';
import { loadPopupMessages } from '../../lib/i18n/popup';
import { resolveLocale } from '../../lib/i18n/translate';
import './style.css';

// Start reading storage and fetching the browser language's strings before the first render, which
// waits for both: it draws the rows, in the language the settings pick.
void loadPopupMessages(resolveLocale('auto', ext.i18n.getUILanguage()));
const initial = loadPopupData();
renderWhenLoaded(initial, () => render(<PopupApp initial={initial} />, document.getElementById('app') as HTMLElement));
