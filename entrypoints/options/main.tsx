import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadOptionsState, OptionsApp } from '../../components/options/options-app';
import { loadPlansPreview } from '../../components/options/plans-preview';
import { parseRoute } from '../../components/options/use-hash-route';
import { renderWhenLoaded } from '../../components/use-storage-view';
import { lenderToday } from '../../lib/core/dates';
import { loadOptionsMessages } from '../../lib/i18n/options';
import { resolveLocale } from '../../lib/i18n/translate';
import './style.css';

// Start reading storage and fetching the browser language's strings before the first render (as the
// popup does), which waits for both: it draws the data once, in the language the settings pick.
void loadOptionsMessages(resolveLocale('auto', browser.i18n.getUILanguage()));
// Opened on the plans list, its first screenful is read first and drawn at once (a heavy user's plans
// take half a second to read); every plan is read after it, so that their 2 MB do not hold up its few reads.
const preview =
  parseRoute(location.hash).name === 'plans' ? loadPlansPreview(lenderToday(Date.now())).catch(() => null) : Promise.resolve(null);
const initial = preview.then(() => loadOptionsState());
void preview.then((shown) =>
  renderWhenLoaded<unknown>(shown ? Promise.resolve(shown) : initial, () =>
    render(<OptionsApp initial={initial} preview={shown} />, document.getElementById('app') as HTMLElement),
  ),
);
