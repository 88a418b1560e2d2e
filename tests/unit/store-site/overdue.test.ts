// @vitest-environment happy-dom
import { panelPart, setBody, startOnPage } from './page';

describe('overdue status', () => {
  it.each([
    ['<div class="s"><span>已逾期</span> <b>3</b> 天</div>', true],
    ['<div class="s"><span>逾期金额</span><b>¥1,072.00</b></div>', true],
    ['<div class="s"><span>逾期金额</span><b>¥0.00</b></div>', false],
    ['<div class="s"><span>逾期</span><b>未逾期</b></div>', false],
  ])('%s → overdue %s', async (html, overdue) => {
    setBody(`<div class="kv"><span>本期应还</span><span>¥1,072.00</span></div>${html}`);
    const page = startOnPage({ snapshot: [] });
    await page.frame();
    expect(page.site.reading?.overdue).toBe(overdue);
    expect(document.querySelector('.s')?.getAttribute('data-repay-highlight')).toBe('field');
    expect(panelPart('overdue') !== null && panelPart('overdue') !== undefined).toBe(overdue);
  });
});
