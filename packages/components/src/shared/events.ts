import type { Assessment } from '@sos-kit/core';

/** Fired when a user action answers the last unanswered item of a rubric. */
export class SosCompleteEvent extends Event {
  static readonly type = 'sos-complete';
  /** The completed assessment (a copy). */
  readonly assessment: Assessment;

  constructor(assessment: Assessment) {
    super(SosCompleteEvent.type, { bubbles: true, composed: true });
    this.assessment = assessment;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sos-complete': SosCompleteEvent;
  }
}
