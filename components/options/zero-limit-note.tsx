import { useTexts } from './texts';

/** 小米分期 shows a limit of 0 once it is used up; the bill is still due. Links to the help steps. */
export function ZeroLimitNote() {
  const { t } = useTexts();
  return (
    <aside class="note" aria-label={t('zeroLimit.title')}>
      <strong>{t('zeroLimit.title')}</strong> {t('zeroLimit.body')} <a href="#help">{t('zeroLimit.link')}</a>
    </aside>
  );
}
