import { addDays, type IsoDate, lenderInstant } from './dates';

/** "Remind me tomorrow": the next lender day at the user's reminder hour. */
export function snoozeUntil(today: IsoDate, reminderHour: number): number {
  return lenderInstant(addDays(today, 1), reminderHour);
}
