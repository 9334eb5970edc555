#!/usr/bin/env node
// Draws the add-in's icons (16, 32, 64, 80, 128 px) as PNGs into assets/, with Node's zlib only.
// A teal rounded square with three white bars stepping down: allowances against a falling benchmark.
// Run once after changing the design: `node scripts/make-icons.js`; the PNGs are committed.
const { deflateSync } = require('node:zlib');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const TEAL = [0, 120, 112];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(x, y, size) {
  const u = x / size;
  const v = y / size;
  const r = 0.18;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const bars = [[0.2, 0.36, 0.25], [0.42, 0.58, 0.4], [0.64, 0.8, 0.55]];
  const inBar = bars.some(([x0, x1, top]) => u >= x0 && u < x1 && v >= top && v < 0.8);
  return [...(inBar ? WHITE : TEAL), 255];
}

for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(join(__dirname, '..', 'assets', `icon-${size}.png`), png(size, icon));
}
console.log('icons written to assets/');
