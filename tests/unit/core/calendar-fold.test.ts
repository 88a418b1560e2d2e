import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarText } from '../../../lib/core/calendar';
import { DEFAULT_SETTINGS } from '../../../lib/core/schemas';
import { makePlan } from './plan-factory';

// RFC 5545 §3.1: content lines are at most 75 octets; a longer one continues after CRLF and a single
// space (or tab), and a fold may not split a multi-octet UTF-8 character.
const NOW = Date.UTC(2026, 4, 1, 2, 0, 0);
const LONG_DESCRIPTION =
  '小米分期 · 小米 15 Pro 第 6/12 期,应还 ¥1,072.00(本金 ¥1,000.00,手续费 ¥72.00)。' +
  '请在还款日前确认招行 ****1234 余额充足;逾期会按日收取罚息并可能影响征信记录 💰 额度显示为 0 并不代表不用还。';

const text = (padding: string): CalendarText => ({
  name: '还款助手',
  summary: ({ plan, status }) => `${padding}${plan.title} 第 ${status.period}/${plan.periods} 期应还 ¥1,072.00,别忘了还款哦`,
  description: () => padding + LONG_DESCRIPTION,
  alarm: () => `${padding}明天要还 小米分期 · ${'小米 15 Pro '.repeat(4)}¥1,072.00`,
});

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
// TEXT values escape backslash, semicolon, comma and newline (§3.3.11).
const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function exportWith(padding: string): string {
  return buildCalendar([makePlan({ id: 'a', title: '小米 15 Pro', periods: 1 })], DEFAULT_SETTINGS, '2026-01-01', NOW, text(padding));
}

describe('the .ics export folds long lines by octets', () => {
  // Every padding from 0 to 11 ASCII characters puts the 3- and 4-octet characters at every offset from a fold.
  const paddings = Array.from({ length: 12 }, (_, n) => 'x'.repeat(n));

  it('keeps every physical line within 75 octets, however the characters fall', () => {
    for (const padding of paddings) {
      const lines = exportWith(padding).split('\r\n');
      const tooLong = lines.filter((line) => octets(line) > 75);
      expect(tooLong, `padding ${padding.length}`).toEqual([]);
    }
  });

  it('folds with CRLF and a single space, never inside a character', () => {
    for (const padding of paddings) {
      const ics = exportWith(padding);
      expect(ics).not.toMatch(/\r\n\t/);
      // Only CRLF ends a line: no bare CR or LF.
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of ics.split('\r\n')) {
        expect(loneSurrogate.test(line), line).toBe(false);
        // A continuation starts with exactly one space before its content (the content itself may not be blank).
        if (line.startsWith(' ')) expect(line.length).toBeGreaterThan(1);
      }
    }
  });

  it('gives back the original text when unfolded', () => {
    for (const padding of paddings) {
      const lines = unfold(exportWith(padding)).split('\r\n');
      const descriptions = lines.filter((line) => line.startsWith('DESCRIPTION:')).map((line) => unescapeText(line.slice(12)));
      expect(descriptions).toContain(padding + LONG_DESCRIPTION);
      expect(descriptions).toContain(`${padding}明天要还 小米分期 · ${'小米 15 Pro '.repeat(4)}¥1,072.00`);
      const summary = lines.find((line) => line.startsWith('SUMMARY:'));
      expect(unescapeText(summary?.slice(8) ?? '')).toBe(`${padding}小米 15 Pro 第 1/1 期应还 ¥1,072.00,别忘了还款哦`);
    }
  });

  it('leaves a line of exactly 75 octets whole and folds one of 76', () => {
    // "X-WR-CALNAME:" is 13 octets; 62 more make 75.
    const whole = buildCalendar([], DEFAULT_SETTINGS, '2026-01-01', NOW, { ...text(''), name: 'n'.repeat(62) });
    expect(whole).toContain(`\r\nX-WR-CALNAME:${'n'.repeat(62)}\r\n`);
    const folded = buildCalendar([], DEFAULT_SETTINGS, '2026-01-01', NOW, { ...text(''), name: 'n'.repeat(63) });
    expect(folded).toContain(`\r\nX-WR-CALNAME:${'n'.repeat(62)}\r\n n\r\n`);
  });
});
