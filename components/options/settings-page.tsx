import { useEffect, useState } from 'preact/hooks';
import { leadDaysInOrder } from '../../lib/core/lead-days';
import { LANGUAGES, MAX_LEAD_DAYS, type Settings } from '../../lib/core/schemas';
import { send } from '../../lib/send';
import { Check, Field } from './field';
import { PlanningSettings } from './planning-settings';
import { SyncSection } from './sync-section';
import { useTexts } from './texts';

const LEAD_DAY_CHOICES = [7, 5, 3, 2, 1, 0] as const;

/** Each change is saved at once through the background and confirmed in a live region. */
export function SettingsPage({ settings: stored, readable }: { settings: Settings; readable: boolean }) {
  const texts = useTexts();
  const { t } = texts;
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  // Shown at once while the background saves; the stored value wins again when it changes or on failure.
  const [settings, setSettings] = useState(stored);
  useEffect(() => setSettings(stored), [stored]);
  const save = async (next: Settings) => {
    setSettings(next);
    const result = await send('updateSettings', next);
    if (!result.ok) setSettings(stored);
    setStatus(result.ok ? { ok: true, text: t('settings.saved') } : { ok: false, text: texts.error(result.error) });
  };
  const toggleLead = (days: number, on: boolean) => {
    const leadDays = on ? [...settings.leadDays, days] : settings.leadDays.filter((d) => d !== days);
    void save({ ...settings, leadDays: leadDaysInOrder(leadDays) });
  };

  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading" tabIndex={-1}>
        {t('settings.heading')}
      </h1>
      {!readable && <p class="alert alert--error">{t('settings.unreadable')}</p>}
      <fieldset disabled={!readable}>
        <legend>{t('settings.leadDays')}</legend>
        <p class="field__hint">{t('settings.leadDaysHint', { max: MAX_LEAD_DAYS })}</p>
        <div class="check-row">
          {LEAD_DAY_CHOICES.map((days) => {
            const on = settings.leadDays.includes(days);
            return (
              <Check
                key={days}
                id={`lead-${days}`}
                label={days === 0 ? t('settings.dueDay') : t('settings.daysBefore', { days })}
                checked={on}
                onChange={(checked) =>
                  checked && !on && settings.leadDays.length >= MAX_LEAD_DAYS
                    ? setStatus({ ok: false, text: t('settings.tooMany', { max: MAX_LEAD_DAYS }) })
                    : toggleLead(days, checked)
                }
              />
            );
          })}
        </div>
      </fieldset>
      <fieldset disabled={!readable}>
        <legend>{t('settings.when')}</legend>
        <Field id="settings-hour" label={t('settings.reminderHour')}>
          {(aria) => (
            <select
              {...aria}
              value={String(settings.reminderHour)}
              onChange={(e) => save({ ...settings, reminderHour: Number(e.currentTarget.value) })}
            >
              {Array.from({ length: 24 }, (_, hour) => (
                <option key={hour} value={hour}>
                  {`${String(hour).padStart(2, '0')}:00`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Check
          id="settings-nag"
          label={t('settings.overdueNag')}
          hint={t('settings.overdueNagHint')}
          checked={settings.overdueNag}
          onChange={(overdueNag) => save({ ...settings, overdueNag })}
        />
      </fieldset>
      <fieldset disabled={!readable}>
        <legend>{t('settings.planning')}</legend>
        <PlanningSettings settings={settings} save={save} />
      </fieldset>
      <fieldset disabled={!readable}>
        <legend>{t('settings.language')}</legend>
        <div class="check-row">
          {LANGUAGES.map((language) => (
            <div class="check" key={language}>
              <input
                type="radio"
                name="language"
                id={`language-${language}`}
                checked={settings.language === language}
                onChange={() => save({ ...settings, language })}
              />
              <label for={`language-${language}`} lang={language === 'auto' ? undefined : language}>
                {t(`settings.language.${language}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <SyncSection enabled={stored.sync === true} readable={readable} />
      <p class={status?.ok === false ? 'alert alert--error' : 'status'} role="status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
