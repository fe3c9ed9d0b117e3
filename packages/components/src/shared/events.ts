import type { Assessment, GapRow } from '@sos-kit/core';

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

/** Fired when the user activates a row of a gap table (its item name). */
export class SosRowActivateEvent extends Event {
  static readonly type = 'sos-row-activate';
  /** The gap row, as produced by @sos-kit/core. */
  readonly row: GapRow;

  constructor(row: GapRow) {
    super(SosRowActivateEvent.type, { bubbles: true, composed: true });
    this.row = row;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sos-row-activate': SosRowActivateEvent;
  }
}
