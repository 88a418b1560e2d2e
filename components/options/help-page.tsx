import { useEffect, useRef } from 'preact/hooks';
import { planLabel } from '../../lib/core/labels';
import { contactOf } from '../../lib/core/lenders';
import type { Plan } from '../../lib/core/schemas';
import { RateLinesHelp } from './rate-lines-help';
import { useTexts } from './texts';

const STEPS = [1, 2, 3, 4, 5, 6] as const;
const CHECKS = [1, 2, 3, 4, 5, 6] as const;

interface Props {
  plans: readonly Plan[];
  /** Opened from a late row or notification (`#help/<planId>`): that plan's customer service, checklist in view. */
  planId?: string | undefined;
}

/** Repaying 小米分期 when the limit shows 0, step by step, with what the extension does for each step. */
export function HelpPage({ plans, planId }: Props) {
  const { t } = useTexts();
  const checklist = useRef<HTMLHeadingElement>(null);
  const chosen = plans.find((plan) => plan.id === planId);
  // After the page's own move to its h1 (options-app, lazy-page): the checklist is what this link is for.
  useEffect(() => {
    if (!chosen) return;
    const frame = requestAnimationFrame(() => {
      checklist.current?.focus();
      checklist.current?.scrollIntoView({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [chosen?.id]);
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
            {step === 4 && <p>{t('help.step4.others')}</p>}
            <p class="steps__ext">
              <strong>{t('help.extLabel')}</strong> {t(`help.step${step}.ext`)}
            </p>
          </li>
        ))}
      </ol>
      <section class="panel" aria-labelledby="checklist-heading">
        <h2 id="checklist-heading" ref={checklist} tabIndex={-1}>
          {t('help.checklistHeading')}
        </h2>
        <p>{t('help.checklistIntro')}</p>
        <ul class="checklist">
          {CHECKS.map((check) => (
            <li key={check}>
              <input type="checkbox" id={`check-${check}`} />
              <label for={`check-${check}`}>{t(`help.check${check}`)}</label>
            </li>
          ))}
        </ul>
        <Contacts plans={chosen ? [chosen] : plans.filter((plan) => !plan.archived)} />
      </section>
      <RateLinesHelp />
    </section>
  );
}

/** Each plan's customer service (its own, else what its lender publishes), or where to add one. */
function Contacts({ plans }: { plans: readonly Plan[] }) {
  const { t, c } = useTexts();
  if (plans.length === 0) return null;
  return (
    <>
      <h3>{t('help.contactsHeading')}</h3>
      <ul class="contacts">
        {plans.map((plan) => {
          const contact = contactOf(plan);
          return (
            <li key={plan.id} data-contact={plan.id}>
              <strong>{planLabel(plan, c)}</strong>{' '}
              {contact.phone && (
                <a href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{t('help.contactPhone', { phone: contact.phone })}</a>
              )}{' '}
              {contact.url && (
                <a href={contact.url} target="_blank" rel="noreferrer">
                  {t('help.contactWeb')}
                </a>
              )}{' '}
              {!contact.phone && <span class="muted">{t('help.contactAdd')}</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
