import type { IsoDate } from '../../lib/core/dates';
import type { Settings } from '../../lib/core/schemas';
import { loadOptionsMessages } from '../../lib/i18n/options';
import type { Locale } from '../../lib/i18n/translate';
import type { PortfolioFigures } from '../../lib/storage/plans-head';
import { readPlansPreview } from '../../lib/storage/plans-preview';
import { localeFor } from '../use-storage-view';
import { type PlanRow, planRows } from './plan-rows';
import { PAGE_SIZE } from './plans-finder';

/**
 * The plans list's first screenful, shown while every plan is read (../../lib/storage/plans-preview.ts):
 * the first page of cards and the strip's sums, exactly as the full list will show them.
 */
export interface PlansPreview {
  rows: PlanRow[];
  portfolio: PortfolioFigures;
  settings: Settings;
  locale: Locale;
}

/**
 * The preview for `today`, with its language's strings loaded; null when there is none, or when any of
 * its plans' own figures disagree with the agenda that chose them (the agenda is older than a change).
 */
export async function loadPlansPreview(today: IsoDate): Promise<PlansPreview | null> {
  const preview = await readPlansPreview(today, PAGE_SIZE);
  if (!preview) return null;
  const rows = planRows(preview.plans, today);
  if (rows.some((row) => row.nextDue !== preview.nextDue.get(row.plan.id))) return null;
  const locale = localeFor(preview.settings);
  await loadOptionsMessages(locale);
  return { rows, portfolio: preview.portfolio, settings: preview.settings, locale };
}
