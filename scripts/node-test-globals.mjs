// Spec files use mocha-style globals so the very same files run under @web/test-runner (mocha,
// in Chromium) and under Node's own test runner. This maps the globals onto node:test.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';

Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });
