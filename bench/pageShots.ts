// SPDX-License-Identifier: EUPL-1.2
/**
 * Screenshots of the main pages (home, facilitator page, group room, plenary) on a phone, a laptop
 * and a beamer, to compare the look before and after a styling change:
 *
 *   npx tsx bench/pageShots.ts <out-dir> [client-dir]      (client-dir defaults to dist/client)
 *
 * Writes <page>-<device>.png into out-dir. A visual check, not a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, newPerson } from '../tests/e2e/browser.js';
import { startTestServer } from '../tests/helpers/stipServer.js';

const DEVICES = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 }, beamer: { width: 1920, height: 1080 } };

const outDir = path.resolve(process.argv[2] ?? 'page-shots');
const clientDir = path.resolve(process.argv[3] ?? 'dist/client');
fs.mkdirSync(outDir, { recursive: true });

const server = await startTestServer({ clientDir });
const browser = await launchBrowser();
try {
  const seeded = await server.seedWorkshop({
    gemeente: 'Middelstad',
    participants: [{ name: 'Anna de Vries', role: 'raadslid', group: 1 }, { name: 'Bram Jansen', role: 'ambtenaar', group: 1 }],
  });
  const pages = [
    { name: 'home', link: server.url + '/', then: '/' },
    { name: 'facilitator', link: seeded.facilitator.link, then: `/w/${seeded.workshopId}/regie` },
    { name: 'group', link: seeded.participants[0].link, then: `/w/${seeded.workshopId}/groep/1` },
    { name: 'plenary', link: seeded.facilitator.link, then: `/w/${seeded.workshopId}/plenair` },
  ];
  for (const [device, viewport] of Object.entries(DEVICES)) {
    for (const shot of pages) {
      const { context, page } = await newPerson(browser, viewport);
      await page.goto(shot.link);
      if (new URL(page.url()).pathname !== shot.then) await page.goto(server.url + shot.then);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1500);
      await page.screenshot({ path: path.join(outDir, `${shot.name}-${device}.png`), fullPage: true });
      await context.close();
    }
  }
  console.log(`Screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.close();
}
