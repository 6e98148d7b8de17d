/**
 * The browser side of the big screen (`cn.pinghu.socialwork.dashboard.ui.BigScreenView`):
 * plain custom elements, since the stage holds children that the server manages.
 */

const CANVAS_WIDTH = 1920;
const CANVAS_HEIGHT = 1080;

/**
 * `<big-screen-stage>`: fills the window and sets `--big-screen-scale`, the factor that
 * fits a 1920×1080 canvas into the window without changing its proportions (the
 * stylesheet applies it). A script, because CSS cannot yet divide a length by a length.
 */
export class BigScreenStage extends HTMLElement {
  private readonly fit = () => {
    const scale = Math.min(window.innerWidth / CANVAS_WIDTH, window.innerHeight / CANVAS_HEIGHT);
    this.style.setProperty('--big-screen-scale', String(scale));
  };

  connectedCallback() {
    window.addEventListener('resize', this.fit);
    this.fit();
  }

  disconnectedCallback() {
    window.removeEventListener('resize', this.fit);
  }
}

/**
 * `<big-screen-clock time-zone="Asia/Shanghai" lang="zh-CN">`: the date and a ticking
 * time, in the console's zone whatever the display's own zone is.
 */
export class BigScreenClock extends HTMLElement {
  private timer?: number;

  private readonly date = document.createElement('span');

  private readonly time = document.createElement('span');

  connectedCallback() {
    this.date.className = 'big-screen-clock-date';
    this.time.className = 'big-screen-clock-time';
    this.replaceChildren(this.date, this.time);
    this.tick();
  }

  disconnectedCallback() {
    window.clearTimeout(this.timer);
  }

  private tick() {
    const now = new Date();
    const locale = this.getAttribute('lang') || undefined;
    const timeZone = this.getAttribute('time-zone') || undefined;
    this.date.textContent = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'long',
    }).format(now);
    this.time.textContent = new Intl.DateTimeFormat(locale, {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).format(now);
    // Just after the next full second, so the seconds never skip.
    this.timer = window.setTimeout(() => this.tick(), 1000 - (now.getTime() % 1000) + 20);
  }
}

interface ConnectionStateStore {
  state: string;
  addStateChangeListener(listener: (previous: string, next: string) => void): void;
  removeStateChangeListener(listener: (previous: string, next: string) => void): void;
}

/**
 * `<big-screen-connection live-label="…" lost-label="…">`: a dot, green while the page is
 * connected to the server, red while Vaadin reconnects or has lost the connection (its
 * `window.Vaadin.connectionState`). Sets `state="live"` or `state="lost"` for the
 * stylesheet.
 */
export class BigScreenConnection extends HTMLElement {
  private readonly label = document.createElement('span');

  private readonly listener = () => this.show();

  private get store(): ConnectionStateStore | undefined {
    return (window as unknown as { Vaadin?: { connectionState?: ConnectionStateStore } }).Vaadin?.connectionState;
  }

  connectedCallback() {
    const dot = document.createElement('span');
    dot.className = 'big-screen-connection-dot';
    this.label.className = 'big-screen-connection-label';
    this.replaceChildren(dot, this.label);
    this.store?.addStateChangeListener(this.listener);
    window.addEventListener('online', this.listener);
    window.addEventListener('offline', this.listener);
    this.show();
  }

  disconnectedCallback() {
    this.store?.removeStateChangeListener(this.listener);
    window.removeEventListener('online', this.listener);
    window.removeEventListener('offline', this.listener);
  }

  private show() {
    const state = this.store?.state ?? 'connected';
    const live = navigator.onLine && (state === 'connected' || state === 'loading');
    this.setAttribute('state', live ? 'live' : 'lost');
    const text = this.getAttribute(live ? 'live-label' : 'lost-label') ?? '';
    this.label.textContent = text;
    this.title = text;
  }
}

customElements.get('big-screen-stage') || customElements.define('big-screen-stage', BigScreenStage);
customElements.get('big-screen-clock') || customElements.define('big-screen-clock', BigScreenClock);
customElements.get('big-screen-connection') || customElements.define('big-screen-connection', BigScreenConnection);
