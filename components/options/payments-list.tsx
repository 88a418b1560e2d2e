import type { Plan } from '../../lib/core/schemas';
import { send } from '../../lib/send';
import { useTexts } from './texts';
import { useToast } from './toast';

/** Payments made on a plan, newest first, each with its undo. */
export function PaymentsList({ plan }: { plan: Plan }) {
  const texts = useTexts();
  const { t, money, date } = texts;
  const toast = useToast();
  const payments = [...plan.payments].sort((a, b) => b.date.localeCompare(a.date) || b.period - a.period);
  const undo = async (paymentId: string, period: number) => {
    const result = await send('undoPayment', { planId: plan.id, paymentId });
    toast({ text: result.ok ? t('detail.undone', { period }) : texts.error(result.error) });
  };
  return (
    <section class="panel" aria-labelledby="payments-heading">
      <h2 id="payments-heading">{t('detail.payments')}</h2>
      {payments.length === 0 ? (
        <p class="muted">{t('detail.noPayments')}</p>
      ) : (
        <ul class="payments">
          {payments.map((payment) => (
            <li key={payment.id}>
              <span>{t('detail.paymentLine', { date: date(payment.date), period: payment.period, amount: money(payment.amount) })}</span>
              {payment.note && <span class="muted"> · {payment.note}</span>}
              <button
                type="button"
                class="button button--small"
                onClick={() => undo(payment.id, payment.period)}
                aria-label={t('detail.undoPayment', { period: payment.period })}
              >
                {t('common.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
