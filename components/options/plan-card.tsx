import { useEffect, useRef, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/core/dates';
import { accountLabel, lenderLabel } from '../../lib/core/labels';
import type { Plan } from '../../lib/core/schemas';
import { paidProgress } from '../../lib/core/summary';
import { send } from '../../lib/send';
import { paidText } from './paid-text';
import { cachedPlanFigures } from './plan-rows';
import { RateFigures } from './rate-figures';
import { useTexts } from './texts';
import { useToast } from './toast';
import { routeHref } from './use-hash-route';

/** One plan in the list: progress, what is left, its true cost, and archive / delete with undo. */
export function PlanCard({ plan, today, writable }: { plan: Plan; today: IsoDate; writable: boolean }) {
  const texts = useTexts();
  const { t, money, date } = texts;
  const toast = useToast();
  /** The question asked before a step that loses something: deleting, or archiving a plan that still owes money. */
  const [confirming, setConfirming] = useState<'delete' | 'archive' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const figures = cachedPlanFigures(plan, today);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const archiveButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the question they are asked, and back on the button that asked it if they decline.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const cancel = () => {
    (confirming === 'archive' ? archiveButton : deleteButton).current?.focus();
    setConfirming(null);
  };
  const owed = figures && !plan.archived ? figures.summary.remainingTotal : 0;
  const headingId = `plan-${plan.id}-title`;

  const archive = async () => {
    setConfirming(null);
    const result = await send('archivePlan', { id: plan.id, archived: !plan.archived });
    setFailure(result.ok ? null : texts.error(result.error));
  };
  // An archived plan leaves the totals, the reminders and the store-page checks: money still owed is asked about first.
  const askArchive = () => (owed > 0 ? setConfirming('archive') : archive());
  const remove = async () => {
    const result = await send('deletePlan', { id: plan.id });
    setConfirming(null);
    if (!result.ok) return setFailure(texts.error(result.error));
    document.querySelector<HTMLElement>('main h1')?.focus();
    const deleted = result.value;
    toast({
      text: t('plans.deleted', { title: deleted.title }),
      action: {
        label: t('common.undo'),
        run: async () => {
          const restored = await send('restorePlan', { plan: deleted });
          toast({ text: restored.ok ? t('plans.restored', { title: deleted.title }) : texts.error(restored.error) });
        },
      },
    });
  };

  return (
    <article class={plan.archived ? 'card card--archived' : 'card'} aria-labelledby={headingId} data-plan-id={plan.id}>
      <header class="card__header">
        <h2 id={headingId}>
          <a href={routeHref({ name: 'plan', id: plan.id })}>{plan.title}</a>
        </h2>
        <span class="card__lender">{lenderLabel(plan.lender, texts.c)}</span>
        {plan.autoRepay && <span class="chip">{t('plans.autoRepay', { label: accountLabel(plan.paymentMethod, texts.c) })}</span>}
        {figures && figures.summary.late.length > 0 && <span class="chip chip--danger">{texts.c('state.overdue')}</span>}
      </header>
      {figures ? (
        <>
          <div class="card__progress">
            <progress
              id={`${headingId}-progress`}
              max={paidProgress(figures.summary).periods}
              value={figures.summary.paidCount}
              aria-labelledby={`${headingId}-paid`}
            />
            <span id={`${headingId}-paid`} data-figure="paid">
              {paidText(texts, figures.summary)}
            </span>
          </div>
          <dl class="figures">
            <div>
              <dt>{t('plans.remainingPrincipal')}</dt>
              <dd data-figure="remaining-principal">{money(figures.summary.remainingPrincipal)}</dd>
            </div>
            <div>
              <dt>{t('plans.remainingTotal')}</dt>
              <dd data-figure="remaining-total">{money(figures.summary.remainingTotal)}</dd>
            </div>
            <div>
              <dt>{t('plans.next')}</dt>
              <dd data-figure="next">
                {figures.summary.next
                  ? t('plans.nextValue', { date: date(figures.summary.next.dueDate), amount: money(figures.summary.next.remaining) })
                  : t('plans.finished')}
              </dd>
            </div>
          </dl>
          {/* A card statement costs nothing paid in full: its page shows what paying only the minimum costs. */}
          {!plan.card && (
            <RateFigures
              brief
              rate={figures.rate}
              cost={figures.totals.interest}
              total={figures.totals.total}
              fee={plan.method === 'fee' ? plan.rate : undefined}
            />
          )}
        </>
      ) : (
        <p class="alert alert--error">{t('plans.badTerms')}</p>
      )}
      {failure && (
        <p class="alert alert--error" role="alert">
          {failure}
        </p>
      )}
      <div class="actions">
        <a class="button" href={routeHref({ name: 'plan', id: plan.id })} aria-describedby={headingId}>
          {t('plans.open')}
        </a>
        {writable && (
          <>
            <a class="button" href={routeHref({ name: 'edit', id: plan.id })} aria-describedby={headingId}>
              {t('plans.edit')}
            </a>
            <button
              type="button"
              class="button"
              ref={archiveButton}
              onClick={askArchive}
              aria-describedby={headingId}
              {...(owed > 0 ? { 'aria-expanded': confirming === 'archive' } : {})}
            >
              {plan.archived ? t('plans.unarchive') : t('plans.archive')}
            </button>
            <button
              type="button"
              class="button button--danger"
              ref={deleteButton}
              onClick={() => setConfirming('delete')}
              aria-describedby={headingId}
              aria-expanded={confirming === 'delete'}
            >
              {t('plans.delete')}
            </button>
          </>
        )}
      </div>
      {confirming === 'archive' && (
        // Escape anywhere in the question declines it, as in a dialog.
        <fieldset class="confirm" aria-label={t('plans.confirmArchiveLabel')} onKeyDown={(event) => event.key === 'Escape' && cancel()}>
          <p id={`${headingId}-archive-question`}>{t('plans.confirmArchive', { title: plan.title, amount: money(owed) })}</p>
          <button
            ref={confirmButton}
            type="button"
            class="button button--danger"
            onClick={archive}
            aria-describedby={`${headingId}-archive-question`}
          >
            {t('plans.confirmArchiveYes')}
          </button>
          <button type="button" class="button" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </fieldset>
      )}
      {confirming === 'delete' && (
        <fieldset class="confirm" aria-label={t('plans.confirmDeleteLabel')}>
          <p>{t('plans.confirmDelete', { title: plan.title })}</p>
          <button ref={confirmButton} type="button" class="button button--danger" onClick={remove}>
            {t('plans.confirmDeleteYes')}
          </button>
          <button type="button" class="button" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </fieldset>
      )}
    </article>
  );
}
