// Written compactly on purpose: the content script ships these bytes as they are (15 KB gzip budget).

/** The panel's own sheet, inside its shadow root: page styles cannot reach it, and it cannot reach the page. */
export const PANEL_CSS = `:host{all:initial;position:fixed;right:16px;bottom:16px;z-index:2147483646}
.panel{box-sizing:border-box;width:300px;max-height:70vh;overflow:auto;padding:12px 14px;color:#1f2328;background:#fff;
font:13px/1.5 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;
border:1px solid #d0d7de;border-radius:10px;box-shadow:0 6px 24px #0003}
header{display:flex;align-items:center;justify-content:space-between;margin-bottom:6px}
h2{margin:0;font-size:14px;color:#0a6b57}h3{margin:8px 0 2px;font-size:13px}p,ul{margin:4px 0}ul{padding-left:18px}
button{font:inherit;cursor:pointer;border:0;border-radius:6px}button:focus-visible{outline:2px solid #0a6b57;outline-offset:2px}
.close{background:none;font-size:18px;line-height:1;color:#57606a;padding:2px 6px}
.note,.warn{padding:6px 8px;border-radius:6px;background:#fff8c5}.warn{background:#ffebe9;border:1px solid #ff8182}
.muted{color:#57606a}.import{margin-top:6px;padding:5px 12px;background:#0a6b57;color:#fff}.import[disabled]{opacity:.6;cursor:default}
@media (prefers-color-scheme:dark){.panel{color:#e6edf3;background:#161b22;border-color:#30363d}h2{color:#3fb68b}
.muted,.close{color:#8d96a0}.note{background:#3b2e00}.warn{background:#3c1618;border-color:#8e1519}}`;

/** The page-side sheet: outlines only, so nothing moves and no clicks are taken. */
export const HIGHLIGHT_CSS = `[data-repay-highlight]{outline:2px solid #0a6b57d9!important;outline-offset:2px!important}
[data-repay-highlight=action]{outline-width:3px!important;box-shadow:0 0 0 5px #0a6b5740!important}
[data-repay-highlight=plan]{outline-style:dashed!important}
@media print{[data-repay-highlight]{outline:none!important;box-shadow:none!important}}`;
