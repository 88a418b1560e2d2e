import type { Problem } from '../../lib/core/field-issues';
import { PAYMENT_METHOD_KINDS } from '../../lib/core/kinds';
import { DEFAULT_CONTACTS } from '../../lib/core/lenders';
import { Check, Field } from './field';
import type { FieldName, PlanFormValues } from './plan-form';
import { useTexts } from './texts';

// The plan editor's later sections: how the plan is repaid, and what lateness costs.

/** What a section needs of the editor's form state. */
export interface EditorForm {
  values: PlanFormValues;
  set: <K extends FieldName>(name: K, value: PlanFormValues[K]) => void;
  text: (name: FieldName) => { value: string; onInput: (event: Event) => void; onBlur: () => void };
  errorOf: (name: FieldName) => Problem | undefined;
}

export function RepaySection({ form }: { form: EditorForm }) {
  const { t, c } = useTexts();
  // Left empty, the lender's published customer service applies (contactOf): the hints say which.
  const fallback = DEFAULT_CONTACTS[form.values.lenderKind];
  const lender = c(`lender.${form.values.lenderKind}`);
  return (
    <fieldset>
      <legend>{t('editor.sectionRepay')}</legend>
      <Check
        id="plan-auto-repay"
        label={t('editor.autoRepay')}
        hint={t('editor.autoRepayHint')}
        checked={form.values.autoRepay}
        onChange={(v) => form.set('autoRepay', v)}
      />
      <Field id="plan-payment-kind" label={t('editor.paymentKind')}>
        {(aria) => (
          <select
            {...aria}
            value={form.values.paymentKind}
            onChange={(e) => form.set('paymentKind', e.currentTarget.value as PlanFormValues['paymentKind'])}
          >
            {PAYMENT_METHOD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {c(`payment.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="plan-payment-label"
        label={t('editor.paymentLabel')}
        hint={t('editor.paymentLabelHint')}
        error={form.errorOf('paymentLabel')}
      >
        {(aria) => <input {...aria} {...form.text('paymentLabel')} autoComplete="off" />}
      </Field>
      <Field id="plan-repay-url" label={t('editor.repayUrl')} hint={t('editor.repayUrlHint')} error={form.errorOf('repayUrl')}>
        {(aria) => <input {...aria} type="url" {...form.text('repayUrl')} autoComplete="off" />}
      </Field>
      <Field
        id="plan-contact-phone"
        label={t('editor.contactPhone')}
        hint={fallback.phone ? t('editor.contactPhoneDefault', { lender, phone: fallback.phone }) : t('editor.contactPhoneHint')}
        error={form.errorOf('contactPhone')}
      >
        {(aria) => <input {...aria} type="tel" {...form.text('contactPhone')} placeholder={fallback.phone} autoComplete="off" />}
      </Field>
      <Field
        id="plan-contact-url"
        label={t('editor.contactUrl')}
        hint={fallback.url ? t('editor.contactUrlDefault', { lender, url: fallback.url }) : t('editor.contactUrlHint')}
        error={form.errorOf('contactUrl')}
      >
        {(aria) => <input {...aria} type="url" {...form.text('contactUrl')} placeholder={fallback.url} autoComplete="off" />}
      </Field>
    </fieldset>
  );
}

export function LateSection({ form }: { form: EditorForm }) {
  const { t } = useTexts();
  return (
    <fieldset>
      <legend>{t('editor.sectionLate')}</legend>
      <Field id="plan-grace" label={t('editor.graceDays')} error={form.errorOf('graceDays')}>
        {(aria) => <input {...aria} {...form.text('graceDays')} inputMode="numeric" autoComplete="off" />}
      </Field>
      <Field id="plan-penalty" label={t('editor.penaltyRate')} hint={t('editor.penaltyRateHint')} error={form.errorOf('penaltyRate')}>
        {(aria) => <input {...aria} {...form.text('penaltyRate')} inputMode="decimal" autoComplete="off" />}
      </Field>
      <Check
        id="plan-waives"
        label={t('editor.waivesFees')}
        hint={t('editor.waivesFeesHint')}
        checked={form.values.waivesFutureFeesOnPayoff}
        onChange={(v) => form.set('waivesFutureFeesOnPayoff', v)}
      />
    </fieldset>
  );
}
