// Draws the toolbar icon (a calendar page with a check mark on a teal tile) at every size, as PNG,
// with no image library: a tiny signed-distance rasteriser and zlib.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const TEAL: Rgba = [14, 124, 102, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const RED: Rgba = [214, 69, 65, 255];

function roundedBox(x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number) {
  const dx = Math.abs(x - cx) - hw + r;
  const dy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - r;
}

function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number, w: number) {
  const px = x - ax,
    py = y - ay,
    vx = bx - ax,
    vy = by - ay;
  const t = Math.max(0, Math.min(1, (px * vx + py * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - vx * t, py - vy * t) - w;
}

// Layers in a unit square, painted in order; each returns a signed distance (negative = inside).
const layers: Array<[Rgba, (x: number, y: number) => number]> = [
  [TEAL, (x, y) => roundedBox(x, y, 0.5, 0.5, 0.48, 0.48, 0.18)],
  [WHITE, (x, y) => roundedBox(x, y, 0.5, 0.55, 0.3, 0.28, 0.06)],
  [RED, (x, y) => roundedBox(x, y, 0.5, 0.33, 0.3, 0.07, 0.04)],
  [TEAL, (x, y) => Math.min(segment(x, y, 0.34, 0.58, 0.45, 0.69, 0.045), segment(x, y, 0.45, 0.69, 0.67, 0.46, 0.045))],
];

function render(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      const x = (px + 0.5) / size,
        y = (py + 0.5) / size;
      for (const [color, sdf] of layers) {
        const cover = Math.max(0, Math.min(1, 0.5 - sdf(x, y) * size));
        const ca = (color[3] / 255) * cover;
        const outA = ca + (a / 255) * (1 - ca);
        if (outA > 0) {
          r = (color[0] * ca + r * (a / 255) * (1 - ca)) / outA;
          g = (color[1] * ca + g * (a / 255) * (1 - ca)) / outA;
          b = (color[2] * ca + b * (a / 255) * (1 - ca)) / outA;
        }
        a = outA * 255;
      }
      row.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a)], 1 + px * 4);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer) {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size: number, raw: Buffer) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, render(size));
