import type { CardPlan } from '../../lib/core/card-statement';
import type { IsoDate } from '../../lib/core/dates';
import type { Plan } from '../../lib/core/schemas';
import { PlanEditor } from './plan-editor';
import { emptyForm, formFromDraft, nextStatementForm } from './plan-form';
import { useTexts } from './texts';
import { navigate } from './use-hash-route';

// The editor's two routes, apart from the options app so that the editor's code loads when it is opened.

export function NewPlanPage({ today }: { today: IsoDate }) {
  const { t } = useTexts();
  return (
    <PlanEditor
      initial={emptyForm(today)}
      today={today}
      heading={t('editor.newHeading')}
      onSaved={(plan) => navigate({ name: 'plan', id: plan.id })}
      onCancel={() => navigate({ name: 'plans' })}
    />
  );
}

export function EditPlanPage({ plan, today }: { plan: Plan; today: IsoDate }) {
  const { t } = useTexts();
  return (
    <PlanEditor
      key={plan.id}
      initial={formFromDraft(plan)}
      planId={plan.id}
      today={today}
      heading={t('editor.editHeading', { title: plan.title })}
      onSaved={(saved) => navigate({ name: 'plan', id: saved.id })}
      onCancel={() => navigate({ name: 'plan', id: plan.id })}
    />
  );
}

/** Next month's statement of a card, filled in from the one it follows. */
export function NextStatementPage({ plan, today }: { plan: CardPlan; today: IsoDate }) {
  const { t } = useTexts();
  return (
    <PlanEditor
      key={`next-${plan.id}`}
      initial={nextStatementForm(plan)}
      today={today}
      heading={t('cardPlan.nextHeading', { title: plan.title })}
      intro={<p class="muted">{t('cardPlan.nextIntro')}</p>}
      onSaved={(saved) => navigate({ name: 'plan', id: saved.id })}
      onCancel={() => navigate({ name: 'plan', id: plan.id })}
    />
  );
}
