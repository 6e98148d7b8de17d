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

customElements.get('big-screen-stage') || customElements.define('big-screen-stage', BigScreenStage);
