import { useState } from 'preact/hooks';
import { send } from '../../lib/send';
import { readEverythingRaw } from '../../lib/storage/reader';
import { download } from './download';
import { useTexts } from './texts';

type Key = 'plans' | 'settings' | 'sentLog';

/**
 * Stored data that failed validation is never overwritten silently: the user is told, can save the raw
 * value as a file, and only then may discard it (the background keeps a copy in quarantine anyway).
 */
export function UnreadableBanner({ keys, today }: { keys: Key[]; today: string }) {
  const texts = useTexts();
  const { t } = texts;
  const [confirming, setConfirming] = useState<Key | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (keys.length === 0) return null;

  const exportRaw = async () => {
    const raw = await readEverythingRaw();
    download(`repay-helper-unreadable-${today}.json`, `${JSON.stringify(raw, null, 2)}\n`, 'application/json');
  };
  const discard = async (key: Key) => {
    const result = await send('discardUnreadable', { key });
    setConfirming(null);
    setStatus(result.ok ? t('unreadable.discarded') : texts.error(result.error));
  };
  return (
    <div class="alert alert--error unreadable" role="alert">
      <h2>{t('unreadable.heading')}</h2>
      <p>{t('unreadable.body', { keys: keys.map((key) => t(`unreadable.key.${key}`)).join('、') })}</p>
      <div class="actions">
        <button type="button" class="button" onClick={exportRaw}>
          {t('unreadable.export')}
        </button>
        {keys.map((key) => (
          <button type="button" key={key} class="button button--danger" onClick={() => setConfirming(key)}>
            {t('unreadable.discard', { key: t(`unreadable.key.${key}`) })}
          </button>
        ))}
      </div>
      {confirming && (
        <fieldset class="confirm" aria-label={t('unreadable.confirmLabel')}>
          <p>{t('unreadable.confirm', { key: t(`unreadable.key.${confirming}`) })}</p>
          <button type="button" class="button button--danger" onClick={() => discard(confirming)}>
            {t('unreadable.confirmYes')}
          </button>
          <button type="button" class="button" onClick={() => setConfirming(null)}>
            {t('common.cancel')}
          </button>
        </fieldset>
      )}
      {status && <p role="status">{status}</p>}
    </div>
  );
}
