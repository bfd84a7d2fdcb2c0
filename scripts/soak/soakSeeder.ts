// SPDX-License-Identifier: EUPL-1.2
/**
 * Seeds the data folder of a soak run before the server starts, straight into the SQLite store
 * (no server needed, as the CLI does): one workshop per ten documents, each with a facilitator and
 * one member per group. Returns the documents each session may open.
 */
import { groupDocName, visionDocName, consultationDocName, roleGroupDocName, agreementsDocName, liveDocName, draftDocName, ROLE_GROUPS } from '../../shared/docNames.js';
import { addParticipants } from '../../server/services/workshop/participantAdder.js';
import { participantLink } from '../../server/services/workshop/linkIssuer.js';
import { createServiceContext } from '../../server/services/serviceContext.js';
import { createWorkshop } from '../../server/services/workshop/workshopCreator.js';
import { openDatabase } from '../../server/store/database.js';

/** Documents of one workshop that steady sockets use. */
export const DOCS_PER_WORKSHOP = 10;

/** A seeded workshop: join links, and which documents each link's session may open. */
export interface SoakWorkshop {
  id: string;
  facilitatorLink: string;
  /** Group 1..3 → the member's join link and their private draft document. */
  members: { group: number; link: string; draft: string }[];
  /** The ten documents, each with who opens it: 'facilitator' or the group of a member. */
  docs: { name: string; opener: 'facilitator' | number }[];
}

/** Creates enough workshops for `docs` documents in `dataDir`, plus `extra` more (for short-lived sockets). */
export async function seedSoak(dataDir: string, docs: number, extra = 0): Promise<SoakWorkshop[]> {
  const db = openDatabase(dataDir);
  try {
    const ctx = createServiceContext({ db, dataDir, linkDays: 30, sessionHours: 24, baseUrl: () => 'http://127.0.0.1' });
    const out: SoakWorkshop[] = [];
    const count = Math.ceil(docs / DOCS_PER_WORKSHOP) + extra;
    for (let w = 0; w < count; w++) {
      const workshop = await createWorkshop(ctx, { gemeente: `Soakdorp ${w + 1}`, title: 'Duurtest', dates: {}, showNames: false, facilitatorName: 'Procesbegeleider' });
      const added = await addParticipants(ctx, workshop.id, [1, 2, 3].map((group) => ({ name: `Lid ${group}`, role: 'ambtenaar' as const, group })));
      const facilitator = (await ctx.stores.workshops.listParticipants(workshop.id)).find((p) => p.role === 'facilitator')!;
      const id = workshop.id;
      const members: SoakWorkshop['members'] = [];
      for (const p of added) members.push({ group: p.group!, link: await participantLink(ctx, p.id), draft: draftDocName(id, p.group!, p.id) });
      out.push({
        id,
        facilitatorLink: await participantLink(ctx, facilitator.id),
        members,
        docs: [
          { name: groupDocName(id, 1), opener: 1 }, { name: groupDocName(id, 2), opener: 2 }, { name: groupDocName(id, 3), opener: 3 },
          { name: visionDocName(id), opener: 'facilitator' }, { name: consultationDocName(id), opener: 'facilitator' },
          ...ROLE_GROUPS.map((g) => ({ name: roleGroupDocName(id, g), opener: 'facilitator' as const })),
          { name: agreementsDocName(id), opener: 'facilitator' }, { name: liveDocName(id), opener: 'facilitator' },
        ],
      });
    }
    return out;
  } finally {
    db.close();
  }
}
