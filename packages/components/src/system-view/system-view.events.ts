import type { AggregateResult } from '@sos-kit/core';

/**
 * Fired when the user opens an organization of a system view (its name, or Enter on any of its
 * cells): drill into its team results with `aggregate`. Cancelable: the default action shows the
 * organization's trends under the table.
 */
export class SosOrganizationActivateEvent extends Event {
  static readonly type = 'sos-organization-activate';
  /** The organization's key in the rollup (its id or name). */
  readonly organization: string;
  /** The name shown for it. */
  readonly name: string;
  /** The school year shown when it was opened ('' for a rollup without years). */
  readonly schoolYear: string;
  /** Its aggregate for that school year, as produced by @sos-kit/core. */
  readonly aggregate: AggregateResult;
  /** The condition, role, element or capacity id of the cell it was opened from, if any. */
  readonly column: string | undefined;

  constructor(detail: { organization: string; name: string; schoolYear: string; aggregate: AggregateResult; column?: string }) {
    super(SosOrganizationActivateEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.organization = detail.organization;
    this.name = detail.name;
    this.schoolYear = detail.schoolYear;
    this.aggregate = detail.aggregate;
    this.column = detail.column;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sos-organization-activate': SosOrganizationActivateEvent;
  }
}
