import { useState } from 'preact/hooks';
import { type Backup, type BackupDiff, buildBackup, diffBackup, parseBackup, serializeBackup } from '../../lib/core/backup';
import type { IsoDate } from '../../lib/core/dates';
import type { FieldIssue } from '../../lib/core/field-issues';
import { MAX_BACKUP_BYTES } from '../../lib/core/limits';
import type { Plan, Settings } from '../../lib/core/schemas';
import { send } from '../../lib/send';
import { STORAGE_KEYS } from '../../lib/storage/keys';
import type { Readable } from '../../lib/storage/values';
import { describeBackupIssue } from './backup-issue';
import { CalendarExport } from './calendar-export';
import { CsvExport } from './csv-export';
import { download } from './download';
import { ImportPreview } from './import-preview';
import { useTexts } from './texts';
import { useStoredPresence } from './use-stored-presence';

/** What is wrong with a refused file, in words: the first eight issues, each with its place in the file. */
function IssueList({ issues, file }: { issues: FieldIssue[]; file: unknown }) {
  const texts = useTexts();
  if (issues.length === 0) return null;
  return (
    <ul class="details">
      {issues.slice(0, 8).map((issue) => (
        <li key={`${issue.path}:${issue.key}`}>{describeBackupIssue(texts, issue, file)}</li>
      ))}
    </ul>
  );
}

type Stage =
  | { name: 'idle' }
  | { name: 'rejected'; reason: string; details: FieldIssue[]; file?: unknown }
  | { name: 'preview'; backup: Backup; diff: BackupDiff; fileName: string }
  | { name: 'imported'; plans: number }
  | { name: 'failed'; text: string; details: FieldIssue[]; file: Backup };

export function BackupPage({
  plans,
  settings,
  settingsReadable,
  today,
}: {
  plans: Readable<Plan[]>;
  settings: Settings;
  settingsReadable: boolean;
  today: IsoDate;
}) {
  const texts = useTexts();
  const { t } = texts;
  const [importing, setImporting] = useState(false);
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const [restoreStatus, setRestoreStatus] = useState<string | null>(null);
  const exportable = plans.ok && settingsReadable;
  const canRestore = useStoredPresence(STORAGE_KEYS.preImport);

  const exportBackup = () => {
    if (!plans.ok) return;
    download(`repay-helper-backup-${today}.json`, serializeBackup(buildBackup(plans.value, settings, Date.now())), 'application/json');
  };
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Refused before it is read: a 50,000-plan file must not freeze the page.
    if (file.size > MAX_BACKUP_BYTES) return setStage({ name: 'rejected', reason: texts.key('err.backupTooLarge'), details: [] });
    const text = await file.text();
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      const details = parsed.details ?? [];
      // Only a file that parsed has details; its titles name the plans they are about.
      return setStage({
        name: 'rejected',
        reason: texts.key(parsed.error),
        details,
        ...(details.length > 0 ? { file: JSON.parse(text) } : {}),
      });
    }
    const current = { plans: plans.ok ? plans.value : [], settings };
    setStage({ name: 'preview', backup: parsed.backup, diff: diffBackup(current, parsed.backup), fileName: file.name });
  };
  const confirm = async (backup: Backup) => {
    if (importing) return;
    setImporting(true);
    const result = await send('importBackup', { backup }).finally(() => setImporting(false));
    if (result.ok) return setStage({ name: 'imported', plans: result.value.plans });
    // What the background refused is named plan by plan, as a refusal in the page is.
    const details = result.error.details ?? [];
    setStage({
      name: 'failed',
      text: details.length > 0 ? texts.key(result.error.message) : texts.error(result.error),
      details,
      file: backup,
    });
  };
  const restore = async () => {
    const result = await send('restorePreImport');
    setRestoreStatus(result.ok ? t('backup.restored', { count: result.value.plans }) : texts.error(result.error));
    if (result.ok) setStage({ name: 'idle' });
  };

  return (
    <section aria-labelledby="backup-heading">
      <h1 id="backup-heading" tabIndex={-1}>
        {t('backup.heading')}
      </h1>
      <section class="panel" aria-labelledby="export-heading">
        <h2 id="export-heading">{t('backup.exportHeading')}</h2>
        <p>{t('backup.exportBody')}</p>
        {!exportable && <p class="alert alert--error">{t('backup.exportUnreadable')}</p>}
        <button type="button" class="button button--primary" onClick={exportBackup} disabled={!exportable}>
          {t('backup.export')}
        </button>
      </section>

      <section class="panel" aria-labelledby="import-heading">
        <h2 id="import-heading">{t('backup.importHeading')}</h2>
        <p>{t('backup.importBody')}</p>
        <div class="field">
          <label for="backup-file">{t('backup.chooseFile')}</label>
          <input id="backup-file" type="file" accept=".json,application/json" onChange={(e) => choose(e.currentTarget)} />
        </div>
        {stage.name === 'rejected' && (
          <div class="alert alert--error" role="alert">
            <p>
              <strong>{t('backup.rejected')}</strong> {stage.reason}
            </p>
            <p>{t('backup.untouched')}</p>
            <IssueList issues={stage.details} file={stage.file} />
          </div>
        )}
        {stage.name === 'preview' && (
          <ImportPreview
            fileName={stage.fileName}
            backup={stage.backup}
            diff={stage.diff}
            onConfirm={() => confirm(stage.backup)}
            busy={importing}
            onCancel={() => setStage({ name: 'idle' })}
          />
        )}
        {stage.name === 'failed' && (
          <div class="alert alert--error" role="alert">
            <p>{stage.text}</p>
            <IssueList issues={stage.details} file={stage.file} />
          </div>
        )}
        {stage.name === 'imported' && (
          <p class="alert alert--ok" role="status">
            {t('backup.imported', { count: stage.plans })}
          </p>
        )}
      </section>

      {(canRestore || restoreStatus) && (
        <section class="panel" aria-labelledby="restore-heading">
          <h2 id="restore-heading">{t('backup.restoreHeading')}</h2>
          <p>{t('backup.restoreBody')}</p>
          {canRestore && (
            <button type="button" class="button" onClick={restore}>
              {t('backup.restore')}
            </button>
          )}
          {restoreStatus && <p role="status">{restoreStatus}</p>}
        </section>
      )}

      <CalendarExport plans={plans.ok ? plans.value : []} settings={settings} today={today} />
      <CsvExport plans={plans.ok ? plans.value : []} today={today} />
    </section>
  );
}
