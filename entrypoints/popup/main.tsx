import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/popup-app';
import { loadPopupMessages } from '../../lib/i18n/popup';
import { resolveLocale } from '../../lib/i18n/translate';
import './style.css';

// Fetch the browser language's strings while storage is read; settings rarely override the language.
void loadPopupMessages(resolveLocale('auto', browser.i18n.getUILanguage()));
render(<PopupApp />, document.getElementById('app') as HTMLElement);
