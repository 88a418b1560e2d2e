import { useTexts } from './texts';

/** Read-only mode: data from a newer version is shown but never rewritten (it would lose what that version added). */
export function NewerDataBanner({ shown }: { shown: boolean }) {
  const { t } = useTexts();
  if (!shown) return null;
  return (
    <div class="alert alert--error" role="alert">
      <h2>{t('newer.heading')}</h2>
      <p>{t('newer.body')}</p>
    </div>
  );
}
