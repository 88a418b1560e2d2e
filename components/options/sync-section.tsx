import { useEffect, useState } from 'preact/hooks';
import type { Terms } from '../../lib/core/schemas';
import { send } from '../../lib/send';
import { SYNC_LOCAL } from '../../lib/storage/keys';
import { watchValues } from '../../lib/storage/watch';
import type { SyncPreview, SyncStatus } from '../../lib/sync/status';
import { Check } from './field';
import { partialText, syncStatusLines } from './sync-status-lines';
import { type Texts, useTexts } from './texts';

// The opt-in sync: what leaves this browser and where, a preview before the first merge (as for a
// backup import), and what the last pass did, in words: how much fits, what stays here, conflicts.

export function SyncSection({ enabled, readable }: { enabled: boolean; readable: boolean }) {
  const texts = useTexts();
  const { t } = texts;
  const [preview, setPreview] = useState<SyncPreview | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const refresh = async () => {
      const result = await send('syncStatus');
      if (result.ok) setStatus(result.value);
    };
    void refresh();
    return watchValues(() => void refresh(), [SYNC_LOCAL.status]);
  }, [enabled]);

  const answer = (result: Awaited<ReturnType<typeof send<'setSync'>>>) => {
    if (result.ok) setStatus(result.value);
    setMessage(result.ok ? { ok: true, text: t('sync.saved') } : { ok: false, text: texts.error(result.error) });
  };
  const toggle = async (on: boolean) => {
    setMessage(null);
    if (!on && !enabled) return setPreview(null);
    if (!on) return answer(await send('setSync', { enabled: false }));
    const result = await send('syncPreview');
    if (result.ok) setPreview(result.value);
    else setMessage({ ok: false, text: texts.error(result.error) });
  };
  const confirm = async () => {
    setBusy(true);
    answer(await send('setSync', { enabled: true }));
    setBusy(false);
    setPreview(null);
  };
  const choose = async (planId: string, terms: Terms) => {
    const result = await send('chooseSyncTerms', { planId, terms });
    setMessage(result.ok ? { ok: true, text: t('sync.saved') } : { ok: false, text: texts.error(result.error) });
  };

  return (
    <fieldset disabled={!readable} aria-labelledby="sync-legend">
      <legend id="sync-legend">{t('sync.heading')}</legend>
      <Check id="settings-sync" label={t('sync.toggle')} hint={t('sync.what')} checked={enabled || preview !== null} onChange={toggle} />
      <p class="field__hint">{t('sync.never')}</p>
      <p class="field__hint">{t('sync.signedOut')}</p>
      <p class="field__hint">{t('sync.limits')}</p>
      {enabled && <p class="field__hint">{t('sync.offNote')}</p>}
      {preview && <SyncPreviewBox preview={preview} texts={texts} busy={busy} onConfirm={confirm} onCancel={() => setPreview(null)} />}
      {enabled && status && <SyncStatusView status={status} texts={texts} onChoose={choose} />}
      <p class={message?.ok === false ? 'alert alert--error' : 'status'} role="status">
        {message?.text ?? ''}
      </p>
    </fieldset>
  );
}

function titled(label: string, titles: readonly string[]) {
  return (
    <>
      <strong>{label}</strong>
      {titles.length > 0 && <span>：{titles.join('、')}</span>}
    </>
  );
}

function SyncPreviewBox(props: { preview: SyncPreview; texts: Texts; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { preview, texts, busy } = props;
  const { t } = texts;
  const groups = [
    { key: 'addedHere', titles: preview.addedHere },
    { key: 'changedHere', titles: preview.changedHere },
    { key: 'removedHere', titles: preview.removedHere },
    { key: 'addedThere', titles: preview.addedThere },
  ] as const;
  return (
    <section class="preview-box" aria-labelledby="sync-preview-heading" data-sync-preview>
      <h3 id="sync-preview-heading">{t('sync.previewHeading')}</h3>
      <p>{preview.remotePlans > 0 ? t('sync.previewRemote', { count: preview.remotePlans }) : t('sync.previewRemoteNone')}</p>
      <ul class="diff">
        {groups.map(({ key, titles }) =>
          titles.length > 0 ? (
            <li key={key} data-diff={key}>
              {titled(t(`sync.${key}`, { count: titles.length }), titles)}
            </li>
          ) : null,
        )}
        {preview.paymentsHere > 0 && <li data-diff="payments">{t('sync.paymentsHere', { count: preview.paymentsHere })}</li>}
        {preview.settingsChangeHere && <li data-diff="settings">{t('sync.settingsHere')}</li>}
      </ul>
      {preview.fits.left.length > 0 && (
        <p class="alert">{partialText(texts, preview.fits.synced, preview.fits.total, null, preview.fits.left)}</p>
      )}
      <ConflictList conflicts={preview.conflicts} texts={texts} />
      <p>{t('sync.previewNote')}</p>
      <div class="actions">
        <button type="button" class="button button--primary" onClick={props.onConfirm} disabled={busy} aria-busy={busy}>
          {t('sync.confirm')}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}

function SyncStatusView({
  status,
  texts,
  onChoose,
}: {
  status: SyncStatus;
  texts: Texts;
  onChoose: (planId: string, terms: Terms) => void;
}) {
  const lines = syncStatusLines(status, texts);
  return (
    <div data-sync-status={status.state}>
      {lines.map((line) => (
        <p key={line.key} class={line.alert ? 'alert' : 'field__hint'}>
          {line.text}
        </p>
      ))}
      <ConflictList conflicts={status.conflicts} texts={texts} onChoose={onChoose} />
    </div>
  );
}

function ConflictList(props: { conflicts: SyncStatus['conflicts']; texts: Texts; onChoose?: (planId: string, terms: Terms) => void }) {
  const { conflicts, texts, onChoose } = props;
  if (conflicts.length === 0) return null;
  const { t } = texts;
  return (
    <section aria-labelledby="sync-conflicts-heading" data-sync-conflicts>
      <h3 id="sync-conflicts-heading">{t('sync.conflictsHeading')}</h3>
      <ul class="diff">
        {conflicts.map((conflict) => (
          <li key={conflict.planId}>
            {t(conflict.amount ? 'sync.conflictAmount' : 'sync.conflictTerms', { title: conflict.title })}
            <ul>
              {conflict.values.map((terms, index) => (
                <li key={`${terms.principal}-${terms.periods}-${index}`}>
                  {t('sync.conflictValue', { amount: texts.money(terms.principal), periods: terms.periods })}
                  {index === 0 && t('sync.conflictApplied')}
                  {onChoose && (
                    <>
                      {' '}
                      <button type="button" class="button" onClick={() => onChoose(conflict.planId, terms)}>
                        {t('sync.keep', { amount: texts.money(terms.principal) })}
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
