import { css, html, LitElement, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';

/**
 * `<station-map>`: the region's outline and one dot per station, drawn as SVG, driven by the
 * server-side component `cn.pinghu.socialwork.shared.ui.StationMap`. No tiles, no map library:
 * positions are projected equirectangularly, longitudes shortened by the cosine of the middle
 * latitude, which is true enough for a county.
 *
 * `dots` is JSON text, `[[id, latitude, longitude, state, label], …]`; a dot's state (`OPEN`,
 * `SUSPENDED`, `CLOSED`) is its class and colour. Dots are keyed by id, so new data changes the
 * dots in place: a station suspended changes colour, and nothing is drawn again.
 *
 * The outline is the GeoJSON text `outline`, or, for a region whose division code has an outline
 * shipped with the console (`regionCode`), that one, loaded as a chunk of its own when first needed.
 *
 * `pulse(ids)` makes the dots of those stations pulse: one Web Animation per dot, on transform and
 * opacity, in eight steps, restarted rather than created again when the station is visited again
 * before it ends.
 * Each pulse counts up the dot's `data-pulses`. A click on a dot fires `station-click` with the
 * station's id in `detail.id`.
 */
@customElement('station-map')
export class StationMapElement extends LitElement {
  /** The dots as JSON: `[[id, latitude, longitude, state, label], …]`. */
  @property({ attribute: false })
  dots = '[]';

  /** The legend as JSON: `[[state, label], …]`, in order. */
  @property({ attribute: false })
  legend = '[]';

  /** The region's outline as GeoJSON text; empty for none. */
  @property({ attribute: false })
  outline = '';

  /** The region's division code: a shipped outline for it wins over `outline`. */
  @property({ attribute: false })
  regionCode = '';

  @state()
  private shippedOutline?: GeoJson;

  private readonly pulses = new Map<number, Animation>();

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      --station-map-open: var(--screen-signal-green, #22c55e);
      --station-map-suspended: var(--screen-signal-yellow, #fbbf24);
      --station-map-closed: var(--screen-signal-red, #ef4444);
    }
    svg {
      flex: 1;
      min-height: 0;
      width: 100%;
    }
    .outline {
      fill: var(--station-map-land, rgba(56, 189, 248, 0.08));
      stroke: var(--station-map-border, rgba(56, 189, 248, 0.7));
      stroke-width: 2;
      fill-rule: evenodd;
      vector-effect: non-scaling-stroke;
    }
    .dot {
      cursor: var(--station-map-cursor, default);
    }
    .dot .core {
      stroke: rgba(15, 23, 42, 0.85);
      stroke-width: 1.5;
      vector-effect: non-scaling-stroke;
    }
    .dot .ring {
      opacity: 0;
      transform-box: fill-box;
      transform-origin: center;
    }
    .OPEN {
      fill: var(--station-map-open);
    }
    .SUSPENDED {
      fill: var(--station-map-suspended);
    }
    .CLOSED {
      fill: var(--station-map-closed);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 20px;
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
      font-size: var(--station-map-legend-size, 18px);
      color: var(--screen-text-legend, inherit);
    }
    .swatch {
      display: inline-block;
      width: 0.7em;
      height: 0.7em;
      margin-right: 0.4em;
      border-radius: 50%;
      background: currentColor;
    }
    .legend .OPEN {
      color: var(--station-map-open);
    }
    .legend .SUSPENDED {
      color: var(--station-map-suspended);
    }
    .legend .CLOSED {
      color: var(--station-map-closed);
    }
    .legend span.label {
      color: var(--screen-text-legend, inherit);
    }
  `;

  /** Pulses the dots of these stations (ids as JSON text, or an array). */
  pulse(ids: string | number[]) {
    const list: number[] = typeof ids === 'string' ? JSON.parse(ids) : ids;
    for (const id of list) {
      const dot = this.renderRoot.querySelector<SVGGElement>(`.dot[data-station-id="${Number(id)}"]`);
      const ring = dot?.querySelector<SVGCircleElement>('.ring');
      if (!dot || !ring) {
        continue;
      }
      dot.dataset.pulses = String(Number(dot.dataset.pulses ?? 0) + 1);
      const running = this.pulses.get(id);
      if (running && (running.effect as KeyframeEffect | null)?.target === ring) {
        running.cancel();
        running.play();
        continue;
      }
      // In steps, not smoothly: each frame of an SVG animation repaints the map, which on a wall
      // display's software rendering doubled the screen's CPU at 2 visits/s; eight frames a
      // pulse cost little and still read as a ripple from across the room.
      const animation = ring.animate(PULSE, { duration: 1200, easing: 'steps(8, end)' });
      this.pulses.set(id, animation);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('regionCode')) {
      this.shippedOutline = undefined;
      const load = SHIPPED_OUTLINES[this.regionCode];
      if (load) {
        const code = this.regionCode;
        load().then((outline) => {
          if (this.regionCode === code) {
            this.shippedOutline = outline;
          }
        });
      }
    }
  }

  protected override render() {
    const dots = parse<Dot[]>(this.dots, []);
    const outline = this.shippedOutline ?? (SHIPPED_OUTLINES[this.regionCode] ? undefined : parse(this.outline, undefined));
    const rings = outline ? ringsOf(outline) : [];
    const projection = project(rings, dots);
    const legend = parse<[string, string][]>(this.legend, []);
    const counts = new Map<string, number>();
    dots.forEach((dot) => counts.set(dot[3], (counts.get(dot[3]) ?? 0) + 1));
    return html`
      <svg viewBox="0 0 ${projection.width} ${projection.height}" preserveAspectRatio="xMidYMid meet" role="img">
        ${rings.length
          ? svg`<path class="outline" d=${rings.map((ring) => path(ring, projection)).join('')}></path>`
          : ''}
        ${repeat(
          dots,
          (dot) => dot[0],
          (dot) => {
            const [x, y] = projection.point(dot[2], dot[1]);
            return svg`<g class="dot ${dot[3]}" data-station-id=${dot[0]} transform="translate(${x} ${y})"
                @click=${() => this.clicked(dot[0])}>
              <circle class="ring" r=${projection.radius}></circle>
              <circle class="core" r=${projection.radius}><title>${dot[4]}</title></circle>
            </g>`;
          },
        )}
      </svg>
      <ul class="legend">
        ${legend.map(
          ([state, label]) =>
            html`<li class=${state}><span class="swatch"></span><span class="label">${label} ${counts.get(state) ?? 0}</span></li>`,
        )}
      </ul>
    `;
  }

  private clicked(id: number) {
    this.dispatchEvent(new CustomEvent('station-click', { detail: { id }, bubbles: true, composed: true }));
  }
}

/** `[id, latitude, longitude, state, label]` */
type Dot = [number, number, number, string, string];

type Position = [number, number];

type GeoJson = { type: string; [key: string]: unknown };

const PULSE: Keyframe[] = [
  { transform: 'scale(1)', opacity: 0.9 },
  { transform: 'scale(4)', opacity: 0 },
];

/** Outlines shipped with the console, by division code: each a chunk loaded when first drawn. */
const SHIPPED_OUTLINES: Record<string, () => Promise<GeoJson>> = {
  '330482': () => import('./map/pinghu-outline').then((module) => module.default as GeoJson),
};

/** The drawing's width in its own units; the height follows the region's shape. */
const WIDTH = 1000;

function parse<T>(json: string, fallback: T): T {
  try {
    return json ? JSON.parse(json) : fallback;
  } catch {
    console.error('station-map: not JSON', json.slice(0, 80));
    return fallback;
  }
}

/** Every ring of the polygons in a GeoJSON geometry, feature or collection. */
function ringsOf(node: GeoJson): Position[][] {
  switch (node.type) {
    case 'FeatureCollection':
      return ((node.features as GeoJson[]) ?? []).flatMap(ringsOf);
    case 'Feature':
      return node.geometry ? ringsOf(node.geometry as GeoJson) : [];
    case 'GeometryCollection':
      return ((node.geometries as GeoJson[]) ?? []).flatMap(ringsOf);
    case 'Polygon':
      return node.coordinates as Position[][];
    case 'MultiPolygon':
      return (node.coordinates as Position[][][]).flat();
    default:
      return [];
  }
}

interface Projection {
  width: number;
  height: number;
  radius: number;
  point(longitude: number, latitude: number): [number, number];
}

/** Fits the outline and the dots into the drawing, with a margin. */
function project(rings: Position[][], dots: Dot[]): Projection {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  const extend = (lon: number, lat: number) => {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  };
  rings.forEach((ring) => ring.forEach(([lon, lat]) => extend(lon, lat)));
  dots.forEach((dot) => extend(dot[2], dot[1]));
  if (minLon === Infinity) {
    return { width: WIDTH, height: WIDTH, radius: 9, point: () => [WIDTH / 2, WIDTH / 2] };
  }
  const shrink = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * shrink, 1e-3);
  const spanY = Math.max(maxLat - minLat, 1e-3);
  const margin = 0.04 * WIDTH;
  const scale = (WIDTH - 2 * margin) / spanX;
  const height = Math.round(spanY * scale + 2 * margin);
  return {
    width: WIDTH,
    height,
    radius: 9,
    point: (lon, lat) => [
      Math.round((margin + (lon - minLon) * shrink * scale) * 10) / 10,
      Math.round((margin + (maxLat - lat) * scale) * 10) / 10,
    ],
  };
}

function path(ring: Position[], projection: Projection): string {
  return (
    ring
      .map(([lon, lat], i) => {
        const [x, y] = projection.point(lon, lat);
        return `${i === 0 ? 'M' : 'L'}${x} ${y}`;
      })
      .join('') + 'Z'
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'station-map': StationMapElement;
  }
}
