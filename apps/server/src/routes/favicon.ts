// GET /favicon.ico and /favicon.svg: koe's mark, a white speech bubble (声,
// "voice") on the dashboard's indigo. Browsers ask for /favicon.ico on their
// own for every page koe serves; without it each ask was a 404 logged as
// "request refused". The SVG is for pages that link it; the ICO holds a
// 32×32 PNG, drawn here from the same shapes when the module loads (no
// binary file to keep in step). Both are cached for a year.
import { crc32, deflateSync } from 'node:zlib';
import { Hono } from 'hono';
import type { AppEnv } from '../context';

const INDIGO = [0x4f, 0x46, 0xe5] as const;
const SIZE = 32;

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#4f46e5"/><ellipse cx="16" cy="15" rx="10" ry="8" fill="#fff"/><path d="M9.5 20 8 26.5l6-4z" fill="#fff"/></svg>`;

/** Whether (x, y) lies in the rounded square, and in the bubble (ellipse and tail). */
function inSquare(x: number, y: number): boolean {
  const r = 7;
  const dx = Math.max(r - x, 0, x - (SIZE - r));
  const dy = Math.max(r - y, 0, y - (SIZE - r));
  return dx * dx + dy * dy <= r * r;
}

function inBubble(x: number, y: number): boolean {
  const ex = (x - 16) / 10;
  const ey = (y - 15) / 8;
  if (ex * ex + ey * ey <= 1) return true;
  // The tail: the triangle (9.5, 20) (8, 26.5) (14, 22.5), by the sign of each edge.
  const side = (ax: number, ay: number, bx: number, by: number) =>
    (bx - ax) * (y - ay) - (by - ay) * (x - ax);
  const s1 = side(9.5, 20, 8, 26.5);
  const s2 = side(8, 26.5, 14, 22.5);
  const s3 = side(14, 22.5, 9.5, 20);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

/** RGBA rows of the mark, each pixel the average of 4×4 samples (smooth edges). */
function pixels(): Buffer {
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1)); // each row starts with filter byte 0
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let square = 0;
      let white = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const x = px + (sx + 0.5) / 4;
          const y = py + (sy + 0.5) / 4;
          if (inSquare(x, y)) {
            square++;
            if (inBubble(x, y)) white++;
          }
        }
      }
      const at = py * (SIZE * 4 + 1) + 1 + px * 4;
      const mix = square ? white / square : 0;
      for (let c = 0; c < 3; c++)
        rows[at + c] = Math.round((INDIGO[c] as number) * (1 - mix) + 255 * mix);
      rows[at + 3] = Math.round((square / 16) * 255);
    }
  }
  return rows;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO file with one 32×32 image stored as PNG (supported by every current browser). */
export function faviconIco(): Buffer {
  const image = png();
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.set([SIZE, SIZE, 0, 0], 6); // width, height, no palette, reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18); // the image follows this header
  return Buffer.concat([header, image]);
}

const CACHE = 'public, max-age=31536000, immutable';

export function faviconRoutes() {
  const app = new Hono<AppEnv>();
  const ico = faviconIco();
  app.get('/favicon.ico', function getFaviconIco(c) {
    return c.body(new Uint8Array(ico), 200, {
      'content-type': 'image/x-icon',
      'cache-control': CACHE,
    });
  });
  app.get('/favicon.svg', function getFaviconSvg(c) {
    return c.body(FAVICON_SVG, 200, {
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': CACHE,
    });
  });
  return app;
}
