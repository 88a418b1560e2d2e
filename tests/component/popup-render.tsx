import { render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/popup-app';
import { DEFAULT_SETTINGS, type Plan } from '../../lib/core/schemas';

/** 2026-03-08 10:00 in Shanghai: a Sunday; March ends on the 31st. */
export const NOW = Date.parse('2026-03-08T02:00:00Z');

/** The popup at NOW over `plans` stored as the list layout, in `language`, once its header is drawn. */
export async function show(plans: Plan[], language: 'en' | 'zh-CN' = 'en') {
  await fakeBrowser.storage.local.set({ plans, settings: { ...DEFAULT_SETTINGS, language } });
  render(<PopupApp now={NOW} />);
  await screen.findByRole('heading', { level: 1 });
}
