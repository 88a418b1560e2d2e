import { useState } from 'preact/hooks';
import type { IsoDate } from '../../lib/core/dates';
import type { ImportProposal } from '../../lib/core/import-proposal';
import { send } from '../../lib/send';
import { readValues } from '../../lib/storage/reader';
import { IMPORT_PROPOSAL_SPEC } from '../../lib/storage/values';
import { useStorageView } from '../use-repay-state';
import { PlanEditor } from './plan-editor';
import { ProposalFit } from './proposal-fit';
import { formFromProposal } from './proposal-form';
import { inferProposalTerms, withPageFacts } from './proposal-terms';
import { useTexts } from './texts';
import { navigate } from './use-hash-route';

async function readProposal(): Promise<{ proposal: ImportProposal | null }> {
  const [read] = await readValues([IMPORT_PROPOSAL_SPEC]);
  return { proposal: read.ok ? read.value : null };
}

/** The stored proposal (null: none, or unreadable), or undefined while it is being read. */
function useProposal(): ImportProposal | null | undefined {
  return useStorageView(readProposal, undefined, [IMPORT_PROPOSAL_SPEC.key])?.proposal;
}

/** A plan read from the store's repayment page, for the user to check and add, or dismiss. */
export function ImportProposalPage({ today }: { today: IsoDate }) {
  const texts = useTexts();
  const { t, money, date } = texts;
  const proposal = useProposal();
  const [failure, setFailure] = useState<string | null>(null);
  // Which of the inferred terms the form takes: the exact (or nearest) ones first; -1, the amounts as shown.
  const [choice, setChoice] = useState(0);
  if (proposal === undefined) return null;
  if (proposal === null) {
    return (
      <section aria-labelledby="editor-heading">
        <h1 id="editor-heading" tabIndex={-1}>
          {t('proposal.heading')}
        </h1>
        <p>{t('proposal.none')}</p>
      </section>
    );
  }
  const dismiss = async () => {
    const result = await send('dismissImportProposal');
    if (result.ok) navigate({ name: 'plans' });
    else setFailure(texts.error(result.error));
  };
  const inference = inferProposalTerms(proposal);
  const fit = inference && choice >= 0 ? (inference.fits[choice] ?? null) : null;
  const intro = (
    <div class="panel">
      <p>{t('proposal.intro', { url: proposal.sourceUrl })}</p>
      <ul class="proposal-rows">
        {proposal.installments.map((row) => (
          <li key={`${row.dueDate}-${row.period ?? ''}`}>
            {row.period ? t('schedule.periodOf', { period: row.period, periods: proposal.periods ?? proposal.installments.length }) : ''}{' '}
            {date(row.dueDate)} · {money(row.amount)}
          </li>
        ))}
      </ul>
      {inference ? (
        <ProposalFit proposal={proposal} inference={inference} choice={choice} onChoose={setChoice} />
      ) : (
        <>
          <ProposalFit proposal={proposal} inference={null} choice={-1} onChoose={setChoice} />
          <p class="note">{t('proposal.checkFee')}</p>
        </>
      )}
      <button type="button" class="button" onClick={dismiss}>
        {t('proposal.dismiss')}
      </button>
      {failure && (
        <p class="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
  return (
    <PlanEditor
      key={`${JSON.stringify(proposal)}|${choice}`}
      initial={withPageFacts(formFromProposal(proposal, today), proposal, fit)}
      today={today}
      heading={t('proposal.heading')}
      intro={intro}
      onSaved={async (plan) => {
        await send('dismissImportProposal');
        navigate({ name: 'plan', id: plan.id });
      }}
      onCancel={() => navigate({ name: 'plans' })}
    />
  );
}
