import type { Jurisdiction } from '../../src/schema/jurisdiction.js';
import type { OffenceRegistry, StandardRegistry, TreatyRegistry } from '../../src/schema/registry.js';
import { resolveJurisdiction, type Resolved } from '../../src/model/resolve.js';

/**
 * Small invented jurisdictions covering every case the chart and report must tell apart:
 * a life maximum, a minimum, a minimum with no maximum, an unverified figure, no term recorded,
 * no offence, not researched, and a subdivision that inherits from its country.
 */
const accessed = '2026-01-15';

export const alphaland: Jurisdiction = {
  id: 'aa',
  name: 'Alphaland',
  kind: 'country',
  parent: null,
  region: 'Europe',
  legal_system: 'civil_law',
  reviewed: '2026-02-01',
  sources: {
    'aa-code': { title: 'Alphaland Criminal Code, art. 12 & 13', url: 'https://law.example.org/aa/code?art=12&lang=en', kind: 'statute_official', accessed },
    'aa-news': { title: 'Alpha Times: new penalties', url: 'https://news.example.org/aa', kind: 'secondary', accessed },
  },
  offences: {
    production: {
      criminalised: true,
      law: 'Criminal Code art. 12(1)',
      imprisonment: { min: '5y', max: 'life' },
      aggravations: [{ when: 'victim under 12', imprisonment: { min: '10y', max: 'life' } }],
      sources: ['aa-code'],
      confidence: 'verified',
    },
    distribution: {
      criminalised: true,
      law: 'Criminal Code art. 13',
      imprisonment: { max: '10y' },
      fine: { max: 50000, currency: 'EUR' },
      combination: 'and_or',
      sources: ['aa-code', 'aa-news'],
      confidence: 'reported',
    },
    possession: { criminalised: false, sources: ['aa-news'], confidence: 'reported', note: 'Simple possession is not an offence.' },
    grooming_meeting: { criminalised: true, law: 'Criminal Code art. 14', fine: { unlimited: true }, sources: ['aa-code'], confidence: 'verified' },
  },
  reporting: {
    isp_duty: true,
    who: 'hosting providers',
    to: 'National Police <hotline>',
    law: 'Digital Services Act art. 5',
    deadline: 'without delay',
    preservation: '90d',
    failure_penalty: { fine: { max: 100000, currency: 'EUR' } },
    sources: ['aa-code'],
    confidence: 'verified',
  },
  treaties: {
    lanzarote: { events: [{ act: 'signature', date: '2008-01-01' }, { act: 'ratification', date: '2010-05-05', deposit: true }], sources: ['aa-code'], confidence: 'verified' },
    opsc: { events: [{ act: 'signature', date: '2001-02-03' }], sources: [], confidence: 'unverified' },
  },
  notes: 'Figures are invented for tests.',
};

export const betaRepublic: Jurisdiction = {
  id: 'bb',
  name: 'Beta Republic',
  kind: 'country',
  parent: null,
  region: 'Asia',
  legal_system: 'common_law',
  reviewed: '2025-12-24',
  sources: {
    'bb-act': { title: 'Beta Child Protection Act, s. 4', url: 'http://laws.example.net/bb/cpa', kind: 'statute_official', accessed },
  },
  offences: {
    production: { criminalised: true, law: 'CPA s. 4', imprisonment: { min: '15y', max: '30y' }, sources: ['bb-act'], confidence: 'unverified' },
    distribution: { criminalised: true, law: 'CPA s. 5', imprisonment: { min: '2y' }, sources: ['bb-act'], confidence: 'reported' },
    possession: { criminalised: true, law: 'CPA s. 6', imprisonment: { max: '6m' }, sources: ['bb-act'], confidence: 'verified' },
    grooming_meeting: { criminalised: true, law: 'CPA s. 7', sources: ['bb-act'], confidence: 'reported', note: 'No penalty found.' },
  },
  treaties: { lanzarote: { status: 'not_party', as_of: '2025-06-01', sources: ['bb-act'], confidence: 'reported' } },
};

export const gammaIsles: Jurisdiction = {
  id: 'cc',
  name: 'Gamma Isles & Cays',
  kind: 'country',
  parent: null,
  region: 'Oceania',
  legal_system: 'mixed',
  reviewed: '2026-03-03',
  sources: {
    'cc-code': { title: 'Gamma Penal Code', url: 'https://gamma.example.com/penal', kind: 'statute_official', accessed },
  },
  offences: {
    distribution: { criminalised: true, law: 'Penal Code s. 9', imprisonment: { max: '7y' }, sources: ['cc-code'], confidence: 'verified' },
  },
};

export const gammaNorth: Jurisdiction = {
  id: 'cc-nth',
  name: 'North Gamma',
  kind: 'subdivision',
  parent: 'cc',
  region: 'Oceania',
  legal_system: 'mixed',
  reviewed: '2026-03-04',
  sources: {
    'nth-act': { title: 'North Gamma Crimes Act', url: 'https://north.example.com/crimes', kind: 'statute_official', accessed },
  },
  offences: {
    production: { criminalised: true, law: 'Crimes Act s. 2', imprisonment: { min: '1y6m', max: '12y' }, sources: ['nth-act'], confidence: 'reported' },
  },
};

export const offenceRegistry: OffenceRegistry = {
  production: { name: 'Production', description: 'Producing child sexual abuse material.', model_law: 'Lanzarote art. 20(1)(a)' },
  distribution: { name: 'Distribution', description: 'Distributing or making it available.', model_law: 'Lanzarote art. 20(1)(b)' },
  possession: { name: 'Possession', description: 'Simple possession.', model_law: 'Lanzarote art. 20(1)(e)' },
  grooming_meeting: { name: 'Meeting after grooming', description: 'Online solicitation of a child to meet.', model_law: 'Lanzarote art. 23' },
};

export const treatyRegistry: TreatyRegistry = {
  lanzarote: {
    name: 'Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse',
    short_name: 'Lanzarote',
    kind: 'convention',
    reference: 'CETS No. 201',
    depositary: 'Council of Europe',
    opened: '2007-10-25',
    in_force: '2010-07-01',
    open_to: 'any state',
    status_url: 'https://www.coe.int/en/web/conventions/full-list?module=signatures-by-treaty&treatynum=201',
    read_at: ['https://www.coe.int/en/web/conventions/full-list?module=signatures-by-treaty&treatynum=201'],
  },
  opsc: {
    name: 'Optional Protocol to the Convention on the Rights of the Child on the sale of children',
    short_name: 'OPSC',
    kind: 'protocol',
    reference: 'UNTS vol. 2171',
    depositary: 'UN Secretary-General',
    opened: '2000-05-25',
    in_force: '2002-01-18',
    open_to: 'any state',
    status_url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-11-c',
    read_at: ['https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-11-c'],
  },
};

/** The fixtures resolved as the CLI resolves them (the subdivision inherits from its country). */
export function resolvedFixtures(): Resolved[] {
  return [
    resolveJurisdiction(alphaland, undefined),
    resolveJurisdiction(betaRepublic, undefined),
    resolveJurisdiction(gammaIsles, undefined),
    resolveJurisdiction(gammaNorth, gammaIsles),
  ];
}

export const fixtureRecords = (): Jurisdiction[] => resolvedFixtures().map((r) => r.record);

export const standardRegistry: StandardRegistry = {
  'model-law': {
    name: 'Model law',
    source: { title: 'Model law text', url: 'https://standards.example.org/model' },
    criteria: [
      { id: 'possession', article: 'art. 1', summary: 'criminalises possession', test: { offence: 'possession' }, confidence: 'verified' },
      { id: 'production', article: 'art. 2', summary: 'production punishable by at least 10 years', test: { offence: 'production', max_at_least: '10y' }, confidence: 'reported' },
      { id: 'reporting', article: 'art. 3', summary: 'providers must report', test: { reporting: 'isp_duty' }, confidence: 'verified' },
    ],
  },
};
