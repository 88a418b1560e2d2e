import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadOptionsState, OptionsApp } from '../../components/options/options-app';
import { renderWhenLoaded } from '../../components/use-storage-view';
import { loadOptionsMessages } from '../../lib/i18n/options';
import { resolveLocale } from '../../lib/i18n/translate';
import './style.css';

// Start reading storage and fetching the browser language's strings before the first render (as the
// popup does), which waits for both: it draws the data once, in the language the settings pick.
void loadOptionsMessages(resolveLocale('auto', browser.i18n.getUILanguage()));
const initial = loadOptionsState();
renderWhenLoaded(initial, () => render(<OptionsApp initial={initial} />, document.getElementById('app') as HTMLElement));
