// @vitest-environment happy-dom
import { loadFixture, marked, panelDocument, panelPart, setBody, snapshotEntry, startOnPage } from './page';

const bill = () => {
  const card = document.createElement('div');
  card.className = 'bill';
  const row = document.createElement('div');
  row.className = 'kv';
  for (const text of ['本期应还', '¥899.00']) row.append(Object.assign(document.createElement('span'), { textContent: text }));
  card.append(row, Object.assign(document.createElement('button'), { textContent: '立即还款' }));
  return card;
};

describe('late rendering and lazy lists', () => {
  it('marks a bill that renders after the first scan, in one frame for a burst of mutations', async () => {
    setBody('<div id="app"><div class="skeleton">加载中</div></div>');
    const page = startOnPage();
    expect(page.site.stats.scans).toBe(1);
    const app = document.getElementById('app') as HTMLElement;
    app.replaceChildren();
    for (let i = 0; i < 50; i++) app.append(Object.assign(document.createElement('p'), { textContent: `广告 ${i}` }));
    app.append(bill());
    expect(await page.frame()).toBe(1);
    expect(page.site.stats.scans).toBe(2);
    expect(marked().map((e) => e.getAttribute('data-repay-highlight'))).toEqual(['field', 'action']);
    expect(page.site.reading?.dueAmount).toBe(89900);
  });

  it('reads plan rows appended later to an existing list', async () => {
    setBody('<div class="plan"><div class="t">还款计划</div><ul></ul></div>');
    const page = startOnPage();
    expect(page.site.reading?.plan).toEqual([]);
    const list = document.querySelector('ul') as HTMLUListElement;
    for (const month of ['01', '02']) list.append(Object.assign(document.createElement('li'), { textContent: `2027-${month}-15 ¥899.00` }));
    await page.frame();
    expect(page.site.reading?.plan.map((r) => r.dueDate)).toEqual(['2027-01-15', '2027-02-15']);
    list.append(Object.assign(document.createElement('li'), { textContent: '2027-03-15 ¥899.00' }));
    await page.frame();
    expect(page.site.reading?.plan).toHaveLength(3);
    expect(document.querySelector('.plan')?.getAttribute('data-repay-highlight')).toBe('plan');
  });

  it('updates when a value changes in place and unmarks a label that goes away', async () => {
    setBody('<div class="kv"><span>本期应还</span><span class="v">¥899.00</span></div>');
    const page = startOnPage();
    (document.querySelector('.v')?.firstChild as Text).data = '¥1,000.00';
    await page.frame();
    expect(page.site.reading?.dueAmount).toBe(100000);
    document.querySelector('.kv')?.remove();
    await page.frame();
    expect(marked()).toEqual([]);
    expect(document.querySelector('iframe')).toBeNull();
  });
});

describe('idling', () => {
  it('does no work while the page is quiet, and its own panel and marks do not wake it', async () => {
    loadFixture('bill-table.html');
    const page = startOnPage({ snapshot: [] });
    // The snapshot arrives and the panel is drawn: neither that nor the marks and sheet ask for a frame.
    expect(await page.frame()).toBe(0);
    expect(document.querySelector('iframe')).not.toBeNull();
    const scans = page.site.stats.scans;
    for (let i = 0; i < 5; i++) expect(await page.frame()).toBe(0);
    expect(page.pendingFrames()).toBe(0);
    expect(page.site.stats.scans).toBe(scans);
  });

  it('re-reads nothing when a change is away from every label, and re-reads when it is next to one', async () => {
    loadFixture('bill-table.html');
    const page = startOnPage({ snapshot: [] });
    await page.frame();
    const before = page.site.reading;
    const clock = Object.assign(document.createElement('span'), { textContent: '12:00:00' });
    document.querySelector('.top')?.append(clock);
    for (let s = 1; s <= 3; s++) {
      (clock.firstChild as Text).data = `12:00:0${s}`;
      await page.frame();
    }
    expect(page.site.stats.scans).toBe(4);
    expect(page.site.reading).toBe(before);
    (document.querySelector('.bill-amount .num')?.firstChild as Text).data = '¥1,172.00';
    await page.frame();
    expect(page.site.reading).not.toBe(before);
    expect(page.site.reading?.dueAmount).toBe(117200);
  });

  it('learns a countdown beside the amount due: after two ticks its changes ask for no frame, and a new amount is still read', async () => {
    loadFixture('bill-divs.html');
    const countdown = Object.assign(document.createElement('span'), { textContent: '23:59:59.99' });
    const line = Object.assign(document.createElement('div'), { className: 'countdown' });
    line.append('还款倒计时 ', countdown);
    document.querySelector('.due')?.before(line);
    const page = startOnPage({ snapshot: [] });
    await page.frame();
    const before = page.site.reading;
    expect(before?.dueAmount).toBe(107200);
    for (const text of ['23:59:59.98', '23:59:59.97']) {
      countdown.textContent = text;
      await page.frame();
    }
    const scans = page.site.stats.scans;
    for (let tick = 96; tick > 80; tick--) {
      countdown.textContent = `23:59:59.${tick}`;
      expect(await page.frame()).toBe(0);
    }
    expect(page.site.stats.scans).toBe(scans);
    expect(page.site.reading).toBe(before);
    // A countdown that stops ticking and says something else is read again, and so is a new amount.
    countdown.textContent = '已逾期';
    expect(await page.frame()).toBe(1);
    (document.querySelector('.summary .int')?.firstChild as Text).data = '1,172';
    await page.frame();
    expect(page.site.reading?.dueAmount).toBe(117200);
  });

  it('scans once per frame however many mutations arrive', async () => {
    setBody('<div id="feed"></div>');
    const page = startOnPage();
    const feed = document.getElementById('feed') as HTMLElement;
    for (let i = 0; i < 200; i++) feed.append(Object.assign(document.createElement('div'), { textContent: `动态 ${i}` }));
    for (let i = 0; i < 200; i++) (feed.children[i]?.firstChild as Text).data = `更新 ${i}`;
    expect(await page.frame()).toBe(1);
    expect(page.site.stats.scans).toBe(2);
  });

  it('writes nothing to the page when a scan finds what is already marked', async () => {
    loadFixture('bill-table.html');
    const page = startOnPage({ snapshot: [] });
    await page.frame();
    const writes: MutationRecord[] = [];
    const spy = new MutationObserver((records) => writes.push(...records));
    spy.observe(document.documentElement, { attributes: true, childList: true, subtree: true });
    document.body.append(Object.assign(document.createElement('p'), { textContent: '广告' }));
    await page.frame();
    expect(page.site.stats.scans).toBe(2);
    expect(writes.filter((r) => r.type === 'attributes' || r.target !== document.body)).toEqual([]);
    spy.disconnect();
  });
});

describe('returning to the tab', () => {
  it('asks for the stored plans again, so a plan confirmed meanwhile is recognised', async () => {
    setBody('<div class="kv"><span>本期应还</span><span>¥899.00</span></div><div><span>最后还款日</span> 2027-01-15</div>');
    const page = startOnPage({ snapshot: [] });
    await page.frame();
    expect(panelPart('import')).not.toBeNull();
    page.setSnapshot([snapshotEntry({ title: '电视', periods: 3, dueDate: '2027-01-15', amount: 89900, remaining: 89900 })]);
    document.dispatchEvent(new Event('visibilitychange'));
    await page.frame();
    expect(panelPart('import')).toBeNull();
    expect(panelPart('next')?.textContent).toContain('第 1/3 期');
    expect(page.site.stats.scans).toBe(1);
  });
});

describe('SPA route changes', () => {
  it('starts over when the address changes: old marks go, the new route is read', async () => {
    loadFixture('bill-table.html');
    const page = startOnPage({ snapshot: [] });
    await page.frame();
    history.pushState({}, '', '/orders');
    document.body.replaceChildren(Object.assign(document.createElement('h2'), { textContent: '我的订单' }));
    await page.frame();
    expect(marked()).toEqual([]);
    expect(document.querySelector('iframe')).toBeNull();
    history.pushState({}, '', '/orders/1/installment');
    document.body.replaceChildren(bill());
    await page.frame();
    await page.frame(); // the new route's snapshot
    expect(page.site.reading?.dueAmount).toBe(89900);
    expect(panelPart('page')?.textContent).toBe('本页显示本期应还 ¥899.00');
  });
});

describe('teardown', () => {
  it('removes every mark, the sheet and the panel, and stops watching, when the context is invalidated', async () => {
    loadFixture('bill-table.html');
    const page = startOnPage({ snapshot: [] });
    await page.frame();
    page.controller.abort();
    expect(marked()).toEqual([]);
    expect(document.querySelector('iframe')).toBeNull();
    expect(document.querySelectorAll('style')).toHaveLength(1); // the page's own
    document.body.append(bill());
    await page.frame();
    expect(page.pendingFrames()).toBe(0);
    expect(marked()).toEqual([]);
  });
});

describe('safety', () => {
  it('shows stored titles and page values as text, never as markup', async () => {
    setBody('<div class="kv"><span>本期应还</span><span>¥899.00</span></div>');
    const title = '<img src=x onerror="window.pwned=1">';
    const page = startOnPage({
      snapshot: [snapshotEntry({ title, periods: 3, dueDate: '2027-01-15', amount: 89900, remaining: 89900 })],
    });
    await page.frame();
    expect(panelDocument().querySelector('img')).toBeNull();
    expect(panelDocument().body.textContent).toContain(title);
    // And the page itself holds none of it: the title lives in the frame's document only.
    expect(document.documentElement.outerHTML).not.toContain('Xiaomi');
    expect(document.documentElement.outerHTML).not.toContain('pwned');
  });

  it('ignores other lenders’ plans', async () => {
    setBody('<div class="kv"><span>本期应还</span><span>¥899.00</span></div>');
    const page = startOnPage({
      snapshot: [snapshotEntry({ title: '花呗', lenderKind: 'huabei', dueDate: '2027-01-15', amount: 1, remaining: 1 })],
    });
    await page.frame();
    expect(panelPart('next')).toBeNull();
    expect(panelPart('mismatch')).toBeNull();
  });
});

it('shows the page reading when asking for the stored plans fails outright', async () => {
  setBody('<div class="kv"><span>本期应还</span><span>¥899.00</span></div>');
  const page = startOnPage();
  page.setSnapshot(null);
  page.failSnapshot();
  history.pushState({}, '', '/bill-2');
  document.body.append(Object.assign(document.createElement('p'), { textContent: '刷新' }));
  await page.frame();
  await page.frame();
  expect(panelPart('unavailable')).not.toBeNull();
  expect(panelPart('page')?.textContent).toBe('本页显示本期应还 ¥899.00');
});
