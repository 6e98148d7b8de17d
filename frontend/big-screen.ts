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
 * `<big-screen-connection live-label="…" lost-label="…" database-lost-label="…">`: a dot,
 * green while the page is connected to the server, red while Vaadin reconnects or has lost
 * the connection (its `window.Vaadin.connectionState`), and red with the database label
 * while the server sets `database="down"`: it cannot reach the database, so the numbers
 * stand still. Sets `state="live"` or `state="lost"` for the stylesheet.
 */
export class BigScreenConnection extends HTMLElement {
  static get observedAttributes() {
    return ['database'];
  }

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

  attributeChangedCallback() {
    if (this.isConnected) {
      this.show();
    }
  }

  private show() {
    const state = this.store?.state ?? 'connected';
    const connected = navigator.onLine && (state === 'connected' || state === 'loading');
    const databaseDown = this.getAttribute('database') === 'down';
    const live = connected && !databaseDown;
    this.setAttribute('state', live ? 'live' : 'lost');
    const label = live ? 'live-label' : connected ? 'database-lost-label' : 'lost-label';
    const text = this.getAttribute(label) ?? '';
    this.label.textContent = text;
    this.title = text;
  }
}

/**
 * `<big-screen-freshness pattern="数据更新于 {0} 秒前" probe-url="…">`: the age of the
 * screen's data, ticking each second, and the screen's watchdog. The server sets
 * `lastUpdate` (epoch ms) with every snapshot, heartbeats included (one every 15 s); the
 * age counts from when the browser received it, on the browser's own clock, so a display
 * whose clock is wrong still measures it right.
 *
 * When no snapshot has come for `staleAfter` seconds, or the connection has been down for
 * `disconnectedAfter` seconds, the page reloads itself: the display's token is in the
 * address, so the reload signs it in again and shows fresh numbers. It reloads only once
 * `probe-url` answers, since a reload while the server is down would leave an error page
 * with no script to try again. Sets `late` once the data is half-way to stale, for the
 * stylesheet.
 */
export class BigScreenFreshness extends HTMLElement {
  /** Seconds without a snapshot before the page reloads. */
  staleAfter = 60;

  /** Seconds of lost connection before the page reloads. */
  disconnectedAfter = 30;

  private receivedAt = performance.now();

  private updateValue = 0;

  private disconnectedSince?: number;

  private probing = false;

  private reloading = false;

  private timer?: number;

  private readonly connectionListener = () => this.noteConnection();

  private get store(): ConnectionStateStore | undefined {
    return (window as unknown as { Vaadin?: { connectionState?: ConnectionStateStore } }).Vaadin?.connectionState;
  }

  /** When the data on show was taken on the server (epoch ms); set with every snapshot. */
  get lastUpdate(): number {
    return this.updateValue;
  }

  set lastUpdate(value: number) {
    this.updateValue = value;
    this.receivedAt = performance.now();
    this.render();
  }

  /** Seconds since the last snapshot arrived. */
  get age(): number {
    return Math.floor((performance.now() - this.receivedAt) / 1000);
  }

  connectedCallback() {
    // Vaadin may set properties before this element is defined; they then hide the accessors.
    const self = this as unknown as Record<string, unknown>;
    for (const name of ['lastUpdate', 'staleAfter', 'disconnectedAfter']) {
      if (Object.prototype.hasOwnProperty.call(self, name)) {
        const value = self[name];
        delete self[name];
        self[name] = value;
      }
    }
    this.store?.addStateChangeListener(this.connectionListener);
    window.addEventListener('online', this.connectionListener);
    window.addEventListener('offline', this.connectionListener);
    this.noteConnection();
    this.timer = window.setInterval(() => this.tick(), 1000);
    this.render();
  }

  disconnectedCallback() {
    window.clearInterval(this.timer);
    this.store?.removeStateChangeListener(this.connectionListener);
    window.removeEventListener('online', this.connectionListener);
    window.removeEventListener('offline', this.connectionListener);
  }

  private noteConnection() {
    const state = this.store?.state ?? 'connected';
    const connected = navigator.onLine && (state === 'connected' || state === 'loading');
    if (connected) {
      this.disconnectedSince = undefined;
    } else if (this.disconnectedSince === undefined) {
      this.disconnectedSince = performance.now();
    }
  }

  private tick() {
    this.render();
    const now = performance.now();
    const stale = now - this.receivedAt >= this.staleAfter * 1000;
    const cutOff =
      this.disconnectedSince !== undefined && now - this.disconnectedSince >= this.disconnectedAfter * 1000;
    if (stale || cutOff) {
      this.recover();
    }
  }

  private render() {
    const age = this.age;
    this.textContent = (this.getAttribute('pattern') ?? '{0}').replace('{0}', String(age));
    this.toggleAttribute('late', age * 2 >= this.staleAfter);
  }

  private recover() {
    if (this.probing || this.reloading) {
      return;
    }
    const probeUrl = this.getAttribute('probe-url');
    if (!probeUrl) {
      this.reload();
      return;
    }
    this.probing = true;
    fetch(probeUrl, { cache: 'no-store', credentials: 'same-origin' })
      .then((response) => {
        if (response.ok) {
          this.reload();
        }
      })
      .catch(() => {
        // The server is still down; the next tick asks again.
      })
      .finally(() => {
        this.probing = false;
      });
  }

  private reload() {
    this.reloading = true;
    window.location.reload();
  }
}

/**
 * `<big-screen-rotation label="下一屏：两个覆盖" seconds-format="{0} 秒" seconds="20">`: the
 * big screen's playlist. Shows the next page's name and counts the seconds down; at zero
 * it fires `rotate`, and the server turns to the next page. Counts again from the start
 * if the page is still there (the server was away), so that it asks once more. Without
 * `seconds` (a pinned page) it stands still.
 */
export class BigScreenRotation extends HTMLElement {
  static get observedAttributes() {
    return ['seconds', 'label', 'seconds-format'];
  }

  private timer?: number;

  private left = 0;

  private readonly label = document.createElement('span');

  private readonly count = document.createElement('span');

  connectedCallback() {
    this.label.className = 'big-screen-rotation-label';
    this.count.className = 'big-screen-rotation-seconds';
    this.replaceChildren(this.label, this.count);
    this.restart();
  }

  disconnectedCallback() {
    window.clearInterval(this.timer);
    this.timer = undefined;
  }

  attributeChangedCallback(name: string) {
    if (!this.isConnected) {
      return;
    }
    if (name === 'seconds') {
      this.restart();
    } else {
      this.render();
    }
  }

  private get interval(): number {
    return Number.parseInt(this.getAttribute('seconds') ?? '', 10);
  }

  private restart() {
    window.clearInterval(this.timer);
    this.timer = undefined;
    const interval = this.interval;
    if (!(interval > 0)) {
      this.left = 0;
      this.render();
      return;
    }
    this.left = interval;
    this.render();
    this.timer = window.setInterval(() => this.tick(), 1000);
  }

  private tick() {
    this.left -= 1;
    if (this.left <= 0) {
      this.dispatchEvent(new CustomEvent('rotate'));
      this.left = this.interval > 0 ? this.interval : 0;
    }
    this.render();
  }

  private render() {
    this.label.textContent = this.getAttribute('label') ?? '';
    this.count.textContent =
      this.interval > 0 ? (this.getAttribute('seconds-format') ?? '{0}').replace('{0}', String(this.left)) : '';
  }
}

customElements.get('big-screen-stage') || customElements.define('big-screen-stage', BigScreenStage);
customElements.get('big-screen-clock') || customElements.define('big-screen-clock', BigScreenClock);
customElements.get('big-screen-connection') || customElements.define('big-screen-connection', BigScreenConnection);
customElements.get('big-screen-freshness') || customElements.define('big-screen-freshness', BigScreenFreshness);
customElements.get('big-screen-rotation') || customElements.define('big-screen-rotation', BigScreenRotation);
