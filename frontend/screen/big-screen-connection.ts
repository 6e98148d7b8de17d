import { connected, watchConnection } from './connection-state';

/**
 * `<big-screen-connection live-label="…" lost-label="…" database-lost-label="…">`: a dot,
 * green while the page is connected to the server, red while Vaadin reconnects or has lost
 * the connection, and red with the database label while the server sets `database="down"`:
 * it cannot reach the database, so the numbers stand still. Sets `state="live"` or
 * `state="lost"` for the stylesheet.
 */
export class BigScreenConnection extends HTMLElement {
  static get observedAttributes() {
    return ['database'];
  }

  private readonly label = document.createElement('span');

  private unwatch?: () => void;

  connectedCallback() {
    const dot = document.createElement('span');
    dot.className = 'big-screen-connection-dot';
    this.label.className = 'big-screen-connection-label';
    this.replaceChildren(dot, this.label);
    this.unwatch = watchConnection(() => this.show());
    this.show();
  }

  disconnectedCallback() {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  attributeChangedCallback() {
    if (this.isConnected) {
      this.show();
    }
  }

  private show() {
    const online = connected();
    const databaseDown = this.getAttribute('database') === 'down';
    const live = online && !databaseDown;
    this.setAttribute('state', live ? 'live' : 'lost');
    const label = live ? 'live-label' : online ? 'database-lost-label' : 'lost-label';
    const text = this.getAttribute(label) ?? '';
    this.label.textContent = text;
    this.title = text;
  }
}

customElements.get('big-screen-connection') || customElements.define('big-screen-connection', BigScreenConnection);
