import { createContext } from '@lit/context';
import type { Framework } from '@sos-kit/core';

/** The framework in use, provided by a composite (e.g. sos-self-assessment) to its children. */
export const frameworkContext = createContext<Framework | undefined>(Symbol('sos-kit:framework'));
