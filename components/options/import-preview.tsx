import type { Backup, BackupDiff } from '../../lib/core/backup';
import { useTexts } from './texts';

/** What an import will change, shown before anything is changed. */
export function ImportPreview({
  fileName,
  backup,
  diff,
  onConfirm,
  onCancel,
  busy,
}: {
  fileName: string;
  backup: Backup;
  diff: BackupDiff;
  onConfirm: () => void;
  onCancel: () => void;
  /** While the import runs: a second click would import twice and spend the one restore on it. */
  busy: boolean;
}) {
  const { t, locale } = useTexts();
  const exported = new Date(backup.exportedAt);
  const when = Number.isNaN(exported.getTime())
    ? backup.exportedAt
    : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(exported);
  const groups = [
    { key: 'added', label: t('backup.added', { count: diff.added.length }), titles: diff.added.map((plan) => plan.title) },
    { key: 'changed', label: t('backup.changed', { count: diff.changed.length }), titles: diff.changed.map(({ after }) => after.title) },
    { key: 'removed', label: t('backup.removed', { count: diff.removed.length }), titles: diff.removed.map((plan) => plan.title) },
  ];
  return (
    <section class="preview-box" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">{t('backup.previewHeading')}</h3>
      <p>{t('backup.previewFile', { file: fileName, date: when, count: backup.plans.length })}</p>
      <ul class="diff">
        {groups.map((group) => (
          <li key={group.key} data-diff={group.key}>
            <strong>{group.label}</strong>
            {group.titles.length > 0 && <span>{t('backup.titles', { titles: group.titles.join(t('backup.titleSeparator')) })}</span>}
          </li>
        ))}
        <li data-diff="unchanged">{t('backup.unchanged', { count: diff.unchanged })}</li>
        <li data-diff="settings">{diff.settingsChanged ? t('backup.settingsChanged') : t('backup.settingsSame')}</li>
      </ul>
      <p>{t('backup.previewNote')}</p>
      <div class="actions">
        <button type="button" class="button button--primary" onClick={onConfirm} disabled={busy} aria-busy={busy}>
          {t('backup.confirm')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
