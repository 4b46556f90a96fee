// The widget's stylesheet, inside its shadow root: page styles do not reach
// our elements, ours do not reach the page. Page rules can still hit the host
// element itself (\`* { all: unset }\`, \`div { position: static }\`); the host
// declarations are !important because for !important rules the shadow
// tree's styles win over the page's (CSS Cascade 5, context order). Font and
// colour too: all:initial!important would otherwise beat them in this very
// rule (black serif text, unreadable on the dark card).
export const CSS = `
:host{all:initial!important;position:fixed!important;z-index:2147483000!important;inset:auto 16px 16px auto!important;display:block!important;--a:#4f46e5;--r:12px;--b:#fff;--f:#1f2937;--m:#6b7280;--l:1px solid #d1d5db;font:15px/1.4 system-ui,sans-serif!important;color:var(--f)!important}
:host(.bottom-left){inset:auto auto 16px 16px!important}
:host(.center){inset:50% auto auto 50%!important;transform:translate(-50%,-50%)!important}
:host(.inline){position:static!important}
@media (prefers-color-scheme:dark){:host{--b:#1f2937;--f:#f9fafb;--m:#9ca3af;--l:1px solid #4b5563}}
*{box-sizing:border-box;font:inherit;color:inherit}
.card{position:relative;width:min(420px,100vw - 32px);padding:20px;background:var(--b);border:var(--l);border-radius:var(--r);box-shadow:0 8px 30px #0003;animation:i .2s}
@keyframes i{from{opacity:0;transform:translateY(8px)}}
@media (prefers-reduced-motion:reduce){.card{animation:none}}
.q{margin:0 28px 12px 0;font-weight:600}
button,textarea{background:0 0;border:var(--l);border-radius:calc(var(--r)/2);min-width:32px;min-height:32px;padding:4px}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.x{position:absolute;top:8px;right:8px;border:0;font-size:20px;color:var(--m)}
.options,.ends,.chips{display:flex;gap:4px}
.options button{flex:1}
.on,[aria-pressed=true],.send{background:var(--a);border-color:var(--a);color:#fff}
.star .on{background:0 0;color:#f59e0b}
.smiley button{font-size:22px}
.ends{justify-content:space-between;margin:6px 0 0;font-size:12px;color:var(--m)}
.chips{flex-wrap:wrap;margin-bottom:10px}
.chips button{padding:4px 10px;border-radius:99px}
textarea{display:block;width:100%;margin-bottom:10px;padding:8px;resize:vertical}
.send{padding:6px 18px}
@media (max-width:480px){:host(:not(.inline)){inset:auto 0 0!important;transform:none!important}.card{width:100%;border-radius:var(--r) var(--r) 0 0}button{min-height:44px;min-width:44px}.options{flex-wrap:wrap}.nps button{flex:0 0 15%}}
`;
