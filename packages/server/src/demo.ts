/**
 * `--demo`: a county with one district collection that has data — four district team members'
 * self ratings and the county office's partner rating — plus an open collection per level for
 * the demo page's widget. Seeded once; its links and keys are kept in the database (demo only:
 * a real deployment never stores secrets in clear) so a restart serves the same URLs.
 */
import { createAssessment, instrumentFor, type Assessment, type SystemLevel } from '@sos-kit/core';
import type { Store } from './store.js';
import { sha256Hex } from './tokens.js';

export const DEMO_COUNTY = 'Sierra Vista';

/** What a demo page needs to link to: tokens and keys in clear (demo data only). */
export interface DemoCredentials {
  county: string;
  collectionId: string;
  teamToken: string;
  partnerToken: string;
  ownerKey: string;
  countyAdminKey: string;
  stateViewerKey: string;
  /** Per level, the collection and team link the demo page's widget submits to. */
  pageLinks: { level: SystemLevel; collectionId: string; token: string }[];
}

const SETTING = 'demo';

/** Seeds the demo county (once) and returns its credentials. */
export async function seedDemo(store: Store): Promise<DemoCredentials> {
  const existing = await store.setting<DemoCredentials>(SETTING);
  if (existing) return existing;
  const framework = await store.framework({ id: 'ca-sos-conditions-capacities' });
  const district = { name: 'Costa Azul Unified', type: 'district' as const, id: 'costa-azul', county: DEMO_COUNTY };
  const admin = await store.createKey({ role: 'county-admin', county: DEMO_COUNTY, label: 'Demo county admin' }, undefined);
  const viewer = await store.createKey({ role: 'state-viewer', label: 'Demo state viewer' }, undefined);
  const by = await store.authenticate(admin.key);
  const collection = await store.createCollection(
    { title: 'Costa Azul Unified — district self-assessment 2025-26', county: DEMO_COUNTY, framework: { id: framework.id }, level: 'district', subject: district, schoolYear: '2025-26', perspectives: ['self', 'partner'] },
    by,
  );
  const owner = await store.createKey({ role: 'owner', collectionId: collection.id, label: 'Costa Azul continuous improvement lead' }, by);
  const team = await store.createLink(collection, { perspective: 'self', label: 'Costa Azul district team' }, by);
  const partner = await store.createLink(collection, { perspective: 'partner', respondent: 'Sierra Vista COE', label: 'Sierra Vista COE (differentiated assistance)' }, by);
  const items = instrumentFor(framework, 'district')!.items;
  const rate = (document: Assessment, offset: number) => {
    items.forEach((item, i) => {
      document.ratings[item.id] = { value: 1 + ((i * 7 + offset) % 5) };
    });
    return document;
  };
  const now = '2026-02-02T17:00:00Z';
  const submit = async (link: typeof team, document: Assessment) => {
    const text = JSON.stringify(document);
    await store.submit({ link, collection, framework, document, requestHash: sha256Hex(text) });
  };
  const roles = ['Superintendent', 'Assistant Superintendent, Educational Services', 'Director of Student Services', 'Principal, Costa Azul High'];
  for (const [k, role] of roles.entries()) {
    const self = createAssessment(framework, { level: 'district', subject: district, now, id: `costa-azul-team-${k + 1}` });
    await submit(team, rate({ ...self, schoolYear: '2025-26', status: 'submitted', submittedAt: now, respondent: { role } }, 2 + k));
  }
  const rating = createAssessment(framework, {
    level: 'district',
    subject: district,
    now,
    perspective: { kind: 'partner', rater: { name: 'Sierra Vista COE', type: 'coe', county: DEMO_COUNTY }, relationship: 'differentiated-assistance' },
  });
  await submit(partner, rate({ ...rating, schoolYear: '2025-26', status: 'submitted', submittedAt: now }, 3));

  const pageLinks: DemoCredentials['pageLinks'] = [];
  for (const level of framework.levels.map((l) => l.id)) {
    const page = await store.createCollection(
      { title: `Demo page — ${level} self-assessment`, county: DEMO_COUNTY, framework: { id: framework.id }, level, subject: { name: 'Sample Unified School District', type: level === 'school' ? 'school' : level === 'district' ? 'district' : level === 'state' ? 'state-agency' : 'coe' }, perspectives: ['self'] },
      by,
    );
    const link = await store.createLink(page, { perspective: 'self', label: 'Demo page widget' }, by);
    pageLinks.push({ level, collectionId: page.id, token: link.token });
  }
  const credentials: DemoCredentials = {
    county: DEMO_COUNTY,
    collectionId: collection.id,
    teamToken: team.token,
    partnerToken: partner.token,
    ownerKey: owner.key,
    countyAdminKey: admin.key,
    stateViewerKey: viewer.key,
    pageLinks,
  };
  await store.saveSetting(SETTING, credentials);
  return credentials;
}

