import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CardPlan } from '../../lib/core/card-statement';
import { lenderToday } from '../../lib/core/dates';
import { loadedOptionsMessages, loadOptionsMessages } from '../../lib/i18n/options';
import { loadRepayState, type RepayState, useStorageView } from '../use-repay-state';
import { focusPageHeading, lazyExport, lazyPage } from './lazy-page';
import { PlanningContext } from './planning-context';
import { FIRST_PLANS_VIEW, type PlansViewState } from './plans-finder';
import { PlansPage } from './plans-page';
import type { PlansPreview } from './plans-preview';
import { makeTexts, TextsContext, useTexts } from './texts';
import { ToastHost } from './toast';
import { type Route, routeHref, useHashRoute } from './use-hash-route';

// Only the plans list is in the first load; every other page's code arrives when it is first opened.
const PlanDetail = lazyPage(() => import('./plan-detail').then((module) => module.PlanDetail));
const NewPlanPage = lazyPage(() => import('./plan-pages').then((module) => module.NewPlanPage));
const EditPlanPage = lazyPage(() => import('./plan-pages').then((module) => module.EditPlanPage));
const SettingsPage = lazyPage(() => import('./settings-page').then((module) => module.SettingsPage));
const NextStatementPage = lazyPage(() => import('./plan-pages').then((module) => module.NextStatementPage));
const BackupPage = lazyPage(() => import('./backup-page').then((module) => module.BackupPage));
const HelpPage = lazyPage(() => import('./help-page').then((module) => module.HelpPage));
const ImportProposalPage = lazyPage(() => import('./import-proposal-page').then((module) => module.ImportProposalPage));
const PayoffPlanPage = lazyPage(() => import('./payoff-plan-page').then((module) => module.PayoffPlanPage));
const PasteBillsPage = lazyPage(() => import('./paste-bills-page').then((module) => module.PasteBillsPage));
// Only when stored data cannot be read or comes from a newer version, which is rare: not in the first load.
const useUnreadableBanner = lazyExport(() => import('./unreadable-banner').then((module) => module.UnreadableBanner));
const useNewerDataBanner = lazyExport(() => import('./newer-data-banner').then((module) => module.NewerDataBanner));

const NAV: Array<Route['name']> = ['plans', 'paste', 'payoff', 'settings', 'backup', 'help'];

/** Storage as the options page shows it, resolved only once the strings of its language have arrived. */
export async function loadOptionsState(): Promise<RepayState> {
  const state = await loadRepayState();
  await loadOptionsMessages(state.locale);
  return state;
}

/**
 * `initial`, a load main.tsx starts as the script runs, saves waiting for the first render. `preview`,
 * the plans list's first screenful (./plans-preview.ts), is shown on that list until `initial` arrives.
 */
export function OptionsApp({ initial, preview }: { initial?: Promise<RepayState>; preview?: PlansPreview | null }) {
  const state = useStorageView(loadOptionsState, initial);
  const route = useHashRoute();
  const plansView = useState(FIRST_PLANS_VIEW);
  const previewed = !state && preview && route.name === 'plans' ? preview : undefined;
  const locale = state?.locale ?? previewed?.locale;
  const texts = useMemo(() => {
    const messages = locale && loadedOptionsMessages(locale);
    return locale && messages ? makeTexts(locale, messages) : null;
  }, [locale]);

  useEffect(() => {
    if (!texts) return;
    document.documentElement.lang = texts.locale;
    document.title = `${texts.t('page.title')} · ${texts.c('appName')}`;
  }, [texts]);
  const unreadable = !state
    ? []
    : [
        ...(state.plans.ok ? [] : (['plans'] as const)),
        ...(state.settingsReadable ? [] : (['settings'] as const)),
        ...(state.sentLogReadable ? [] : (['sentLog'] as const)),
      ];
  const UnreadableBanner = useUnreadableBanner(unreadable.length > 0);
  const NewerDataBanner = useNewerDataBanner(state?.newerData ?? false);
  const shown = state !== null || previewed !== undefined;
  useEffect(() => {
    if (!shown) return;
    scrollTo(0, 0);
    focusPageHeading();
  }, [route, shown]);

  if (!(state || previewed) || !texts) return <div class="loading" aria-busy="true" />;
  const { t } = texts;
  const today = lenderToday(Date.now());
  const section =
    route.name === 'plan' || route.name === 'edit' || route.name === 'next' || route.name === 'new' || route.name === 'import-proposal'
      ? 'plans'
      : route.name;

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
            {NewerDataBanner && <NewerDataBanner shown={state?.newerData ?? false} />}
            {UnreadableBanner && <UnreadableBanner keys={unreadable} today={today} />}
            <PlanningContext.Provider value={state?.settings ?? (previewed as PlansPreview).settings}>
              <Page route={route} state={state} preview={previewed} today={today} plansView={plansView} />
            </PlanningContext.Provider>
          </main>
        </div>
      </ToastHost>
    </TextsContext.Provider>
  );
}

interface PageProps {
  route: Route;
  /** Null only while the plans list shows its `preview`. */
  state: RepayState | null;
  preview?: PlansPreview;
  today: string;
  plansView: PlansViewState;
}

function Page({ route, state, preview, today, plansView }: PageProps) {
  if (!state) return <PlansPage plans={null} preview={preview} today={today} view={plansView} />;
  const plans = state.plans.ok ? state.plans.value : [];
  switch (route.name) {
    case 'plans':
      return <PlansPage plans={state.plans} today={today} view={plansView} />;
    case 'new':
      if (!state.plans.ok) return <PlansPage plans={state.plans} today={today} view={plansView} />;
      return <NewPlanPage today={today} />;
    case 'plan':
    case 'edit':
    case 'next': {
      const plan = plans.find((candidate) => candidate.id === route.id);
      if (!plan) return <NotFound />;
      if (route.name === 'plan')
        return <PlanDetail plan={plan} today={today} followed={plans.some((other) => other.card?.follows === plan.id)} />;
      if (route.name === 'next') return plan.card ? <NextStatementPage plan={plan as CardPlan} today={today} /> : <NotFound />;
      return <EditPlanPage plan={plan} today={today} />;
    }
    case 'settings':
      return <SettingsPage settings={state.settings} readable={state.settingsReadable} />;
    case 'backup':
      return <BackupPage plans={state.plans} settings={state.settings} settingsReadable={state.settingsReadable} today={today} />;
    case 'help':
      return <HelpPage plans={plans} planId={route.plan} />;
    case 'import-proposal':
      return <ImportProposalPage today={today} />;
    case 'payoff':
      return <PayoffPlanPage plans={plans} today={today} />;
    case 'paste':
      return <PasteBillsPage today={today} plans={plans} />;
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
