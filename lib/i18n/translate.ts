// Typed string look-up over the locale files in lib/i18n/locales. We keep our own catalogue instead of
// browser.i18n because the user can pick the language in settings, which browser.i18n cannot do.

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Catalogue = Record<string, string>;
export type Params = Record<string, string | number>;

/** 'auto' follows the browser: any Chinese UI gets zh-CN, everything else English. */
export function resolveLocale(language: 'auto' | Locale, uiLanguage: string): Locale {
  if (language !== 'auto') return language;
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

/**
 * A translator for one area's catalogue. `{name}` placeholders are filled from params; a key with
 * `#one`/`#other` variants is chosen by `params.count` with the locale's plural rules.
 */
export function translator<C extends Catalogue>(catalogues: Record<Locale, C>, locale: Locale): Translate<PluralBase<keyof C & string>> {
  return createTranslator<C>(catalogues[locale], locale);
}

/** A translator over one locale's catalogue (for catalogues loaded on demand, one locale at a time). */
export function createTranslator<C extends Catalogue>(catalogue: C, locale: Locale): Translate<PluralBase<keyof C & string>> {
  const messages: Catalogue = catalogue;
  return (key, params) => {
    let template: string | undefined = messages[key];
    if (template === undefined && params && typeof params.count === 'number') {
      template = messages[`${key}#${pluralCategory(locale, params.count)}`] ?? messages[`${key}#other`];
    }
    if (template === undefined) return key;
    return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : template;
  };
}

/**
 * Intl.PluralRules' category of `count` in our two locales, by hand (tests/unit/i18n/translate.test.ts
 * holds it to Intl): building the first Intl object in a fresh renderer loads ICU's data, tens of
 * milliseconds the popup paid before its rows when it was the browser's first page.
 */
export function pluralCategory(locale: Locale, count: number): 'one' | 'other' {
  return locale === 'en' && Math.abs(count) === 1 ? 'one' : 'other';
}

/** `days#one` | `days#other` → `days`; other keys stay as they are. */
export type PluralBase<K extends string> = K extends `${infer Base}#${string}` ? Base : K;

/**
 * One area's strings per locale, each loaded once on demand (so a page ships one language, not both),
 * and available synchronously once arrived, so a render need not wait another turn for them.
 */
export function localeCache<T>(load: (locale: Locale) => Promise<T>): {
  load: (locale: Locale) => Promise<T>;
  loaded: (locale: Locale) => T | undefined;
} {
  const loading = new Map<Locale, Promise<T>>();
  const loaded = new Map<Locale, T>();
  return {
    loaded: (locale) => loaded.get(locale),
    load: (locale) => {
      let pending = loading.get(locale);
      if (!pending) {
        pending = load(locale).then((value) => {
          loaded.set(locale, value);
          return value;
        });
        loading.set(locale, pending);
      }
      return pending;
    },
  };
}
