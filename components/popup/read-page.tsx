import type { ComponentChildren } from 'preact';
import { ext } from '../../lib/ext';
import { loadPopupMoreMessages } from '../../lib/i18n/popup';
import { loadErrorMessages } from '../../lib/i18n/popup-errors';
import type { Locale } from '../../lib/i18n/translate';
import { send } from '../../lib/send';

/**
 * Reads the tab the popup was opened over, once, on this click and no other (the browser's activeTab
 * grant; the background injects our packaged reader), saying how it goes through `say`. What it finds
 * opens as an import proposal for the user to confirm; finding nothing is said, with what to try.
 * Loaded on the click, with its words.
 */
export async function readThisPage(locale: Locale, say: (said: ComponentChildren) => void): Promise<void> {
  const x = await loadPopupMoreMessages(locale);
  say(x('readPage.reading'));
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  const result = tab?.id === undefined ? null : await send('readThisPage', { tabId: tab.id });
  if (result?.ok) {
    const count = result.value.installments;
    if (count > 0) return say(x('readPage.found', { count }));
    const openPaste = async () => {
      await ext.tabs.create({ url: ext.runtime.getURL('/options.html#paste' as Parameters<typeof ext.runtime.getURL>[0]) });
      window.close();
    };
    return say(
      <>
        {x('readPage.none')}{' '}
        <button type="button" class="link" onClick={openPaste}>
          {x('readPage.paste')}
        </button>
      </>,
    );
  }
  const errors = await loadErrorMessages(locale);
  say(x('readPage.failed', { reason: errors((result?.error.message ?? 'err.readPageRefused') as Parameters<typeof errors>[0]) }));
}
