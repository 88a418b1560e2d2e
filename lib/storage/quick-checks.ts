import type { AgendaSnapshot } from '../core/agenda-snapshot';
import {
  INSTALLMENT_STATES,
  LANGUAGES,
  LENDER_KINDS,
  MAX_LEAD_DAY,
  MAX_LEAD_DAYS,
  MAX_MONTHLY_INCOME_FEN,
  MAX_RATE_LINE,
  MAX_RATE_LINES,
  PAYMENT_METHOD_KINDS,
} from '../core/kinds';
import type { Settings } from '../core/schemas';
import { bool, type Check, date, count as fen, int, listOf, oneOf, optional, shape, text } from './checks';

// Hand-written checks of the two values the popup reads on every open (its agenda and the settings),
// so its first load carries no zod. They accept exactly what AGENDA_SPEC and SETTINGS_SPEC accept
// (a property test holds them to it: tests/unit/storage/quick-checks.test.ts).

const finite: Check = (value) => typeof value === 'number' && Number.isFinite(value);

const agendaRow = shape({
  planId: text,
  title: text,
  lender: shape({ kind: oneOf(LENDER_KINDS), name: text }),
  periods: int,
  autoRepay: bool,
  paymentMethod: shape({ kind: oneOf(PAYMENT_METHOD_KINDS), label: text }),
  repayUrl: text,
  period: int,
  dueDate: date,
  total: fen,
  paid: fen,
  remaining: fen,
  state: oneOf(INSTALLMENT_STATES),
  daysLate: int,
  penalty: fen,
  debitFailed: bool,
  contact: shape({ phone: text, url: text }),
});

const agenda = shape({
  today: date,
  activePlans: int,
  rows: listOf(agendaRow),
  later: shape({ count: int, total: fen }),
  summary: shape({
    dueWithin7Days: fen,
    dueThisMonth: fen,
    dueWithin30Days: fen,
    overdueTotal: fen,
    overdueCount: int,
    maxDaysLate: int,
    penaltyTotal: fen,
  }),
});

const settings = shape({
  sync: optional(bool),
  leadDays: (value) =>
    listOf((day) => int(day) && (day as number) >= 0 && (day as number) <= MAX_LEAD_DAY)(value) &&
    (value as unknown[]).length <= MAX_LEAD_DAYS,
  reminderHour: (value) => int(value) && (value as number) >= 0 && (value as number) <= 23,
  overdueNag: bool,
  language: oneOf(LANGUAGES),
  // Borrowing rationally: optional, as in SettingsSchema.
  rateLines: optional(
    (value) =>
      listOf((line) => finite(line) && (line as number) > 0 && (line as number) <= MAX_RATE_LINE)(value) &&
      (value as unknown[]).length <= MAX_RATE_LINES,
  ),
  monthlyIncome: optional((value) => int(value) && (value as number) >= 1 && (value as number) <= MAX_MONTHLY_INCOME_FEN),
  burdenThreshold: optional((value) => finite(value) && (value as number) > 0 && (value as number) <= 1),
});

export const isAgendaSnapshot = (value: unknown): value is AgendaSnapshot => agenda(value);
export const isSettings = (value: unknown): value is Settings => settings(value);
