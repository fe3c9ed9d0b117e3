// loadTrustedBuiltInFramework skips validation so a rating page need not download zod. That is
// only right while the shipped data is exactly what validation returns: these specs hold it there.
import { expect } from 'chai';
import { BUILT_IN_FRAMEWORKS, builtInLevelsOf, loadBuiltInFramework, loadTrustedBuiltInFramework } from '../src/index.js';

describe('loadTrustedBuiltInFramework', () => {
  for (const { id, levels } of BUILT_IN_FRAMEWORKS) {
    for (const level of levels) {
      for (const lang of ['en', 'es'] as const) {
        it(`gives exactly the validated document for ${id}, ${level}, ${lang}`, async () => {
          const trusted = await loadTrustedBuiltInFramework(id, level, lang);
          expect(trusted).to.deep.equal(await loadBuiltInFramework(id, { level, lang }));
        });
      }
    }
  }

  it('returns a fresh copy each time, so a caller changing it affects no one else', async () => {
    const first = (await loadTrustedBuiltInFramework('ca-sos-conditions-capacities', 'district'))!;
    first.levels.length = 0;
    const second = (await loadTrustedBuiltInFramework('ca-sos-conditions-capacities', 'district'))!;
    expect(second.levels).to.have.length(1);
  });

  it('gives nothing for a framework or level that is not built in (those must be validated)', async () => {
    expect(await loadTrustedBuiltInFramework('my-framework', 'district')).to.equal(undefined);
    expect(await loadTrustedBuiltInFramework('ca-sos-effective-support-principles', 'school')).to.equal(undefined);
    expect(await loadTrustedBuiltInFramework('__proto__', 'district')).to.equal(undefined);
    expect(await loadTrustedBuiltInFramework('ca-sos-conditions-capacities', 'toString' as 'district')).to.equal(undefined);
  });
});

describe('builtInLevelsOf', () => {
  it('lists the levels each built-in framework has, the same as BUILT_IN_FRAMEWORKS', () => {
    for (const { id, levels } of BUILT_IN_FRAMEWORKS) expect(builtInLevelsOf(id)).to.have.members([...levels]);
    expect(builtInLevelsOf('my-framework')).to.equal(undefined);
    expect(builtInLevelsOf('__proto__')).to.equal(undefined);
  });
});
