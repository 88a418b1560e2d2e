import { useTexts } from './texts';

/** Where the default rate warning lines come from, cited; and why a per-period fee is shown with its annual rate. */
export function RateLinesHelp() {
  const { t } = useTexts();
  return (
    <section class="panel" aria-labelledby="rate-lines-heading" id="rate-lines">
      <h2 id="rate-lines-heading">{t('help.rates.heading')}</h2>
      <p>{t('help.rates.intro')}</p>
      <ul>
        <li>{t('help.rates.2015')}</li>
        <li>{t('help.rates.2020')}</li>
      </ul>
      <p>{t('help.rates.scope')}</p>
      <p>{t('help.rates.perPeriod')}</p>
    </section>
  );
}
