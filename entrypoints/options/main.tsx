import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadOptionsState, OptionsApp } from '../../components/options/options-app';
import { loadOptionsMessages } from '../../lib/i18n/options';
import { resolveLocale } from '../../lib/i18n/translate';
import './style.css';

// Start reading storage and fetching the browser language's strings before the first render (as the
// popup does); the page renders its data once, in the language the settings pick.
void loadOptionsMessages(resolveLocale('auto', browser.i18n.getUILanguage()));
render(<OptionsApp initial={loadOptionsState()} />, document.getElementById('app') as HTMLElement);
