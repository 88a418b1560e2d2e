import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import { loadPopupData } from '../../components/popup/popup-data';
import { renderWhenLoaded } from '../../components/use-storage-view';
import { ext } from '../../lib/ext';
import { loadPopupMessages } from '../../lib/i18n/popup';
import { resolveLocale } from '../../lib/i18n/translate';
import { takePopupPrefetch } from '../../lib/storage/popup-prefetch';
import './style.css';

// Take up the storage reads popup.html's head script started (else start them) and fetch the browser
// language's strings before the first render, which waits for both: it draws the rows, in the language
// the settings pick.
const initial = loadPopupData(Date.now(), takePopupPrefetch());
const guess = resolveLocale('auto', ext.i18n.getUILanguage());
void loadPopupMessages(guess);
// index.html already shows the loading header: a placeholder rendered while storage is slow would look the
// same and only be more work on the rows' way (rendered again, its effects run), so the wait is long.
renderWhenLoaded(initial, () => render(<PopupApp initial={initial} />, document.getElementById('app') as HTMLElement), 2000);
