import type { SyncStatus } from '../../lib/sync/status';
import type { Texts } from './texts';

// What the last sync pass did, in words for the settings page: an error, a pause, writes held back,
// how much fits and what stays in this browser only, plans still arriving or unreadable.

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** "n of m plans synced (used of budget)", naming the plans kept in this browser only. */
export function partialText(
  texts: Texts,
  synced: number,
  total: number,
  bytes: { used: number; budget: number } | null,
  titles: readonly string[],
) {
  return texts.t('sync.state.partial', {
    synced,
    total,
    used: bytes ? kb(bytes.used) : '—',
    budget: bytes ? kb(bytes.budget) : kb(100 * 1024),
    titles: titles.join('、'),
  });
}

export interface StatusLine {
  key: string;
  text: string;
  /** Something the user should act on or know is wrong (else a hint). */
  alert: boolean;
}

/** The status's lines, in the order the page shows them. */
export function syncStatusLines(status: SyncStatus, texts: Texts): StatusLine[] {
  const { t } = texts;
  const lines: StatusLine[] = [];
  if (status.error) lines.push({ key: 'error', text: t(status.error as 'sync.err.quota'), alert: true });
  if (status.state === 'paused') lines.push({ key: 'paused', text: t('sync.state.paused'), alert: true });
  if (status.state === 'waiting') lines.push({ key: 'waiting', text: t('sync.state.waiting'), alert: false });
  if (status.left.length > 0) {
    const text = partialText(
      texts,
      status.synced,
      status.total,
      { used: status.bytes, budget: status.budget },
      status.left.map((plan) => plan.title),
    );
    lines.push({ key: 'partial', text, alert: true });
  } else if (status.state === 'ok')
    lines.push({ key: 'ok', text: t('sync.state.ok', { count: status.synced, synced: status.synced }), alert: false });
  if (status.incomplete > 0)
    lines.push({ key: 'incomplete', text: t('sync.state.incomplete', { count: status.incomplete }), alert: false });
  if (status.unreadable > 0) lines.push({ key: 'unreadable', text: t('sync.state.unreadable', { count: status.unreadable }), alert: true });
  return lines;
}
