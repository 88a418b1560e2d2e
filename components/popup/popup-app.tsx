import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { type AgendaRow, groupAgenda } from '../../lib/core/agenda';
import { lenderToday } from '../../lib/core/day-numbers';
import { formatMoney } from '../../lib/core/money-format';
import { repayUrlOf } from '../../lib/core/repay-url';
import { ext } from '../../lib/ext';
import { AgendaView } from './agenda-view';
import { useLazyPart } from './lazy-part';
import { type RowActions, rowKey } from './payment-row';
import { loadLaterRows, type PopupData, usePopupData } from './popup-data';
import { ReadPageButton } from './read-page-button';
import { type Toast, ToastBar } from './toast-bar';

const loadLateHelp = () => import('./late-help').then((module) => module.LateHelp);
const loadNoAgenda = () => import('./no-agenda').then((module) => module.NoAgenda);
async function openTab(url: string) {
  await ext.tabs.create({ url });
  window.close();
}
const optionsUrl = (hash: string) => ext.runtime.getURL(`/options.html#${hash}` as Parameters<typeof ext.runtime.getURL>[0]);
/** What the row buttons do, with the messaging library they need, loads on the first click, not with the popup. */
const loadRowCommands = () => import('./row-commands').then((module) => module.rowCommands);

/** The toolbar popup: what is owed, when, and the one thing to do about each. */
export function PopupApp({ now = Date.now(), initial }: { now?: number; initial?: Promise<PopupData> }) {
  const state = usePopupData(initial, now);
  const [toast, setToast] = useState<Toast | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [helpRow, setHelpRow] = useState<AgendaRow | null>(null);
  const partsLocale = state?.locale ?? 'zh-CN';
  const LateHelp = useLazyPart(loadLateHelp, helpRow !== null, partsLocale);
  const NoAgenda = useLazyPart(loadNoAgenda, !!state && (!state.snapshot || state.snapshot.activePlans === 0), partsLocale);
  const today = lenderToday(now);
  const snapshot = state?.snapshot ?? null;
  const agenda = useMemo(() => (snapshot ? groupAgenda(snapshot.rows, today) : null), [snapshot, today]);
  const loadLater = useCallback(() => loadLaterRows(now), [now]);
  const clearToast = useCallback(() => setToast(null), []);
  const t = state?.t;
  useEffect(() => {
    if (!state) return;
    document.documentElement.lang = state.locale;
    document.title = state.t('title');
  }, [state?.locale]);

  if (!state || !t) {
    return (
      <div class="popup popup--loading" aria-busy="true">
        <div class="header header--skeleton" />
      </div>
    );
  }
  const { locale } = state;
  const hide = (row: AgendaRow, gone: boolean) =>
    setHidden((keys) => {
      const next = new Set(keys);
      if (gone) next.add(rowKey(row));
      else next.delete(rowKey(row));
      return next;
    });
  const commands = async () => (await loadRowCommands())({ locale, today, hide, setToast, setBusyKey, setHelpRow });
  const repayOrHelp = (row: AgendaRow) => {
    const url = repayUrlOf(row);
    // No page takes this lender's repayment: the help page says where, with its customer service.
    void openTab(url ?? optionsUrl(`help/${row.planId}`));
  };
  const actions: RowActions = {
    // The row leaves at the click, before the commands' code arrives: no second click is possible.
    markPaid: async (row) => {
      hide(row, true);
      await (await commands()).markPaid(row);
    },
    repay: repayOrHelp,
    snooze: async (row, until, confirmation) => (await commands()).snooze(row, until, confirmation),
    confirmDebit: async (row, succeeded) => {
      setBusyKey(rowKey(row));
      if (succeeded) hide(row, true);
      await (await commands()).confirmDebit(row, succeeded);
    },
    help: setHelpRow,
    now,
    reminderHour: state.settings.reminderHour,
  };

  const summary = snapshot?.summary;
  // What is late is owed now: the header's figures include it, and say so.
  const late = summary && summary.overdueCount > 0 ? t('header.inclLate') : '';
  return (
    <div class="popup">
      <header class="header">
        <h1 class="header__title">{t('title')}</h1>
        {summary && snapshot.activePlans > 0 && (
          <dl class="header__totals">
            <div>
              <dt>
                {t('header.next30')}
                {late}
              </dt>
              <dd>{formatMoney(summary.dueWithin30Days, locale)}</dd>
            </div>
            <div>
              <dt>
                {t('header.thisMonth')}
                {late}
              </dt>
              <dd>{formatMoney(summary.dueThisMonth, locale)}</dd>
            </div>
          </dl>
        )}
      </header>
      {summary && summary.overdueCount > 0 && (
        <p class="overdue-strip" role="alert">
          {t('overdue.strip', {
            amount: formatMoney(summary.overdueTotal, locale),
            count: summary.overdueCount,
            days: summary.maxDaysLate,
            penalty: formatMoney(summary.penaltyTotal, locale),
          })}
        </p>
      )}
      <main class="content">
        {helpRow && LateHelp && (
          <LateHelp
            row={helpRow}
            t={t}
            reminderHour={state.settings.reminderHour}
            nagging={helpRow.debitFailed || state.settings.overdueNag}
            onRepay={repayOrHelp}
            onChecklist={(row) => void openTab(optionsUrl(`help/${row.planId}`))}
            onClose={() => setHelpRow(null)}
          />
        )}
        {!snapshot || !agenda || snapshot.activePlans === 0 ? (
          NoAgenda && <NoAgenda unreadable={!snapshot || !agenda} onAdd={() => void openTab(optionsUrl('plan/new'))} />
        ) : snapshot.rows.length === 0 && snapshot.later.count === 0 ? (
          <p class="nothing">{t('nothing.due')}</p>
        ) : (
          <AgendaView
            agenda={agenda}
            later={snapshot.later}
            loadLater={loadLater}
            today={today}
            locale={locale}
            t={t}
            actions={actions}
            busyKey={busyKey}
            hidden={hidden}
          />
        )}
      </main>
      <footer class="footer">
        <ReadPageButton t={t} locale={locale} />
        <button type="button" class="link" onClick={() => void openTab(optionsUrl('plans'))}>
          {t('link.options')}
        </button>
        <button type="button" class="link" onClick={() => void openTab(optionsUrl('plan/new'))}>
          {t('link.add')}
        </button>
      </footer>
      <ToastBar toast={toast} onDone={clearToast} />
    </div>
  );
}
