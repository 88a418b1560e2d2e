import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/core/dates';
import { periodsDueBefore } from '../../lib/core/figures';
import { LENDER_KINDS, type Plan } from '../../lib/core/schemas';
import { send } from '../../lib/send';
import { EditorPreview } from './editor-preview';
import { type EditorForm, LateSection, RepaySection } from './editor-sections';
import { Field } from './field';
import { type FieldName, type PlanFormValues, withLender } from './plan-form';
import { readForm } from './read-plan-form';
import { TermsSection } from './terms-section';
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

          <TermsSection form={formApi} pastPeriods={pastPeriods} />
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
