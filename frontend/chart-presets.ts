import type { ApexOptions } from 'apexcharts';

/**
 * The looks of the wall screens' charts, one named preset each, for `<apex-chart preset>`.
 * The server sends only what differs from one chart to the next (categories, a label,
 * per-point colours); `<apex-chart>` merges that over the preset.
 *
 * Colours are never written here: a colour is `var(--screen-…)`, a custom property of the
 * theme (`themes/console/big-screen.css`), and `<apex-chart>` puts in its value when it
 * draws. ApexCharts computes shades and gradients from a colour, so it must be given the
 * value itself rather than a `var()`.
 *
 * Sizes are fixed pixels of the 1920×1080 canvas, which is scaled as one. ApexCharts
 * measures label text on screen, that is after scaling, so the y-axis labels get a minimum
 * width or they would be cut on a display smaller than the canvas.
 */

const GRID: ApexOptions['grid'] = { borderColor: 'var(--screen-grid)', strokeDashArray: 4 };

const LEGEND: ApexOptions['legend'] = {
  show: true,
  position: 'top',
  horizontalAlign: 'left',
  fontSize: '16px',
  labels: { colors: 'var(--screen-text-legend)' },
};

const CATEGORY_AXIS: ApexOptions['xaxis'] = {
  type: 'category',
  labels: { rotate: 0, style: { fontSize: '16px' } },
  axisBorder: { show: false },
  axisTicks: { show: false },
  tooltip: { enabled: false },
};

const VALUE_AXIS: ApexOptions['xaxis'] = {
  labels: { style: { fontSize: '14px' } },
  axisBorder: { show: false },
  axisTicks: { show: false },
};

/** What every screen chart shares: dark, transparent, no toolbar, the screen's font. */
function screenChart(chart: NonNullable<ApexOptions['chart']>, rest: ApexOptions): ApexOptions {
  return {
    chart: {
      background: 'transparent',
      foreColor: 'var(--screen-text-muted)',
      fontFamily: 'inherit',
      toolbar: { show: false },
      ...chart,
    },
    theme: { mode: 'dark' },
    ...rest,
  };
}

/** Drawn animated the first time; each update animates too, for 400 ms. */
const ANIMATED = { enabled: true, speed: 400, dynamicAnimation: { enabled: true, speed: 400 } };

// The visits' charts animate when they are first drawn, not at each update: a visit
// moves one point by one, too little to see move, and each animated frame is drawn
// again in full. Measured in headless Chromium without a GPU, one screen at two
// visits a second: 79 % of a core with a 150 ms transition at each update, 26 % with
// redraws held to one per redraw interval (BigScreenCharts.REDRAW_INTERVAL), 11 % with
// those redraws not animated, 7 % with the charts hidden.
const ANIMATED_ONCE = { enabled: true, speed: 400, dynamicAnimation: { enabled: false } };

const presets: Record<string, ApexOptions> = {
  /** 到站服务 by hour, an area under a smooth line (the stations' screen, beside the map). */
  'visits-by-hour': screenChart(
    { type: 'area', width: 680, height: 500, zoom: { enabled: false }, animations: ANIMATED_ONCE },
    {
      colors: ['var(--screen-accent)'],
      dataLabels: { enabled: false },
      stroke: { curve: 'smooth', width: 3 },
      fill: {
        type: 'gradient',
        gradient: { shadeIntensity: 1, opacityFrom: 0.6, opacityTo: 0.05, stops: [0, 100] },
      },
      grid: GRID,
      xaxis: { ...CATEGORY_AXIS, tickAmount: 12 },
      yaxis: { min: 0, forceNiceScale: true, labels: { minWidth: 56, style: { fontSize: '16px' } } },
      legend: { show: false },
      tooltip: { theme: 'dark' },
    },
  ),

  /** Today's 到站服务 by town, horizontal bars with their numbers (the stations' screen). */
  'visits-by-town': screenChart(
    { type: 'bar', width: 490, height: 500, zoom: { enabled: false }, animations: ANIMATED_ONCE },
    {
      colors: ['var(--screen-accent-warm)'],
      plotOptions: { bar: { horizontal: true, borderRadius: 4, barHeight: '62%', dataLabels: { position: 'top' } } },
      dataLabels: { enabled: true, offsetX: 36, style: { fontSize: '16px', colors: ['var(--screen-text)'] } },
      grid: GRID,
      xaxis: VALUE_AXIS,
      yaxis: { labels: { minWidth: 96, maxWidth: 160, style: { fontSize: '18px' } } },
      legend: { show: false },
      tooltip: { theme: 'dark' },
    },
  ),

  /** The city's 组织覆盖率 as a gauge; the server names it with `labels`. */
  'coverage-gauge': screenChart(
    { type: 'radialBar', width: 470, height: 236, animations: ANIMATED },
    {
      colors: ['var(--screen-accent)'],
      plotOptions: {
        radialBar: {
          startAngle: -135,
          endAngle: 135,
          hollow: { size: '60%' },
          track: { background: 'var(--screen-track)', strokeWidth: '100%' },
          dataLabels: {
            name: { show: true, fontSize: '20px', color: 'var(--screen-text-muted)', offsetY: 44 },
            value: { show: true, fontSize: '52px', fontWeight: 700, color: 'var(--screen-text-bright)', offsetY: -8 },
          },
        },
      },
      fill: {
        type: 'gradient',
        gradient: {
          shade: 'dark',
          type: 'horizontal',
          gradientToColors: ['var(--screen-signal-green)'],
          stops: [0, 100],
        },
      },
      stroke: { lineCap: 'round' },
    },
  ),

  /**
   * Each town's three rates; the 组织覆盖率 bars take their signal's colour and the target
   * marker from the server's points.
   */
  'coverage-towns': screenChart(
    { type: 'bar', width: 1250, height: 330, zoom: { enabled: false }, animations: ANIMATED },
    {
      colors: ['var(--screen-series-slate)', 'var(--screen-accent)', 'var(--screen-series-violet)'],
      plotOptions: { bar: { columnWidth: '72%', borderRadius: 3 } },
      dataLabels: { enabled: false },
      grid: GRID,
      xaxis: CATEGORY_AXIS,
      yaxis: { min: 0, max: 100, tickAmount: 5, labels: { minWidth: 48, style: { fontSize: '16px' } } },
      legend: LEGEND,
      tooltip: { theme: 'dark' },
    },
  ),

  /** Each town's yellow and red 防瘫预警, stacked horizontal bars. */
  'coverage-dormancy': screenChart(
    { type: 'bar', stacked: true, width: 500, height: 330, zoom: { enabled: false }, animations: ANIMATED },
    {
      colors: ['var(--screen-signal-yellow)', 'var(--screen-signal-red)'],
      plotOptions: { bar: { horizontal: true, barHeight: '62%', borderRadius: 3 } },
      dataLabels: { enabled: true, style: { fontSize: '14px', colors: ['var(--screen-text-on-signal)'] } },
      grid: GRID,
      xaxis: VALUE_AXIS,
      yaxis: { labels: { minWidth: 96, maxWidth: 140, style: { fontSize: '16px' } } },
      legend: LEGEND,
      tooltip: { theme: 'dark' },
    },
  ),

  /** The city's three rates by day. */
  'coverage-trend': screenChart(
    { type: 'line', width: 1000, height: 330, zoom: { enabled: false }, animations: ANIMATED },
    {
      colors: ['var(--screen-signal-green)', 'var(--screen-accent)', 'var(--screen-series-violet)'],
      stroke: { curve: 'straight', width: 4 },
      markers: { size: 5, strokeWidth: 0 },
      dataLabels: { enabled: false },
      grid: GRID,
      xaxis: CATEGORY_AXIS,
      yaxis: { decimalsInFloat: 1, forceNiceScale: true, labels: { minWidth: 48, style: { fontSize: '16px' } } },
      legend: LEGEND,
      tooltip: { theme: 'dark' },
    },
  ),

  /**
   * How many communities stand at each election stage; the server colours 另行选举 and the
   * completed by their points.
   */
  'election-funnel': screenChart(
    { type: 'bar', width: 1060, height: 540, zoom: { enabled: false }, animations: ANIMATED },
    {
      colors: ['var(--screen-accent)'],
      plotOptions: { bar: { horizontal: true, borderRadius: 4, barHeight: '64%', dataLabels: { position: 'top' } } },
      dataLabels: { enabled: true, offsetX: 36, style: { fontSize: '18px', colors: ['var(--screen-text)'] } },
      grid: GRID,
      xaxis: VALUE_AXIS,
      yaxis: { labels: { minWidth: 120, maxWidth: 180, style: { fontSize: '20px' } } },
      legend: { show: false },
      tooltip: { theme: 'dark' },
    },
  ),
};

/** The preset's options, a fresh copy to merge into; undefined for a name no preset has. */
export function chartPreset(name: string): ApexOptions | undefined {
  const preset = presets[name];
  return preset ? structuredClone(preset) : undefined;
}
