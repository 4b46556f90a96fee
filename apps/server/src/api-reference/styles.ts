// The reference page's one stylesheet, inlined in the page (no second
// request before the first paint). System fonts only: koe fetches nothing
// from third parties. Colours meet WCAG AA contrast (4.5:1) in light and
// dark schemes; the method labels are white on colours of 5:1 or more.
export const REFERENCE_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#4d4d4d;--line:#d6d6d6;--code:#f2f3f5;--link:#0a58ca;--accent:#f6f8fa}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#ececec;--muted:#b8b8b8;--line:#3a3a3a;--code:#23262b;--link:#8ab4f8;--accent:#1a1c1f}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--link)}
code{font:.875em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--code);padding:.1em .3em;border-radius:3px;overflow-wrap:anywhere}
header,nav,main{max-width:60rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1{font-size:1.8rem;margin:.5rem 0}
h2{font-size:1.45rem;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:2px solid var(--line)}
h3{font-size:1.15rem;margin:0 0 .5rem;overflow-wrap:anywhere}
h4{font-size:1rem;margin:1.25rem 0 .4rem}
.version,.in,.type{color:var(--muted);font-weight:400;font-size:.9rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem}
.links{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;padding:0;list-style:none}
nav ul{padding-left:1.25rem}
nav li{padding:.1rem 0}
nav a{display:inline-block;min-height:24px}
.method{display:inline-block;min-width:4.2em;padding:.05em .4em;border-radius:4px;color:#fff;background:#3d4451;font:700 .75rem/1.6 ui-monospace,monospace;text-align:center;vertical-align:.1em}
.get{background:#126b3c}.post{background:#1a4fb4}.put,.patch{background:#8a4500}.delete{background:#b3261e}
.operation{margin:1.5rem 0;padding:1rem;border:1px solid var(--line);border-radius:8px}
.operation>h3 code.path{background:none;padding:0;font-size:1rem}
.summary{font-weight:600;margin:.25rem 0}
.auth{color:var(--muted)}
.fields,.responses,.variants{list-style:none;padding-left:0;margin:.25rem 0}
.fields .fields,.fields .variants,.variants .fields,.responses .fields{padding-left:1rem;border-left:2px solid var(--line);margin-left:.25rem}
.fields li,.responses li,.variants li{padding:.3rem 0}
.notes{color:var(--muted);font-size:.9rem}
.notes p{margin:.15rem 0}
.required{color:#a4262c;font-size:.8rem;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
@media (prefers-color-scheme:dark){.required{color:#ff9a9a}}
.status{display:inline-block;min-width:2.6em;font:700 .85rem ui-monospace,monospace}
.s2{color:#126b3c}.s4{color:#a4262c}.s5{color:#8a4500}
@media (prefers-color-scheme:dark){.s2{color:#7ee2a8}.s4{color:#ff9a9a}.s5{color:#ffb86b}}
.schema{margin:1.5rem 0}
.operation,.schema{content-visibility:auto;contain-intrinsic-size:auto 40rem}
dt{margin-top:.75rem}dd{margin-left:1rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
main{padding-bottom:3rem}
`;
