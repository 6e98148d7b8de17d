import { connected, watchConnection } from './connection-state';

/**
 * `<big-screen-freshness pattern="数据更新于 {0} 秒前" probe-url="…">`: the age of the
 * screen's data, ticking each second, and the screen's watchdog. The server sets
 * `lastUpdate` (epoch ms) with every snapshot, heartbeats included; the age counts from
 * when the browser received it, on the browser's own clock, so a display whose clock is
 * wrong still measures it right.
 *
 * The server also sets the watchdog's thresholds from its heartbeat interval:
 * `staleAfter` and `disconnectedAfter`, in seconds. When no snapshot has come for
 * `staleAfter`, or the connection has been down for `disconnectedAfter`, the page reloads
 * itself: the display's token is in the address, so the reload signs it in again and
 * shows fresh numbers. It reloads only once `probe-url` answers, since a reload while the
 * server is down would leave an error page with no script to try again. Until the
 * thresholds are set the watchdog waits. Sets `late` once the data is half-way to stale,
 * for the stylesheet.
 */
export class BigScreenFreshness extends HTMLElement {
  /** Seconds without a snapshot before the page reloads; set by the server. */
  staleAfter = Number.POSITIVE_INFINITY;

  /** Seconds of lost connection before the page reloads; set by the server. */
  disconnectedAfter = Number.POSITIVE_INFINITY;

  private receivedAt = performance.now();

  private updateValue = 0;

  private disconnectedSince?: number;

  private probing = false;

  private reloading = false;

  private timer?: number;

  private unwatch?: () => void;

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
    this.unwatch = watchConnection(() => this.noteConnection());
    this.noteConnection();
    this.timer = window.setInterval(() => this.tick(), 1000);
    this.render();
  }

  disconnectedCallback() {
    window.clearInterval(this.timer);
    this.unwatch?.();
    this.unwatch = undefined;
  }

  private noteConnection() {
    if (connected()) {
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

customElements.get('big-screen-freshness') || customElements.define('big-screen-freshness', BigScreenFreshness);
