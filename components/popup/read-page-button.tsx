import { useState } from 'preact/hooks';
import { ext } from '../../lib/ext';
import { loadErrorMessages, type PopupT } from '../../lib/i18n/popup';
import type { Locale } from '../../lib/i18n/translate';

type Outcome = { kind: 'reading' } | { kind: 'found'; count: number } | { kind: 'none' } | { kind: 'failed'; reason: string };

/**
 * "读取此页账单 / Read this page": reads the tab the popup was opened over, once, on this click and no
 * other (the browser's activeTab grant; the background injects our packaged reader). What it finds
 * opens as an import proposal for the user to confirm; finding nothing is said here, with what to try.
 */
export function ReadPageButton({ t, locale }: { t: PopupT; locale: Locale }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const read = async () => {
    setOutcome({ kind: 'reading' });
    const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
    const { send } = await import('../../lib/send');
    const result = tab?.id === undefined ? null : await send('readThisPage', { tabId: tab.id });
    if (result?.ok)
      return setOutcome(result.value.installments > 0 ? { kind: 'found', count: result.value.installments } : { kind: 'none' });
    const errors = await loadErrorMessages(locale);
    setOutcome({ kind: 'failed', reason: errors((result?.error.message ?? 'err.readPageRefused') as Parameters<typeof errors>[0]) });
  };
  const openPaste = async () => {
    await ext.tabs.create({ url: ext.runtime.getURL('/options.html#paste' as Parameters<typeof ext.runtime.getURL>[0]) });
    window.close();
  };
  const message =
    outcome?.kind === 'reading'
      ? t('readPage.reading')
      : outcome?.kind === 'found'
        ? t('readPage.found', { count: outcome.count })
        : outcome?.kind === 'none'
          ? t('readPage.none')
          : outcome?.kind === 'failed'
            ? t('readPage.failed', { reason: outcome.reason })
            : '';
  return (
    <>
      <button type="button" class="link" onClick={read} disabled={outcome?.kind === 'reading'} aria-describedby="read-page-status">
        {t('readPage.button')}
      </button>
      <p id="read-page-status" class="read-page-status" role="status">
        {message}
        {outcome?.kind === 'none' && (
          <>
            {' '}
            <button type="button" class="link" onClick={openPaste}>
              {t('readPage.paste')}
            </button>
          </>
        )}
      </p>
    </>
  );
}
