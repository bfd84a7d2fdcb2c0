// SPDX-License-Identifier: EUPL-1.2
/**
 * publiccode.yml describes Stip for catalogues of public software (standard 0.4): the fields the
 * standard requires are there, with values from its controlled vocabularies.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const read = (file: string) => fs.readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const doc = parse(read('publiccode.yml')) as Record<string, any>;

const DEVELOPMENT_STATUS = ['concept', 'development', 'beta', 'stable', 'obsolete'];
const SOFTWARE_TYPE = ['standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other', 'addon', 'library', 'configurationFiles'];
const MAINTENANCE_TYPE = ['internal', 'contract', 'community', 'none'];
// A part of the standard's category list: the ones that could describe Stip.
const CATEGORIES = ['collaboration', 'digital-citizenship', 'web-collaboration', 'document-management', 'project-collaboration', 'survey', 'knowledge-management', 'workflow-management', 'online-community'];

describe('publiccode.yml', () => {
  it('has the required top-level fields', () => {
    for (const key of ['publiccodeYmlVersion', 'name', 'url', 'platforms', 'categories', 'developmentStatus', 'softwareType', 'description', 'legal', 'maintenance', 'localisation']) {
      expect(doc, key).toHaveProperty(key);
    }
    expect(doc.publiccodeYmlVersion).toBe('0.4');
    expect(doc.url).toMatch(/^https:\/\//);
    expect(doc.platforms).toEqual(expect.arrayContaining(['web']));
  });

  it('uses the standard vocabularies', () => {
    expect(DEVELOPMENT_STATUS).toContain(doc.developmentStatus);
    expect(SOFTWARE_TYPE).toContain(doc.softwareType);
    for (const category of doc.categories) expect(CATEGORIES).toContain(category);
    expect(MAINTENANCE_TYPE).toContain(doc.maintenance.type);
    if (doc.maintenance.type === 'internal' || doc.maintenance.type === 'community') expect(doc.maintenance.contacts.length).toBeGreaterThan(0);
  });

  it('describes Stip in Dutch and in English', () => {
    for (const lang of ['nl', 'en']) {
      const d = doc.description[lang];
      expect(d.shortDescription.length, `${lang} shortDescription`).toBeLessThanOrEqual(150);
      expect(d.longDescription.length, `${lang} longDescription`).toBeGreaterThanOrEqual(150);
      expect(d.longDescription.length).toBeLessThanOrEqual(10000);
      expect(d.features.length).toBeGreaterThan(0);
      for (const feature of d.features) expect(feature.length).toBeLessThanOrEqual(100);
    }
  });

  it('is licensed EUPL-1.2, with the full licence text beside it', () => {
    expect(doc.legal.license).toBe('EUPL-1.2');
    const licence = read('LICENSE');
    expect(licence).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    for (const article of ['1.Definitions', '5.Obligations of the Licensee', '15.Applicable Law', 'Appendix']) expect(licence).toContain(article);
  });

  it('is ready for translation and lists its languages', () => {
    expect(doc.localisation.localisationReady).toBe(true);
    expect(doc.localisation.availableLanguages).toEqual(expect.arrayContaining(['nl', 'en']));
  });
});
