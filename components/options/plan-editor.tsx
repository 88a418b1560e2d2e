import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/core/dates';
import { periodsDueBefore } from '../../lib/core/figures';
import { LENDER_KINDS, METHODS, type Plan } from '../../lib/core/schemas';
import { send } from '../../lib/send';
import { EditorPreview } from './editor-preview';
import { type EditorForm, LateSection, RepaySection } from './editor-sections';
import { Check, Field } from './field';
import { type FieldName, type PlanFormValues, readForm, withLender } from './plan-form';
import { useTexts } from './texts';

interface PlanEditorProps {
  initial: PlanFormValues;
  /** Present when editing a stored plan. */
  planId?: string;
  today: IsoDate;
  heading: string;
  intro?: ComponentChildren;
  onSaved: (plan: Plan) => void;
  onCancel: () => void;
}

export function PlanEditor({ initial, planId, today, heading, intro, onSaved, onCancel }: PlanEditorProps) {
  const texts = useTexts();
  const { t, c } = texts;
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Set<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const [invalidSubmits, setInvalidSubmits] = useState(0);
  // After a refused submit has rendered its messages, take the user to the first one.
  useEffect(() => {
    if (invalidSubmits > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalidSubmits]);

  const result = useMemo(() => readForm(values), [values]);
  const errors = result.ok ? {} : result.errors;
  const errorOf = (name: FieldName) => (submitted || touched.has(name) ? errors[name] : undefined);
  const set = <K extends FieldName>(name: K, value: PlanFormValues[K]) => setValues((old) => ({ ...old, [name]: value }));
  const touch = (name: FieldName) => setTouched((old) => (old.has(name) ? old : new Set(old).add(name)));
  const text = (name: FieldName) => ({
    value: values[name] as string,
    onInput: (event: Event) => set(name, (event.currentTarget as HTMLInputElement).value as never),
    onBlur: () => touch(name),
  });
  const formApi: EditorForm = { values, set, text, errorOf };
  const pastPeriods = result.ok && !planId ? periodsDueBefore(result.draft, today) : 0;
  const rateLabel = values.method === 'fee' ? t('editor.rateFee') : t('editor.rateAnnual');

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (!result.ok) {
      setInvalidSubmits((count) => count + 1);
      return;
    }
    setBusy(true);
    const outcome = planId
      ? await send('updatePlan', { id: planId, draft: result.draft })
      : await send('addPlan', {
          draft: result.draft,
          paidThroughPeriod: values.paidThroughPeriod ?? (values.earlierPaid ? pastPeriods : 0),
        });
    setBusy(false);
    if (outcome.ok) onSaved(outcome.value);
    else setFailure(texts.error(outcome.error));
  };

  return (
    <section class="editor" aria-labelledby="editor-heading">
      <h1 id="editor-heading" tabIndex={-1}>
        {heading}
      </h1>
      {intro}
      <div class="editor__layout">
        <form ref={form} noValidate onSubmit={submit} class="editor__form">
          <fieldset>
            <legend>{t('editor.sectionLender')}</legend>
            <Field id="plan-lender" label={t('editor.lender')}>
              {(aria) => (
                <select
                  {...aria}
                  value={values.lenderKind}
                  onChange={(e) => setValues((old) => withLender(old, e.currentTarget.value as Plan['lender']['kind']))}
                >
                  {LENDER_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {c(`lender.${kind}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id="plan-lender-name"
              label={values.lenderKind === 'other' ? t('editor.lenderNameRequired') : t('editor.lenderName')}
              error={errorOf('lenderName')}
            >
              {(aria) => <input {...aria} {...text('lenderName')} autoComplete="off" />}
            </Field>
            <Field id="plan-title" label={t('editor.title')} hint={t('editor.titleHint')} error={errorOf('title')}>
              {(aria) => <input {...aria} {...text('title')} autoComplete="off" />}
            </Field>
          </fieldset>

          <fieldset>
            <legend>{t('editor.sectionTerms')}</legend>
            <Field id="plan-principal" label={t('editor.principal')} hint={t('editor.principalHint')} error={errorOf('principal')}>
              {(aria) => <input {...aria} {...text('principal')} inputMode="decimal" autoComplete="off" />}
            </Field>
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
                label={rateLabel}
                hint={values.method === 'fee' ? t('editor.rateFeeHint') : t('editor.rateAnnualHint')}
                error={errorOf('rate')}
              >
                {(aria) => <input {...aria} {...text('rate')} inputMode="decimal" autoComplete="off" />}
              </Field>
            )}
            <Field id="plan-first-due" label={t('editor.firstDueDate')} error={errorOf('firstDueDate')}>
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

          <RepaySection form={formApi} />
          <LateSection form={formApi} />

          {failure && (
            <p class="alert alert--error" role="alert">
              {failure}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="button button--primary" disabled={busy}>
              {planId ? t('editor.save') : t('editor.add')}
            </button>
            <button type="button" class="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
        </form>

        <EditorPreview values={values} result={result} />
      </div>
    </section>
  );
}
