import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_BURDEN_THRESHOLD, MAX_MONTHLY_INCOME_FEN, MAX_RATE_LINE, MAX_RATE_LINES } from '../../lib/core/kinds';
import { fenToDecimal, parseYuan } from '../../lib/core/money';
import { rateLinesOf } from '../../lib/core/rate-lines';
import type { Settings } from '../../lib/core/schemas';
import { Field } from './field';
import { useTexts } from './texts';

/** A percentage as typed ("24", "36.5") as a fraction, to 6 decimals so 24 reads back as 0.24 exactly. */
const fraction = (text: string) => {
  const value = Number(text);
  return text !== '' && Number.isFinite(value) ? Number((value / 100).toFixed(6)) : Number.NaN;
};
const asPercent = (value: number) => String(Number((value * 100).toFixed(4)));

/** "24, 36" → [0.24, 0.36]; empty marks no plan; null when it is not a list of lines. */
export function readRateLines(text: string): number[] | null {
  const parts = text.split(/[\s,，、;；]+/).filter(Boolean);
  const lines = parts.map(fraction);
  const ok = lines.length <= MAX_RATE_LINES && lines.every((line) => line > 0 && line <= MAX_RATE_LINE);
  return ok ? [...new Set(lines)].sort((a, b) => a - b) : null;
}

type Problems = Partial<Record<'rateLines' | 'monthlyIncome' | 'burdenThreshold', string>>;

/** Rate warning lines, monthly income and the burden threshold; each saved when the field is left. */
export function PlanningSettings({ settings, save }: { settings: Settings; save: (next: Settings) => void }) {
  const { t } = useTexts();
  const shown = () => ({
    rateLines: rateLinesOf(settings).map(asPercent).join(', '),
    monthlyIncome: settings.monthlyIncome ? fenToDecimal(settings.monthlyIncome) : '',
    burdenThreshold: asPercent(settings.burdenThreshold ?? DEFAULT_BURDEN_THRESHOLD),
  });
  const [texts, setTexts] = useState(shown);
  const [problems, setProblems] = useState<Problems>({});
  useEffect(() => setTexts(shown()), [settings]);

  const commit = (field: keyof Problems, text: string) => {
    let next: Settings | null = null;
    if (field === 'rateLines') {
      const rateLines = readRateLines(text);
      if (rateLines) next = { ...settings, rateLines };
    } else if (field === 'monthlyIncome') {
      const { monthlyIncome: _, ...rest } = settings;
      const income = text.trim() === '' ? 0 : parseYuan(text);
      if (income === 0) next = rest;
      else if (income !== null && income <= MAX_MONTHLY_INCOME_FEN) next = { ...rest, monthlyIncome: income };
    } else {
      const threshold = fraction(text.trim());
      if (threshold >= 0.01 && threshold <= 1) next = { ...settings, burdenThreshold: threshold };
    }
    setProblems({ ...problems, [field]: next ? undefined : t(`settings.${field}Bad`, { max: MAX_RATE_LINES }) });
    if (next) save(next);
  };
  const field = (name: keyof Problems, label: string, hint?: string) => (
    <Field id={`settings-${name}`} label={label} hint={hint} error={problems[name]}>
      {(aria) => (
        <input
          {...aria}
          inputMode={name === 'rateLines' ? 'text' : 'decimal'}
          autoComplete="off"
          value={texts[name]}
          onInput={(event) => setTexts({ ...texts, [name]: event.currentTarget.value })}
          onChange={(event) => commit(name, event.currentTarget.value)}
        />
      )}
    </Field>
  );
  return (
    <>
      {field('rateLines', t('settings.rateLines'), t('settings.rateLinesHint', { max: MAX_RATE_LINES }))}
      {field('monthlyIncome', t('settings.monthlyIncome'), t('settings.monthlyIncomeHint'))}
      {field('burdenThreshold', t('settings.burdenThreshold'))}
    </>
  );
}
