// The icon browsers ask for on their own: served (ICO with a PNG inside, and
// SVG), cached for a year, and no longer logged as a refused request.
import { Writable } from 'node:stream';
import { inflateSync } from 'node:zlib';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './fixtures';

let t: TestApp;
afterEach(async () => {
  await t.cleanup();
});

/** A logger at info whose lines land in `lines`. */
function capturingLogger() {
  const lines: Array<{ msg: string; path?: string }> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), lines };
}

describe('GET /favicon.ico and /favicon.svg', () => {
  it('serve a 32×32 icon and the SVG mark, cached for a year, logged as nothing', async () => {
    const { log, lines } = capturingLogger();
    t = await makeTestApp({}, { log });
    const ico = await t.app.request('/favicon.ico');
    expect(ico.status).toBe(200);
    expect(ico.headers.get('content-type')).toBe('image/x-icon');
    expect(ico.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await ico.arrayBuffer());
    // ICONDIR: reserved 0, type 1 (icon), one image of 32×32 at 32 bits, stored from byte 22.
    expect([...bytes.subarray(0, 8)]).toEqual([0, 0, 1, 0, 1, 0, 32, 32]);
    expect(bytes.readUInt32LE(14)).toBe(bytes.length - 22);
    const png = bytes.subarray(22);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(32); // IHDR width
    // The image data inflates to 32 rows of 1 + 32×4 bytes: corners transparent, middle white.
    const idatLength = png.readUInt32BE(33);
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    expect(rows.length).toBe(32 * 129);
    const alpha = (x: number, y: number) => rows[y * 129 + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect([...rows.subarray(15 * 129 + 1 + 16 * 4, 15 * 129 + 1 + 16 * 4 + 4)]).toEqual([
      255, 255, 255, 255,
    ]);

    const svg = await t.app.request('/favicon.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(lines.filter((line) => line.msg === 'request refused')).toEqual([]);
  });
});
