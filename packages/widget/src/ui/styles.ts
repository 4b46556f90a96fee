// The widget's stylesheet, inside its shadow root: page styles do not reach
// our elements, ours do not reach the page. Page rules can still hit the host
// element itself (\`* { all: unset }\`, \`div { position: static }\`); the host
// declarations are !important because for !important rules the shadow
// tree's styles win over the page's (CSS Cascade 5, context order). Font and
// colour too: all:initial!important would otherwise beat them in this very
// rule (black serif text, unreadable on the dark card). Dark is a class the
// host gets from the theme's mode (mount.ts), not the OS setting alone.
// The 0–10 row shares the card's width (min-width 0: 11 × 32 px did not fit
// 378 px); on phones every answer is a 44 px target, on two rows of six
// columns, 0–5 over 6–10 shifted one column right, so the end labels stay
// under 0 and under 10. auto-phrase keeps Japanese phrases together (where
// supported), text-wrap: pretty avoids a last line of one word or "か？".
export const CSS = `
:host{all:initial!important;position:fixed!important;z-index:2147483000!important;inset:auto 16px 16px auto!important;display:block!important;--a:#4f46e5;--r:12px;--b:#fff;--f:#1f2937;--m:#6b7280;--h:#f3f4f6;--l:1px solid #d1d5db;font:15px/1.4 var(--ff,system-ui,sans-serif)!important;color:var(--f)!important}
:host(.bottom-left){inset:auto auto 16px 16px!important}
:host(.center){inset:50% auto auto 50%!important;transform:translate(-50%,-50%)!important}
:host(.inline){position:static!important}
:host(.dark){--b:#1f2937;--f:#f9fafb;--m:#9ca3af;--h:#374151;--l:1px solid #4b5563}
*{box-sizing:border-box;font:inherit;color:inherit}
.card{position:relative;width:min(420px,100vw - 32px);padding:20px;background:var(--b);border:var(--l);border-radius:var(--r);box-shadow:0 8px 30px #0003;animation:i .2s}
@keyframes i{from{opacity:0;transform:translateY(8px)}}
@media (prefers-reduced-motion:reduce){.card{animation:none}}
.q{margin:0 28px 12px 0;font-weight:600;word-break:auto-phrase;text-wrap:pretty}
[dir=rtl] .q{margin:0 0 12px 28px}
button,textarea{background:0 0;border:var(--l);border-radius:calc(var(--r)/2);min-width:0;min-height:32px;padding:4px}
button{cursor:pointer;transition:background .1s,transform .1s}
@media (hover:hover){button:hover{background:var(--h)}}
button:active{transform:scale(.95)}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.x{position:absolute;top:8px;inset-inline-end:8px;border:0;min-width:32px;font-size:20px;color:var(--m)}
.options,.ends,.chips{display:flex;gap:4px}
.options button{flex:1}
.on,[aria-pressed=true],.send,.send:hover{background:var(--a);border-color:var(--a);color:#fff}
svg{display:block;width:26px;height:26px;margin:auto;fill:none;stroke:currentColor;stroke-width:1.6;stroke-linecap:round}
.smiley .on{background:0 0;color:var(--a)}
.star button{color:var(--m)}.star .on{background:0 0;color:#f59e0b}.star .on svg{fill:currentColor}
.ends{justify-content:space-between;margin:6px 0 0;font-size:12px;color:var(--m)}
.chips{flex-wrap:wrap;margin-bottom:10px}
.chips button{padding:4px 10px;border-radius:99px}
textarea{display:block;width:100%;margin-bottom:10px;padding:8px;resize:vertical}
.send{padding:6px 18px}
@media (max-width:480px){:host(:not(.inline)){inset:auto 0 0!important;transform:none!important}.card{width:100%;padding:16px;border-radius:var(--r) var(--r) 0 0}button{min-height:44px;min-width:44px}.nps .options{display:grid;grid-template-columns:repeat(6,1fr)}.nps button:nth-child(7){grid-column:2}}
`;
