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

customElements.get('big-screen-clock') || customElements.define('big-screen-clock', BigScreenClock);
