import type zh from '../zh-CN/planning';

export default {
  'payoff.savingWaived': 'Paying off now saves {amount}: the lender waives the later periods’ fees.',
  'payoff.savingInterest': 'Paying off now saves {amount}: the later periods’ interest is never charged.',
  'payoff.noFeeSaving':
    'Paying off early saves no fees: the lender still charges every remaining period’s fee, so it costs the same as paying on schedule.',
  'payoff.remainingRate': 'True annual cost of the remaining payments',
  'payoff.remainingRateHint':
    'The annual rate (IRR) of the remaining payments against what paying off today takes, not the contract rate. The higher it is, the sooner this plan is worth clearing.',

  'settings.planning': 'Borrowing rationally',
  'settings.rateLines': 'Rate warning lines (annual %)',
  'settings.rateLinesHint':
    'Plans whose true annual rate is at or above one of these are marked. Up to {max}, separated by commas or spaces; empty marks none. Sources in Help.',
  'settings.rateLinesBad': 'Enter up to {max} numbers above 0 and at most 1000, e.g. 24, 36.',
  'settings.monthlyIncome': 'Monthly income (yuan, optional)',
  'settings.monthlyIncomeHint': 'With it, the cash-flow chart shows repayments as a share of income. Kept on this computer only.',
  'settings.monthlyIncomeBad': 'Enter an amount above 0 with at most two decimals, or leave it empty.',
  'settings.burdenThreshold': 'Warn when repayments exceed this share of income (%)',
  'settings.burdenThresholdBad': 'Enter a number from 1 to 100.',
  'settings.saveField': 'Save',

  'cashflow.burdenHeading': 'Repayments as a share of income',
  'cashflow.share': 'Of income',
  'cashflow.burdenDesc#one': 'In {count} month repayments exceed {threshold} of the monthly income.',
  'cashflow.burdenDesc#other': 'In {count} months repayments exceed {threshold} of the monthly income.',
  'cashflow.burdenOk': 'No month’s repayments exceed {threshold} of the monthly income.',
  'cashflow.over': 'over {threshold}',

  'help.rates.heading': 'Where the rate warning lines come from',
  'help.rates.intro':
    'By default Repay Helper marks a plan whose true annual rate (the nominal rate from its internal rate of return) reaches 24 % or 36 %. The two lines come from the Supreme People’s Court’s rules on private lending:',
  'help.rates.2015':
    'Provisions of the Supreme People’s Court on Several Issues concerning the Application of Law in the Trial of Private Lending Cases (Fa Shi [2015] No. 18), article 26: interest agreed at up to 24 % a year is enforced; agreed interest above 36 % a year is void for the excess, and a borrower may reclaim interest paid above 36 %. Between 24 % and 36 %, interest already paid voluntarily is not returned.',
  'help.rates.2020':
    'The amendment in force from 20 August 2020 (Fa Shi [2020] No. 6, amended again in December as Fa Shi [2020] No. 17) dropped both lines: the cap courts protect is now four times the one-year Loan Prime Rate (LPR) when the contract is made; in August 2020 the one-year LPR was 3.85 %, four times that 15.4 %.',
  'help.rates.scope':
    'These rules govern private lending; loans and installments from licensed institutions such as banks and consumer-finance companies are not held to the 4× LPR cap, but 24 % and 36 % are still widely used to judge whether credit is expensive. The lines are a reminder, not legal advice; change them under Reminders, for instance to four times the current LPR.',
  'help.rates.perPeriod':
    'A fee of “only 0.6 % a period” looks small, but it is charged on the original principal every month while the principal shrinks: about 13 % a year. Plan pages show the per-period fee next to its annual rate.',

  'planner.heading': 'Payoff plan',
  'planner.intro':
    'Pay a little more each month, or a lump sum this month: see which plan to clear first, when you are debt-free and how much you save. Early payoff is settled by each lender’s rules.',
  'planner.extra': 'Extra each month (yuan)',
  'planner.oneOff': 'One-off this month (yuan)',
  'planner.amountBad': 'Enter an amount of 0 or more with at most two decimals.',
  'planner.strategy': 'Which plan first',
  'planner.strategy.highest-cost': 'Highest remaining cost first',
  'planner.strategy.highest-cost.hint':
    'By the true annual cost of the remaining payments: a fee plan whose lender keeps the fees saves nothing when paid early, so it comes last.',
  'planner.strategy.smallest-balance': 'Smallest balance first',
  'planner.strategy.smallest-balance.hint': 'Fewest debts soonest.',
  'planner.empty': 'No plan has anything left to pay.',
  'planner.compare': 'Comparison',
  'planner.asScheduled': 'As scheduled',
  'planner.planned': 'With this plan',
  'planner.debtFree': 'Debt-free in',
  'planner.paid': 'Paid in all',
  'planner.charges': 'Of which fees and interest',
  'planner.result': 'With this plan you are debt-free in {month}, {months} months sooner, and pay {amount} less.',
  'planner.resultSame': 'With this plan you are debt-free in {month}, as on schedule, and pay {amount} less.',
  'planner.resultNone': 'The extra is not enough to clear any plan early: the result is the same as paying on schedule.',
  'planner.unspent': '{amount} set aside is never needed: every plan has run its schedule by then.',
  'planner.order': 'Order',
  'planner.plan': 'Plan',
  'planner.balance': 'Principal left',
  'planner.rate': 'Remaining annual cost',
  'planner.clearedIn': 'Cleared',
  'planner.clearedEarly': 'paid off in {month}',
  'planner.runsOut': 'on schedule',
  'planner.keepsFees': 'paying early saves no fees',
  'planner.months': 'Month by month',
  'planner.month': 'Month',
  'planner.total': 'Paid this month',
  'planner.scheduledColumn': 'As scheduled',
  'planner.setAside': 'Set aside',
  'planner.payoffCell': '{amount} (payoff)',
  'planner.caveat': 'Estimated from each plan’s terms; the lender’s payoff amount is what counts. Late charges are not included.',
  'card.heading': 'Credit card: what paying only the minimum costs',
  'card.intro':
    'Most Chinese cards charge interest on the whole statement from each purchase’s posting date when it is not paid in full; a few charge it only on the unpaid part. Interest here runs from the statement date; purchases were posted earlier, so the real interest may be more.',
  'card.statementDate': 'Statement date',
  'card.dueDate': 'Due date',
  'card.amount': 'Statement amount (yuan)',
  'card.minimum': 'Minimum payment (yuan)',
  'card.dailyRate': 'Daily rate (%)',
  'card.basis': 'Interest is charged on',
  'card.basis.whole': 'The whole statement (most banks, the stricter)',
  'card.basis.unpaid': 'Only the unpaid part',
  'card.result': 'Paying only the minimum: about {amount} interest',
  'card.breakdown.whole':
    '{amount} × {rate} × {daysToDue} days + the unpaid {unpaid} × {rate} × {daysAfterDue} days (to the next statement, {next})',
  'card.breakdown.unpaid': 'The unpaid {unpaid} × {rate} × {days} days (from the statement date to the next statement, {next})',
  'card.incomplete': 'Fill in the statement and due dates, the amount and the minimum to see the estimate.',
  'card.badAmount': 'Enter a statement amount above 0 with at most two decimals.',
  'card.badMinimum': 'The minimum cannot be more than the statement amount.',
  'card.badDueDate': 'The due date must be after the statement date and before the next statement.',
  'card.badRate': 'Enter a daily rate between 0 and 1, e.g. 0.05.',
  'card.notStored':
    'An estimate only, not saved. To be reminded of a statement, add it as a plan with the card lender and tick “monthly card statement”; a card’s installment plan (账单分期) is added as a plan with its fee rate, and its true annual rate is shown.',
  'cardPlan.isStatement': 'This is a monthly card statement (not a statement installment plan)',
  'cardPlan.isStatementHint': 'For a statement installment plan (账单分期), leave this off and enter its periods and fee rate.',
  'cardPlan.rateHint': 'What the bank charges a day when the statement is not paid in full; most charge 0.05 %.',
  'cardPlan.repeat': 'Remind me to enter each month’s new statement',
  'cardPlan.repeatHint': 'On the next statement date you are reminded to enter the new amount and minimum payment.',
  'cardPlan.heading': 'Card statement',
  'cardPlan.dates': 'Statement date {statementDate}, due {dueDate}',
  'cardPlan.minimum': 'Minimum payment {minimum}',
  'cardPlan.paidInFull': 'Paid in full by the due date, it costs no interest.',
  'cardPlan.awaiting': 'The statement of {date} is out and not entered yet.',
  'cardPlan.enterNext': 'Enter next statement',
  'cardPlan.nextHeading': 'Next statement: {title}',
  'cardPlan.nextIntro':
    'The statement and due dates are a month on; enter the new statement’s amount and minimum payment from your bank’s bill.',
  'cardPlan.fromMessage':
    'A card statement: its amount, minimum payment and due date come from the message; messages seldom name the statement date, so copy it from your bill.',
  'cardPlan.fromMessageNext':
    'The next statement of “{title}”: its amount, minimum payment and due date come from the message, its statement date a month after the last one.',
} satisfies Record<keyof typeof zh, string>;
