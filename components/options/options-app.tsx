import { useEffect, useMemo } from 'preact/hooks';
import { lenderToday } from '../../lib/core/dates';
import { type RepayState, useRepayState } from '../use-repay-state';
import { BackupPage } from './backup-page';
import { HelpPage } from './help-page';
import { ImportProposalPage } from './import-proposal-page';
import { PlanDetail } from './plan-detail';
import { PlanEditor } from './plan-editor';
import { emptyForm, formFromDraft } from './plan-form';
import { PlansPage } from './plans-page';
import { SettingsPage } from './settings-page';
import { makeTexts, TextsContext, useTexts } from './texts';
import { ToastHost } from './toast';
import { UnreadableBanner } from './unreadable-banner';
import { navigate, type Route, routeHref, useHashRoute } from './use-hash-route';

const NAV: Array<Route['name']> = ['plans', 'settings', 'backup', 'help'];

export function OptionsApp() {
  const state = useRepayState();
  const route = useHashRoute();
  const texts = useMemo(() => makeTexts(state?.locale ?? 'zh-CN'), [state?.locale]);
  const { t } = texts;

  useEffect(() => {
    document.documentElement.lang = texts.locale;
    document.title = `${t('page.title')} · ${texts.c('appName')}`;
  }, [texts, t]);
  // Moving focus to the new page's heading tells screen-reader users the page changed.
  useEffect(() => {
    if (!state) return;
    scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [route, state === null]);

  if (!state) return <div class="loading" aria-busy="true" />;
  const unreadable = [...(state.plans.ok ? [] : (['plans'] as const)), ...(state.settingsReadable ? [] : (['settings'] as const))];
  const today = lenderToday(Date.now());
  const section =
    route.name === 'plan' || route.name === 'edit' || route.name === 'new' || route.name === 'import-proposal' ? 'plans' : route.name;

  return (
    <TextsContext.Provider value={texts}>
      <ToastHost>
        <div class="layout">
          <header class="topbar">
            <span class="brand">{texts.c('appName')}</span>
            <nav aria-label={t('nav.label')}>
              <ul>
                {NAV.map((name) => (
                  <li key={name}>
                    <a href={routeHref({ name } as Route)} aria-current={section === name ? 'page' : undefined}>
                      {t(`nav.${name}` as 'nav.plans')}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </header>
          <main>
            <UnreadableBanner keys={unreadable} today={today} />
            <Page route={route} state={state} today={today} />
          </main>
        </div>
      </ToastHost>
    </TextsContext.Provider>
  );
}

function Page({ route, state, today }: { route: Route; state: RepayState; today: string }) {
  const texts = useTexts();
  const plans = state.plans.ok ? state.plans.value : [];
  const toPlans = () => navigate({ name: 'plans' });
  switch (route.name) {
    case 'plans':
      return <PlansPage plans={state.plans} today={today} />;
    case 'new':
      if (!state.plans.ok) return <PlansPage plans={state.plans} today={today} />;
      return (
        <PlanEditor
          initial={emptyForm(today)}
          today={today}
          heading={texts.t('editor.newHeading')}
          onSaved={(plan) => navigate({ name: 'plan', id: plan.id })}
          onCancel={toPlans}
        />
      );
    case 'plan':
    case 'edit': {
      const plan = plans.find((candidate) => candidate.id === route.id);
      if (!plan) return <NotFound />;
      if (route.name === 'plan') return <PlanDetail plan={plan} today={today} />;
      return (
        <PlanEditor
          key={plan.id}
          initial={formFromDraft(plan)}
          planId={plan.id}
          today={today}
          heading={texts.t('editor.editHeading', { title: plan.title })}
          onSaved={(saved) => navigate({ name: 'plan', id: saved.id })}
          onCancel={() => navigate({ name: 'plan', id: plan.id })}
        />
      );
    }
    case 'settings':
      return <SettingsPage settings={state.settings} readable={state.settingsReadable} />;
    case 'backup':
      return <BackupPage plans={state.plans} settings={state.settings} settingsReadable={state.settingsReadable} today={today} />;
    case 'help':
      return <HelpPage />;
    case 'import-proposal':
      return <ImportProposalPage today={today} />;
  }
}

function NotFound() {
  const { t, key } = useTexts();
  return (
    <section aria-labelledby="missing-heading">
      <h1 id="missing-heading" tabIndex={-1}>
        {t('plans.missing')}
      </h1>
      <p>{key('err.notFound')}</p>
      <a href="#plans">{t('plans.backToList')}</a>
    </section>
  );
}
