import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import ApexCharts, { type ApexOptions } from 'apexcharts';
import { chartPreset } from './chart-presets';

/**
 * `<apex-chart>`: one ApexCharts chart, driven by the server-side component
 * `cn.pinghu.socialwork.shared.ui.ApexChart`.
 *
 * `options` and `series` are JSON text set as properties by the server. `preset` names a
 * look from `chart-presets.ts`; the chart's options are that preset with `options` merged
 * over it (objects key by key, anything else replaced), so the server sends only what
 * differs from one chart to the next. A colour given as `var(--name)`, in the options, the
 * preset or the series, is drawn in the value that the custom property has for this element
 * when the chart draws: ApexCharts computes shades and gradients from it, which a `var()`
 * would defeat.
 *
 * The chart is created once, when the element is in the page and has options or a preset;
 * later changes go through `updateOptions` / `updateSeries`, so the chart animates to new
 * data instead of being drawn again. A detached element destroys its chart (ApexCharts keeps window listeners)
 * and draws it again, from the latest properties, when it is attached again.
 *
 * `redrawInterval` (ms, 0 by default) is the shortest time between two redraws: changes
 * that come sooner wait, merged, and the chart then draws the latest of them once. Each
 * redraw rebuilds the chart's SVG and animates it, which costs a wall display's browser
 * far more than the rest of an update. After each redraw the element fires `chart-drawn`.
 *
 * Light DOM: ApexCharts puts its stylesheet into the document, which a shadow root would
 * keep out.
 */
@customElement('apex-chart')
export class ApexChartElement extends LitElement {
  /** ApexCharts options as JSON, without `series`: merged over the preset, if any. */
  @property({ attribute: false })
  options = '';

  /** The name of a preset in `chart-presets.ts`, or empty for none. */
  @property({ attribute: false })
  preset = '';

  /** ApexCharts series as JSON: an array of series, or of numbers for radial bar, pie and donut. */
  @property({ attribute: false })
  series = '[]';

  /** The shortest time between two redraws, in milliseconds; 0 redraws at every change. */
  @property({ type: Number, attribute: false })
  redrawInterval = 0;

  private chart?: ApexCharts;

  /** Changes not drawn yet: they wait for the redraw interval to pass. */
  private optionsChanged = false;

  private seriesChanged = false;

  private lastRedraw = Number.NEGATIVE_INFINITY;

  private redrawTimer?: number;

  /** Settles when the chart has drawn and the updates so far are applied; the next update waits for it. */
  private ready: Promise<void> = Promise.resolve();

  protected override createRenderRoot() {
    return this;
  }

  protected override render() {
    // Rendered once; ApexCharts owns what goes inside.
    return html`<div class="apex-chart-canvas"></div>`;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.createChart();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.clearTimeout(this.redrawTimer);
    this.redrawTimer = undefined;
    // A chart drawn again on attach shows the latest properties: nothing is left waiting.
    this.optionsChanged = false;
    this.seriesChanged = false;
    this.chart?.destroy();
    this.chart = undefined;
  }

  protected override updated(changed: PropertyValues<this>) {
    if (!this.chart) {
      this.createChart();
      return;
    }
    this.optionsChanged ||= changed.has('options') || changed.has('preset');
    this.seriesChanged ||= changed.has('series');
    if ((this.optionsChanged || this.seriesChanged) && this.redrawTimer === undefined) {
      const wait = this.lastRedraw + this.redrawInterval - performance.now();
      if (wait > 0) {
        this.redrawTimer = window.setTimeout(() => {
          this.redrawTimer = undefined;
          this.redraw();
        }, wait);
      } else {
        this.redraw();
      }
    }
  }

  /** Draws the changes that wait, from the latest properties. */
  private redraw() {
    const chart = this.chart;
    if (!chart) {
      return;
    }
    this.lastRedraw = performance.now();
    const options = this.optionsChanged ? this.chartOptions() : undefined;
    const series = this.seriesChanged ? this.chartSeries() : undefined;
    this.optionsChanged = false;
    this.seriesChanged = false;
    this.ready = this.ready.then(async () => {
      if (this.chart !== chart) {
        return;
      }
      if (options) {
        await chart.updateOptions(options, false, true);
      }
      if (series) {
        await chart.updateSeries(series, true);
      }
      this.dispatchEvent(new CustomEvent('chart-drawn'));
    }).catch((error) => console.error('apex-chart: update failed', error));
  }

  private createChart() {
    const canvas = this.querySelector<HTMLElement>('.apex-chart-canvas');
    if (this.chart || !this.isConnected || !canvas || !(this.options || this.preset)) {
      return;
    }
    const chart = new ApexCharts(canvas, { ...this.chartOptions(), series: this.chartSeries() });
    this.chart = chart;
    this.lastRedraw = performance.now();
    this.ready = chart
      .render()
      .then(() => {
        this.dispatchEvent(new CustomEvent('chart-drawn'));
      })
      .catch((error) => console.error('apex-chart: render failed', error));
  }

  /** The preset with the options merged over it, its colours resolved. */
  private chartOptions(): ApexOptions {
    const preset = this.preset ? chartPreset(this.preset) : undefined;
    if (this.preset && !preset) {
      console.error(`apex-chart: no preset named '${this.preset}'`);
    }
    const options = merge({ ...preset }, parse(this.options) ?? {});
    return asText(this.resolveColors(options as ApexOptions));
  }

  private chartSeries() {
    return this.series.includes('var(--') ? this.resolveColors(parse(this.series)) : parse(this.series);
  }

  /** The value with each `var(--name)` string replaced by the custom property's value here. */
  private resolveColors<T>(value: T): T {
    const style = getComputedStyle(this);
    const resolve = (item: unknown): unknown => {
      if (typeof item === 'string') {
        const name = CSS_VARIABLE.exec(item)?.[1];
        if (!name) {
          return item;
        }
        const resolved = style.getPropertyValue(name).trim();
        if (!resolved) {
          console.error(`apex-chart: the custom property ${name} has no value`);
        }
        return resolved || item;
      }
      if (Array.isArray(item)) {
        return item.map(resolve);
      }
      if (isObject(item)) {
        return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, resolve(inner)]));
      }
      return item;
    };
    return resolve(value) as T;
  }
}

const CSS_VARIABLE = /^var\((--[\w-]+)\)$/;

/** The text with the characters that HTML reads as markup written as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The options with every name that ApexCharts writes as HTML escaped first: the tooltip's
 * title (a category, such as a town's name), the series' names in the tooltip, and the
 * legend's entries. ApexCharts writes those with `innerHTML`, so a town named
 * `<img src=x onerror=…>` would otherwise run in every screen that charts it. The axes,
 * data labels and titles are SVG text, which is never read as markup.
 */
function asText(options: ApexOptions): ApexOptions {
  const tooltip = options.tooltip ?? {};
  const titled = (y: ApexTooltipY = {}): ApexTooltipY => ({
    ...y,
    title: { formatter: (name: string) => (name ? `${escapeHtml(String(name))}: ` : '') },
  });
  return {
    ...options,
    tooltip: {
      ...tooltip,
      x: { ...tooltip.x, formatter: (value: number) => escapeHtml(String(value ?? '')) },
      y: Array.isArray(tooltip.y) ? tooltip.y.map(titled) : titled(tooltip.y),
    },
    legend: { ...options.legend, formatter: (name: string) => escapeHtml(String(name ?? '')) },
  };
}

function parse(json: string) {
  return json ? JSON.parse(json) : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `over` merged into `base`, which it changes: objects key by key, anything else replaced. */
function merge(base: Record<string, unknown>, over: Record<string, unknown>) {
  for (const [key, value] of Object.entries(over)) {
    const current = base[key];
    base[key] = isObject(current) && isObject(value) ? merge(current, value) : value;
  }
  return base;
}

declare global {
  interface HTMLElementTagNameMap {
    'apex-chart': ApexChartElement;
  }
}
