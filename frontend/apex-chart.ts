import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import ApexCharts from 'apexcharts';

/**
 * `<apex-chart>`: one ApexCharts chart, driven by the server-side component
 * `cn.pinghu.socialwork.shared.ui.ApexChart`.
 *
 * `options` and `series` are JSON text set as properties by the server. The chart is
 * created once, when the element is in the page and has options; later changes go through
 * `updateOptions` / `updateSeries`, so the chart animates to new data instead of being
 * drawn again. A detached element destroys its chart (ApexCharts keeps window listeners)
 * and draws it again, from the latest properties, when it is attached again.
 *
 * Light DOM: ApexCharts puts its stylesheet into the document, which a shadow root would
 * keep out.
 */
@customElement('apex-chart')
export class ApexChartElement extends LitElement {
  /** ApexCharts options as JSON, without `series`. */
  @property({ attribute: false })
  options = '';

  /** ApexCharts series as JSON: an array of series, or of numbers for radial bar, pie and donut. */
  @property({ attribute: false })
  series = '[]';

  private chart?: ApexCharts;

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
    this.chart?.destroy();
    this.chart = undefined;
  }

  protected override updated(changed: PropertyValues<this>) {
    const chart = this.chart;
    if (!chart) {
      this.createChart();
      return;
    }
    const options = changed.has('options') ? parse(this.options) : undefined;
    const series = changed.has('series') ? parse(this.series) : undefined;
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
    }).catch((error) => console.error('apex-chart: update failed', error));
  }

  private createChart() {
    const canvas = this.querySelector<HTMLElement>('.apex-chart-canvas');
    if (this.chart || !this.isConnected || !canvas || !this.options) {
      return;
    }
    const chart = new ApexCharts(canvas, { ...parse(this.options), series: parse(this.series) });
    this.chart = chart;
    this.ready = chart.render().catch((error) => console.error('apex-chart: render failed', error));
  }
}

function parse(json: string) {
  return json ? JSON.parse(json) : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'apex-chart': ApexChartElement;
  }
}
