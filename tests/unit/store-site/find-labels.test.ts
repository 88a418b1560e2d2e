// @vitest-environment happy-dom
import { createLabelScanner } from '../../../lib/store-site/find-labels';
import { miAdapter } from '../../../lib/store-site/mi';
import { setBody, startOnPage } from './page';

const scan = createLabelScanner(miAdapter);
const found = (root: Node = document.body) =>
  scan(root, () => false).labels.map((hit) => `${hit.rule.text}@${hit.element.className || hit.element.tagName.toLowerCase()}`);

it('finds a split label next to a whole one in the same parent', () => {
  setBody('<div class="box"><span>本期</span><span>应还</span><span class="d">最后还款日</span></div>');
  expect(found().sort()).toEqual(['本期应还@box', '最后还款日@d'].sort());
});

it('finds labels spaced out or split into single characters', () => {
  setBody('<p class="a">最 后 还 款 日</p><div class="b"><i>立</i><i>即</i><i>还</i><i>款</i></div>');
  expect(found()).toEqual(['最后还款日@a', '立即还款@b']);
});

it('ignores words inside scripts, styles, the title and long prose', () => {
  document.documentElement.innerHTML = `<head><title>小米分期</title></head><body>
    <script>const label = '立即还款';</script><style>.x::after{content:'本期应还'}</style>
    <p>如果您逾期未还款，我们将按照合同约定收取罚息并上报征信，请您务必按时足额还款以免影响信用记录</p></body>`;
  expect(found()).toEqual([]);
});

it('catches a label completed by a node added next to its first half', async () => {
  setBody('<div class="kv"><span>本期</span></div>');
  const page = startOnPage();
  expect(document.querySelector('[data-repay-highlight]')).toBeNull();
  const half = Object.assign(document.createElement('span'), { textContent: '应还 ¥10.00' });
  document.querySelector('.kv')?.append(half);
  await page.frame();
  expect(document.querySelector('.kv')?.getAttribute('data-repay-highlight')).toBe('field');
  expect(page.site.reading?.dueAmount).toBe(1000);
});

it('finds the zero-limit notice in the smallest element that says it', () => {
  setBody(
    '<div class="card"><div class="row z"><span>可用额度</span><span>0.00</span></div><div class="row"><span>已用额度</span><span>0.00</span></div></div>',
  );
  expect(scan(document.body, () => false).zeroLimit.map((e) => e.className)).toEqual(['row z']);
});
