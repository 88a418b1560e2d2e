// Written compactly on purpose: the content script ships these bytes as they are (15 KB gzip budget).
// The panel's own sheet lives with its frame (entrypoints/store-panel/style.css).

/** The page-side sheet: outlines only, so nothing moves and no clicks are taken. */
export const HIGHLIGHT_CSS = `[data-repay-highlight]{outline:2px solid #0a6b57d9!important;outline-offset:2px!important}
[data-repay-highlight=action]{outline-width:3px!important;box-shadow:0 0 0 5px #0a6b5740!important}
[data-repay-highlight=plan]{outline-style:dashed!important}
@media print{[data-repay-highlight]{outline:none!important;box-shadow:none!important}}`;
