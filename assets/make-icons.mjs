// Draws the add-in's icons at the sizes Office asks for (16, 32, 64, 80 px; 128 for stores)
// as PNG with no image library: two linked rings (coordination) on Excel green.
// Run: node assets/make-icons.mjs   (the PNGs are committed; rerun only to change the design)
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const GREEN = [16, 124, 65];
const WHITE = [255, 255, 255];
const LIGHT = [196, 236, 208];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1), each a test "is this point inside".
const roundedRect = (x, y, r) => {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const ring = (cx, cy, radius, width) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  return d <= radius + width / 2 && d >= radius - width / 2;
};

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const ss = 5; // supersampling per axis
  const stroke = Math.max(0.1, 1.6 / size); // rings stay at least ~1.6 px wide at 16 px
  const left = ring(0.39, 0.5, 0.2, stroke);
  const right = ring(0.61, 0.5, 0.2, stroke);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let a = 0;
      const acc = [0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (!roundedRect(x, y, 0.2)) continue;
          // The right ring passes over the left one above the middle, under it below: linked.
          let c = GREEN;
          const inL = left(x, y);
          const inR = right(x, y);
          if (inL && inR) c = y < 0.5 ? LIGHT : WHITE;
          else if (inL) c = WHITE;
          else if (inR) c = LIGHT;
          a++;
          acc[0] += c[0];
          acc[1] += c[1];
          acc[2] += c[2];
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(acc[0] / a);
        rgba[i + 1] = Math.round(acc[1] / a);
        rgba[i + 2] = Math.round(acc[2] / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return png(size, rgba);
}

for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(path.join(here, `icon-${size}.png`), draw(size));
}
console.log('icons written to', here);
