// A plausible shop page for the host-page bench: a header with navigation, a
// hero, a grid of product cards with their own CSS, a footer, and a little
// script of the shop's own (an add-to-cart counter), so the page without koe
// already parses, styles, lays out and runs something, as real pages do.

const PRODUCTS = Array.from({ length: 48 }, (_, i) => ({
  name: `Ceramic mug no. ${i + 1}`,
  price: (12 + ((i * 7) % 30)).toFixed(2),
  hue: (i * 37) % 360,
}));

const STYLE = `<style>
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1d1d1f;background:#fafafa}
header{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;background:#fff;border-bottom:1px solid #e5e5e5;position:sticky;top:0}
nav a{margin-left:16px;color:inherit;text-decoration:none}nav a:hover{text-decoration:underline}
.hero{padding:48px 24px;background:linear-gradient(120deg,#fde68a,#fca5a5);text-align:center}
.hero h2{font-size:2.5rem;margin:0 0 8px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:20px;padding:24px}
.card{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12);overflow:hidden;display:flex;flex-direction:column}
.card .photo{aspect-ratio:4/3}.card h3{font-size:1rem;margin:12px 12px 4px}.card p{margin:0 12px 12px;color:#555}
.card button{margin:auto 12px 12px;padding:8px;border:0;border-radius:8px;background:#111;color:#fff;cursor:pointer}
footer{padding:32px 24px;background:#111;color:#ccc;display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
</style>`;

const SHOP_SCRIPT = `<script>
document.addEventListener('click', function (event) {
  if (!event.target.matches('.card button')) return;
  var count = document.getElementById('cart-count');
  count.textContent = String(Number(count.textContent) + 1);
});
</script>`;

export function shopPage(): { title: string; head: string; body: string } {
  const cards = PRODUCTS.map(
    (p) =>
      `<article class="card"><div class="photo" style="background:hsl(${p.hue} 60% 75%)"></div>` +
      `<h3>${p.name}</h3><p>€${p.price} · stoneware, dishwasher safe</p><button type="button">Add to cart</button></article>`,
  ).join('\n');
  return {
    title: 'Mugs — Example Ceramics',
    head: `${STYLE}\n${SHOP_SCRIPT}`,
    body:
      '<header><strong>Example Ceramics</strong><nav><a href="/mugs">Mugs</a><a href="/plates">Plates</a>' +
      '<a href="/about">About</a><a href="/cart">Cart (<span id="cart-count">0</span>)</a></nav></header>' +
      '<section class="hero"><h2>Handmade mugs</h2><p>Thrown, glazed and fired in our studio.</p></section>' +
      `<section class="grid">${cards}</section>` +
      '<footer><div>Shipping &amp; returns</div><div>Care instructions</div><div>Contact</div></footer>',
  };
}
