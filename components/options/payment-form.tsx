import { useEffect, useRef, useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/core/dates';
import { fieldIssue } from '../../lib/core/field-issues';
import { MAX_AMOUNT_FEN } from '../../lib/core/limits';
import { fenToDecimal, readYuan } from '../../lib/core/money';
import { isoDate, MAX_NOTE_LENGTH, positiveFen } from '../../lib/core/schemas';
import type { InstallmentStatus } from '../../lib/core/status';
import { send } from '../../lib/send';
import { Check, Field } from './field';
import { useTexts } from './texts';

/** Records a full or partial payment for one period; the amount starts at what is still owed. */
export function PaymentForm({
  planId,
  status,
  today,
  onDone,
}: {
  planId: string;
  status: InstallmentStatus;
  today: IsoDate;
  onDone: () => void;
}) {
  const texts = useTexts();
  const { t } = texts;
  const [amount, setAmount] = useState(fenToDecimal(status.remaining));
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [overpay, setOverpay] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const reading = readYuan(amount, MAX_AMOUNT_FEN);
  const fen = reading.ok ? reading.fen : null;
  // More than the period still owes is a typo more often than paying ahead: the user says which.
  const over = fen !== null && fen > status.remaining;
  const amountError =
    fen === null
      ? fieldIssue('amount', reading.ok ? 'err.money' : reading.key)
      : (positiveFen.safeParse(fen).error?.issues[0]?.message ?? (over && !overpay ? 'err.overpayment' : undefined));
  const dateError = isoDate.safeParse(date).error?.issues[0]?.message;

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (amountError || dateError || fen === null) return;
    const result = await send('recordPayment', {
      planId,
      period: status.period,
      amount: fen,
      ...(over ? { overpay: true } : {}),
      date,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (result.ok) onDone();
    else setFailure(texts.error(result.error));
  };
  const id = `pay-${status.period}`;
  return (
    <form class="payment-form" noValidate onSubmit={submit} aria-label={t('detail.recordFor', { period: status.period })}>
      <Field
        id={`${id}-amount`}
        label={t('detail.amount')}
        hint={t('detail.amountHint', { amount: texts.money(status.remaining) })}
        error={submitted ? amountError : undefined}
      >
        {(aria) => <input ref={first} {...aria} value={amount} inputMode="decimal" onInput={(e) => setAmount(e.currentTarget.value)} />}
      </Field>
      {over && <Check id={`${id}-overpay`} label={t('detail.overpay')} checked={overpay} onChange={setOverpay} />}
      <Field id={`${id}-date`} label={t('detail.paidOn')} error={submitted ? dateError : undefined}>
        {(aria) => <input {...aria} type="date" value={date} max={today} onInput={(e) => setDate(e.currentTarget.value)} />}
      </Field>
      <Field id={`${id}-note`} label={t('detail.note')}>
        {(aria) => <input {...aria} value={note} maxLength={MAX_NOTE_LENGTH} onInput={(e) => setNote(e.currentTarget.value)} />}
      </Field>
      {failure && (
        <p class="alert alert--error" role="alert">
          {failure}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button button--primary">
          {t('detail.save')}
        </button>
        <button type="button" class="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
