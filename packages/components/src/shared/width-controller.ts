import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width of an element's box, known before its first render and kept current: the element
 * measures itself once it is connected and about to draw (so it draws once, at the right size),
 * then a ResizeObserver reports real changes. A change re-renders the host on the next frame:
 * a host that changed its own size inside the observer's callback would loop.
 */
export class WidthController implements ReactiveController {
  /** The content width in CSS pixels, 0 while unknown (not connected, hidden, not laid out). */
  width = 0;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer: ResizeObserver | undefined;
  private frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      // Changes of a few pixels (a scrollbar appearing) are not worth a redraw.
      if (width > 0 && Math.abs(width - this.width) > 4) {
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => {
          this.width = width;
          this.host.requestUpdate();
        });
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  hostUpdate(): void {
    if (this.width === 0 && this.host.isConnected) this.width = Math.round(this.host.getBoundingClientRect().width);
  }
}
