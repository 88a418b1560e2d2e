// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Mark } from '../../../lib/store-site/containers';
import { createTickLearning, type ReadMarks } from '../../../lib/store-site/tick-learning';

// A bill card as store pages draw it: the amount due, a countdown beside it, and a plan section below.
const BILL = `
  <div class="bill">
    <div class="kv"><span>本期应还</span><span class="amount">¥899.00</span></div>
    <span class="countdown">23:59:59</span>
  </div>
  <div class="plan">还款计划 2027-01-15 ¥899.00</div>`;
const TODAY = '2027-01-05';

const $ = (selector: string) => document.querySelector(selector) as Element;
/** The text change of `element`, as the observer would batch it and as its record. */
const changeOf = (element: Element) => ({ roots: [element.firstChild as Node], removed: false });
const textRecord = (element: Element) => ({ type: 'characterData', target: element.firstChild }) as unknown as MutationRecord;

describe('tick learning beside a field', () => {
  let field: Mark;
  let read: ReadMarks;
  let ticks: ReturnType<typeof createTickLearning>;

  beforeEach(() => {
    document.body.innerHTML = BILL;
    const kv = $('.kv');
    field = { element: kv, kind: 'field', hit: { rule: { text: '本期应还', kind: 'field', role: 'dueAmount' }, element: kv } };
    const plan = { rule: { text: '还款计划', kind: 'plan' as const }, element: $('.plan') };
    read = { hits: [field.hit, plan], zeroLimit: [], neighbourhood: new Set([kv, $('.plan')]) };
    // The field reads its own text: a new amount reads differently, a tick of the clock beside it does not.
    ticks = createTickLearning((mark) => mark.element.textContent ?? '');
    ticks.reset([field], TODAY);
  });

  /** One tick of the countdown, judged and learnt from as the page scan does. */
  const tick = (text: string) => {
    $('.countdown').textContent = text;
    const change = changeOf($('.countdown'));
    const noise = ticks.onlyFieldNoise(change, read, TODAY);
    if (noise) ticks.learn(change, read);
    return noise;
  };

  it('calls a countdown beside the amount due noise, and after its second tick skips its changes of the same shape', () => {
    expect(ticks.watchesFields).toBe(true);
    expect(tick('23:59:58')).toBe(true);
    // One change seen: not yet known to tick.
    expect(ticks.isTicking(textRecord($('.countdown')))).toBe(false);
    expect(tick('23:59:57')).toBe(true);
    $('.countdown').textContent = '23:59:56';
    expect(ticks.isTicking(textRecord($('.countdown')))).toBe(true);
  });

  it('stops skipping a ticking element once its text takes another shape (the countdown ran out)', () => {
    tick('23:59:58');
    tick('23:59:57');
    $('.countdown').textContent = '已逾期';
    expect(ticks.isTicking(textRecord($('.countdown')))).toBe(false);
  });

  it('is not noise when the field itself reads differently: a new amount due needs the full read', () => {
    $('.amount').textContent = '¥999.00';
    expect(ticks.onlyFieldNoise(changeOf($('.amount')), read, TODAY)).toBe(false);
  });

  it('is not noise away from every field, or in the plan section', () => {
    $('.plan').append(' 2027-02-15 ¥899.00');
    expect(ticks.onlyFieldNoise({ roots: [$('.plan')], removed: false }, read, TODAY)).toBe(false);
  });

  it('is not noise when a node the reading came from left the page', () => {
    $('.plan').remove();
    expect(ticks.onlyFieldNoise({ roots: [$('.countdown')], removed: true }, read, TODAY)).toBe(false);
  });

  it('forgets what ticks at the next full read, and watches nothing when that read found no field', () => {
    tick('23:59:58');
    tick('23:59:57');
    ticks.reset([], TODAY);
    expect(ticks.watchesFields).toBe(false);
    expect(ticks.isTicking(textRecord($('.countdown')))).toBe(false);
  });
});
