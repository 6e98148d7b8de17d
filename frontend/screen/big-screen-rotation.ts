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

customElements.get('big-screen-rotation') || customElements.define('big-screen-rotation', BigScreenRotation);
