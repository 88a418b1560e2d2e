import type { FunctionComponent } from 'preact';
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadPopupMoreMessages, type PopupMoreT } from '../../lib/i18n/popup';
import type { Locale } from '../../lib/i18n/translate';

/**
 * A part of the popup most opens never show (the snooze menu, the late-payment help), loaded with its
 * words the first time it is wanted, so the popup's first load stays within its budget. Null until
 * both have arrived; the part gets its words as `x`.
 */
export function useLazyPart<P extends { x: PopupMoreT }>(
  load: () => Promise<FunctionComponent<P>>,
  wanted: boolean,
  locale: Locale,
): FunctionComponent<Omit<P, 'x'>> | null {
  const [part, setPart] = useState<FunctionComponent<Omit<P, 'x'>> | null>(null);
  useEffect(() => {
    if (!wanted || part) return;
    void Promise.all([load(), loadPopupMoreMessages(locale)]).then(([Part, x]) =>
      setPart(() => (props: Omit<P, 'x'>) => h(Part, { ...props, x } as P)),
    );
  }, [wanted]);
  return part;
}
