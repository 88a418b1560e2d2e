import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PopupT } from '../../lib/i18n/popup';
import type { Locale } from '../../lib/i18n/translate';

/**
 * "读取此页账单 / Read this page": the button and the status line it speaks in; the reading itself, and
 * what it says, load on the click (./read-page).
 */
export function ReadPageButton({ t, locale }: { t: PopupT; locale: Locale }) {
  const [said, setSaid] = useState<ComponentChildren>(null);
  const [reading, setReading] = useState(false);
  const read = async () => {
    setReading(true);
    try {
      const { readThisPage } = await import('./read-page');
      await readThisPage(locale, setSaid);
    } finally {
      setReading(false);
    }
  };
  return (
    <>
      <button type="button" class="link" onClick={read} disabled={reading} aria-describedby="read-page-status">
        {t('readPage.button')}
      </button>
      <p id="read-page-status" class="read-page-status" role="status">
        {said}
      </p>
    </>
  );
}
