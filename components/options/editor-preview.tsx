import { useMemo } from 'preact/hooks';
import { minimumPaymentCost, statementOf } from '../../lib/core/card-statement';
import { draftFigures } from '../../lib/core/figures';
import type { FormResult, PlanFormValues } from './plan-form';
import { RateFigures } from './rate-figures';
import { ScheduleTable } from './schedule-table';
import { useTexts } from './texts';
import { ZeroLimitNote } from './zero-limit-note';

/** The schedule and true cost of what is typed so far, recomputed on every keystroke. */
export function EditorPreview({ values, result }: { values: PlanFormValues; result: FormResult }) {
  const { t, money } = useTexts();
  const figures = useMemo(() => (result.ok ? draftFigures(result.draft) : null), [result]);
  return (
    <aside class="editor__preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('editor.preview')}</h2>
      {values.lenderKind === 'xiaomi' && <ZeroLimitNote />}
      {figures && result.ok ? (
        <>
          <p class="preview__monthly" aria-live="polite">
            {t('editor.previewMonthly', { amount: money(figures.schedule[0]?.total ?? 0), periods: result.draft.periods })}
          </p>
          {result.draft.card ? (
            // A minimum of the whole amount is paying in full: nothing to estimate.
            result.draft.card.minimum < result.draft.principal && (
              <p class="planning-result" data-figure="minimum-cost">
                {t('card.result', {
                  amount: money(minimumPaymentCost(statementOf({ ...result.draft, card: result.draft.card })).interest),
                })}
              </p>
            )
          ) : (
            <RateFigures
              rate={figures.rate}
              cost={figures.totals.interest}
              total={figures.totals.total}
              id="preview-figures"
              fee={result.draft.method === 'fee' ? result.draft.rate : undefined}
            />
          )}
          <ScheduleTable rows={figures.schedule} method={result.draft.method} caption={t('editor.previewCaption')} />
        </>
      ) : (
        <p class="muted">{t('editor.previewEmpty')}</p>
      )}
    </aside>
  );
}
