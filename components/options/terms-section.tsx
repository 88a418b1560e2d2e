import { INTEREST_BASES } from '../../lib/core/kinds';
import { METHODS } from '../../lib/core/schemas';
import type { EditorForm } from './editor-sections';
import { Check, Field } from './field';
import type { PlanFormValues } from './plan-form';
import { useTexts } from './texts';

// The editor's terms: an installment plan's amount, periods, method, rate and first due date, or, for a
// card's monthly statement, its amount, dates and minimum (one period, no interest when paid in full).

export function TermsSection({ form, pastPeriods }: { form: EditorForm; pastPeriods: number }) {
  const { t } = useTexts();
  const { values, set, text, errorOf } = form;
  const statement = values.lenderKind === 'card' && values.isCard;
  return (
    <fieldset>
      <legend>{t('editor.sectionTerms')}</legend>
      {values.lenderKind === 'card' && (
        <Check
          id="plan-is-card"
          label={t('cardPlan.isStatement')}
          hint={t('cardPlan.isStatementHint')}
          checked={values.isCard}
          onChange={(checked) => set('isCard', checked)}
        />
      )}
      <Field
        id="plan-principal"
        label={statement ? t('card.amount') : t('editor.principal')}
        hint={statement ? undefined : t('editor.principalHint')}
        error={errorOf('principal')}
      >
        {(aria) => <input {...aria} {...text('principal')} inputMode="decimal" autoComplete="off" />}
      </Field>
      {statement ? <StatementFields form={form} /> : <InstallmentFields form={form} />}
      <Field id="plan-first-due" label={statement ? t('card.dueDate') : t('editor.firstDueDate')} error={errorOf('firstDueDate')}>
        {(aria) => <input {...aria} type="date" {...text('firstDueDate')} />}
      </Field>
      {pastPeriods > 0 && (
        <Check
          id="plan-earlier-paid"
          label={pastPeriods === 1 ? t('editor.earlierPaidOne') : t('editor.earlierPaid', { count: pastPeriods })}
          hint={t('editor.earlierPaidHint')}
          checked={values.earlierPaid}
          onChange={(checked) => set('earlierPaid', checked)}
        />
      )}
    </fieldset>
  );
}

function InstallmentFields({ form }: { form: EditorForm }) {
  const { t, c } = useTexts();
  const { values, set, text, errorOf } = form;
  return (
    <>
      <Field id="plan-periods" label={t('editor.periods')} error={errorOf('periods')}>
        {(aria) => <input {...aria} {...text('periods')} inputMode="numeric" autoComplete="off" />}
      </Field>
      <Field id="plan-method" label={t('editor.method')} hint={t(`editor.methodHint.${values.method}`)}>
        {(aria) => (
          <select {...aria} value={values.method} onChange={(e) => set('method', e.currentTarget.value as PlanFormValues['method'])}>
            {METHODS.map((method) => (
              <option key={method} value={method}>
                {c(`method.${method}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {values.method !== 'interest-free' && (
        <Field
          id="plan-rate"
          label={values.method === 'fee' ? t('editor.rateFee') : t('editor.rateAnnual')}
          hint={values.method === 'fee' ? t('editor.rateFeeHint') : t('editor.rateAnnualHint')}
          error={errorOf('rate')}
        >
          {(aria) => <input {...aria} {...text('rate')} inputMode="decimal" autoComplete="off" />}
        </Field>
      )}
    </>
  );
}

function StatementFields({ form }: { form: EditorForm }) {
  const { t } = useTexts();
  const { values, set, text, errorOf } = form;
  return (
    <>
      <Field id="plan-statement-date" label={t('card.statementDate')} error={errorOf('statementDate')}>
        {(aria) => <input {...aria} type="date" {...text('statementDate')} />}
      </Field>
      <Field id="plan-minimum" label={t('card.minimum')} error={errorOf('minimum')}>
        {(aria) => <input {...aria} {...text('minimum')} inputMode="decimal" autoComplete="off" />}
      </Field>
      <Field id="plan-card-rate" label={t('card.dailyRate')} hint={t('cardPlan.rateHint')} error={errorOf('cardRate')}>
        {(aria) => <input {...aria} {...text('cardRate')} inputMode="decimal" autoComplete="off" />}
      </Field>
      <Field id="plan-card-basis" label={t('card.basis')}>
        {(aria) => (
          <select
            {...aria}
            value={values.cardBasis}
            onChange={(e) => set('cardBasis', e.currentTarget.value as PlanFormValues['cardBasis'])}
          >
            {INTEREST_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {t(`card.basis.${basis}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Check
        id="plan-card-repeat"
        label={t('cardPlan.repeat')}
        hint={t('cardPlan.repeatHint')}
        checked={values.cardRepeat}
        onChange={(checked) => set('cardRepeat', checked)}
      />
    </>
  );
}
