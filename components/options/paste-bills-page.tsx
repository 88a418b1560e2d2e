import { useEffect, useRef, useState } from 'preact/hooks';
import { type PasteReading, readPastedBills } from '../../lib/core/bill-paste';
import type { BillFact } from '../../lib/core/bill-text';
import type { IsoDate } from '../../lib/core/dates';
import { lenderLabel } from '../../lib/core/labels';
import type { Plan } from '../../lib/core/schemas';
import { focusPageHeading } from './lazy-page';
import { PastedBillList } from './pasted-bill-list';
import { PlanEditor } from './plan-editor';
import { formFromProposal, withBillFacts } from './proposal-form';
import { useTexts } from './texts';
import './paste-bills.css';

/**
 * "粘贴账单短信 / Paste bill messages": the bills in pasted text messages or a statement excerpt, read on
 * this page (nothing is sent anywhere until a plan is added), each offered as an import proposal that
 * the user checks in the same editor as a store page's import, one at a time. What was not taken as a
 * bill is listed with the reason.
 */
/** `plans`: a card bill that is a stored statement's next one follows it. */
export function PasteBillsPage({ today, plans = [] }: { today: IsoDate; plans?: readonly Plan[] }) {
  const { t, c } = useTexts();
  const [text, setText] = useState('');
  const [reading, setReading] = useState<PasteReading | null>(null);
  const [added, setAdded] = useState<ReadonlySet<number>>(new Set());
  const [reviewing, setReviewing] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const returning = useRef(false);

  // Into the editor: its heading takes focus. Back from it: the list's heading does.
  useEffect(() => {
    if (reviewing !== null) focusPageHeading();
    else if (returning.current) document.getElementById('paste-results')?.focus();
    returning.current = reviewing !== null;
  }, [reviewing]);

  // A bank's name alone would read as its loans: a card bill says it is the card's ("招商银行信用卡").
  const lenderOf = (fact: BillFact) =>
    fact.lender === 'card' && fact.lenderName
      ? t('paste.cardOf', { bank: fact.lenderName })
      : lenderLabel({ kind: fact.lender, name: fact.lenderName ?? '' }, c);
  const titleOf = (fact: BillFact) =>
    fact.periods && fact.period
      ? t('paste.titlePlan', { lender: lenderOf(fact), periods: fact.periods })
      : t('paste.titleBill', { lender: lenderOf(fact) });

  const bill = reviewing === null ? undefined : reading?.bills[reviewing];
  if (reviewing !== null && bill) {
    const index = reviewing;
    const initial = withBillFacts(formFromProposal(bill.proposal, today), bill.fact, plans);
    return (
      <PlanEditor
        key={index}
        initial={initial}
        today={today}
        heading={t('paste.editorHeading', { title: bill.proposal.title })}
        intro={
          <div class="panel">
            <p>{t('paste.fromMessage')}</p>
            <blockquote class="paste-message">{bill.message}</blockquote>
            <p class="note">
              {!initial.isCard
                ? t('proposal.checkFee')
                : initial.follows
                  ? t('cardPlan.fromMessageNext', { title: initial.title })
                  : t('cardPlan.fromMessage')}
            </p>
          </div>
        }
        onSaved={(plan) => {
          const next = new Set(added).add(index);
          setAdded(next);
          setStatus(t('paste.addedStatus', { title: plan.title, count: (reading?.bills.length ?? 0) - next.size }));
          setReviewing(null);
        }}
        onCancel={() => setReviewing(null)}
      />
    );
  }

  const find = (event: Event) => {
    event.preventDefault();
    setReading(readPastedBills(text, today, titleOf));
    setAdded(new Set());
    setStatus('');
  };
  return (
    <section aria-labelledby="paste-heading">
      <h1 id="paste-heading" tabIndex={-1}>
        {t('paste.heading')}
      </h1>
      <p>{t('paste.intro')}</p>
      <form onSubmit={find}>
        <div class="field">
          <label for="paste-text">{t('paste.label')}</label>
          <textarea
            id="paste-text"
            class="paste-text"
            rows={8}
            value={text}
            aria-describedby="paste-text-hint"
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <p class="field__hint" id="paste-text-hint">
            {t('paste.hint')}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="button button--primary">
            {t('paste.read')}
          </button>
        </div>
      </form>
      <p class="status" role="status">
        {status}
      </p>
      {reading && <PastedBillList reading={reading} added={added} onReview={setReviewing} />}
    </section>
  );
}
