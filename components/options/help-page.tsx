import { RateLinesHelp } from './rate-lines-help';
import { useTexts } from './texts';

const STEPS = [1, 2, 3, 4, 5, 6] as const;
const CHECKS = [1, 2, 3, 4, 5, 6] as const;

/** Repaying 小米分期 when the limit shows 0, step by step, with what the extension does for each step. */
export function HelpPage() {
  const { t } = useTexts();
  return (
    <section aria-labelledby="help-heading" class="help">
      <h1 id="help-heading" tabIndex={-1}>
        {t('help.heading')}
      </h1>
      <p>{t('help.intro')}</p>
      <ol class="steps">
        {STEPS.map((step) => (
          <li key={step}>
            <h2>{t(`help.step${step}.title`)}</h2>
            <p>{t(`help.step${step}.body`)}</p>
            <p class="steps__ext">
              <strong>{t('help.extLabel')}</strong> {t(`help.step${step}.ext`)}
            </p>
          </li>
        ))}
      </ol>
      <section class="panel" aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">{t('help.checklistHeading')}</h2>
        <p>{t('help.checklistIntro')}</p>
        <ul class="checklist">
          {CHECKS.map((check) => (
            <li key={check}>
              <input type="checkbox" id={`check-${check}`} />
              <label for={`check-${check}`}>{t(`help.check${check}`)}</label>
            </li>
          ))}
        </ul>
      </section>
      <RateLinesHelp />
    </section>
  );
}
