import type { ImportProposal } from '../../lib/core/import-proposal';
import type { Inference, TermsFit } from '../../lib/core/infer-terms';
import { paidThroughOf } from './proposal-terms';
import { useTexts } from './texts';

/** As many decimals as the percentage has (0.6 %, 0.625 %), at most four. */
const digitsOf = (rate: number) => Math.min(4, (String(Number((rate * 100).toFixed(6))).split('.')[1] ?? '').length);

interface ProposalFitProps {
  proposal: ImportProposal;
  inference: Inference | null;
  /** Index into `inference.fits` the form uses; -1: the amounts as shown. */
  choice: number;
  onChoose: (choice: number) => void;
}

/**
 * What the confirmation says about the page's terms: that they reproduce it row by row, or, when no method
 * does, a choice between the nearest terms (naming the periods each misses) and the amounts as shown.
 */
export function ProposalFit({ proposal, inference, choice, onChoose }: ProposalFitProps) {
  const { t, c, percent } = useTexts();
  const rateOf = ({ terms }: TermsFit) => {
    const rate = percent(terms.rate, digitsOf(terms.rate));
    return terms.method === 'fee' ? t('proposal.rateFee', { rate }) : t('proposal.rateAnnual', { rate });
  };
  const paid = proposal.installments.some((row) => row.paid !== undefined) ? paidThroughOf(proposal) : 0;
  const facts = (
    <>
      {proposal.orderNo && <p>{t('proposal.orderNo', { orderNo: proposal.orderNo })}</p>}
      {paid > 0 && <p>{t('proposal.paidMarks', { count: paid })}</p>}
    </>
  );
  if (!inference) return facts;
  if (inference.exact) {
    const { terms } = inference.exact;
    const charge = terms.method === 'fee' ? t('proposal.chargeFee') : t('proposal.chargeInterest');
    return (
      <>
        <p class="note" data-fit="exact">
          {t('proposal.matchesPage', { method: c(`method.${terms.method}`), rate: rateOf(inference.exact), charge })}
        </p>
        {facts}
      </>
    );
  }
  const options = [
    ...inference.fits.map((fit, index) => ({
      index,
      label: t('proposal.fitOption', { method: c(`method.${fit.terms.method}`), rate: rateOf(fit), periods: fit.differing.join(', ') }),
    })),
    { index: -1, label: t('proposal.amountsOnly') },
  ];
  return (
    <>
      <fieldset class="proposal-fit" data-fit="none">
        <legend>{t('proposal.noFit')}</legend>
        {options.map(({ index, label }) => (
          <label key={index} class="check">
            <input type="radio" name="proposal-fit" checked={choice === index} onChange={() => onChoose(index)} /> {label}
          </label>
        ))}
      </fieldset>
      {facts}
    </>
  );
}
