import type { PopupMoreT } from '../../lib/i18n/popup';

/**
 * What the popup shows instead of its agenda: the welcome of a popup with no plans yet, or the notice that
 * the stored data could not be read. Both are seen rarely (once, or never), so they load with their words
 * when needed and stay out of the popup's first load.
 */
export function NoAgenda({ x, unreadable, onAdd }: { x: PopupMoreT; unreadable: boolean; onAdd: () => void }) {
  return unreadable ? (
    <div class="notice" role="alert">
      <h2>{x('unreadable.title')}</h2>
      <p>{x('unreadable.body')}</p>
    </div>
  ) : (
    <div class="empty">
      <h2>{x('empty.title')}</h2>
      <p>{x('empty.body')}</p>
      <button type="button" class="btn btn--primary btn--large" onClick={onAdd}>
        {x('empty.add')}
      </button>
      <p class="empty__hint">{x('empty.import')}</p>
    </div>
  );
}
