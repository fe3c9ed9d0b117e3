import { css } from 'lit';

/**
 * Priority words ("high", "medium", "low") in their theme colours, the same in every element
 * that shows a gap's priority (the word is always written; the colour only adds to it).
 */
export const priorityStyles = css`
  .priority.high {
    color: var(--sos-color-priority-high, #a4000f);
  }
  .priority.medium {
    color: var(--sos-color-priority-medium, #7a4a00);
  }
  .priority.low {
    color: var(--sos-color-priority-low, #3d4a59);
  }
`;
