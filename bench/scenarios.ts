// SPDX-License-Identifier: EUPL-1.2
/**
 * The loads the bench runs, each against both servers. A scenario turns a seeded workshop into a
 * cast: who connects to which document, through which join link, typing how fast.
 *
 *   groups   meeting-1 breakout groups: N participants over the 3 group documents, T of them
 *            (spread evenly over the groups) typing R keystrokes/s
 *   plenary  the global vision on the big screen: V participants reading `w/<id>/vision` while the
 *            facilitator types R keystrokes/s
 *   meeting2 (`--meeting2`) N participants in the 3 role-group documents by role, T typing into an
 *            ambition of their own, and the matrix on 5 beamers (bench/meeting2Bench.ts)
 */
import { GROUP_COUNT, groupDocName, ROLE_GROUPS, roleGroupDocName, visionDocName, type RoleGroup } from '../shared/docNames.js';
import { roleGroupOf } from '../shared/roleGroups.js';
import { isRole } from '../shared/roles.js';
import type { BenchOptions } from './options.js';
import type { ScenarioName } from './scenarioNames.js';
import type { SeededWorkshop } from './stipSeeder.js';

/** One simulated person before sessions exist. */
export interface CastMember {
  /** Document name. */
  room: string;
  /** Join link whose session this person uses on Stip (the reference needs none). */
  link: string;
  /** Keystrokes per second; 0 for a reader. */
  keystrokesPerSecond: number;
}

/** A load shape. */
export interface Scenario {
  name: ScenarioName;
  /** One line that says what the load is. */
  description: string;
  /** How many participants the Stip workshop needs. */
  participantCount: number;
  /** The people, in an order that spreads each room over the workers when dealt round-robin. */
  cast(workshop: SeededWorkshop): CastMember[];
}

function groupsScenario(o: BenchOptions): Scenario {
  return {
    name: 'groups',
    description: `${o.clients} clients in ${GROUP_COUNT} group documents, ${o.typers} typing ${o.rate}/s for ${o.seconds} s, ${o.workers} workers`,
    participantCount: o.clients,
    cast(workshop) {
      const cast: CastMember[] = [];
      for (let group = 1; group <= GROUP_COUNT; group++) {
        const members = workshop.participants.filter((p) => p.group === group);
        const typers = Math.floor(o.typers / GROUP_COUNT) + (group - 1 < o.typers % GROUP_COUNT ? 1 : 0);
        members.forEach((p, i) => cast.push({
          room: groupDocName(workshop.workshopId, group), link: p.link, keystrokesPerSecond: i < typers ? o.rate : 0,
        }));
      }
      return cast;
    },
  };
}

function plenaryScenario(o: BenchOptions): Scenario {
  return {
    name: 'plenary',
    description: `1 vision document, ${o.viewers} read-only viewers, the facilitator typing ${o.plenaryRate}/s for ${o.seconds} s, ${o.workers} workers`,
    participantCount: o.viewers,
    cast(workshop) {
      const room = visionDocName(workshop.workshopId);
      return [
        { room, link: workshop.facilitatorLink, keystrokesPerSecond: o.plenaryRate },
        ...workshop.participants.map((p) => ({ room, link: p.link, keystrokesPerSecond: 0 })),
      ];
    },
  };
}

/** Beamers showing the meeting-2 matrix. */
const BEAMERS = 5;

/**
 * meeting2: the role groups of meeting 2 and the matrix on the beamers (bench/meeting2Bench.ts says how typers write).
 */
function meeting2Scenario(o: BenchOptions): Scenario {
  return {
    name: 'meeting2',
    description: `${o.clients} clients in ${ROLE_GROUPS.length} role-group documents, ${o.typers} typing ${o.rate}/s into their own ambition for ${o.seconds} s, the matrix on ${BEAMERS} beamers (${BEAMERS * ROLE_GROUPS.length} read-only connections), ${o.workers} workers`,
    participantCount: o.clients,
    cast(workshop) {
      const cast: CastMember[] = [];
      const byGroup = new Map<RoleGroup, typeof workshop.participants>();
      for (const p of workshop.participants) {
        const g = isRole(p.role) ? roleGroupOf(p.role) : null;
        if (g) byGroup.set(g, [...(byGroup.get(g) ?? []), p]);
      }
      ROLE_GROUPS.forEach((g, gi) => {
        const typers = Math.floor(o.typers / ROLE_GROUPS.length) + (gi < o.typers % ROLE_GROUPS.length ? 1 : 0);
        (byGroup.get(g) ?? []).forEach((p, i) => cast.push({
          room: roleGroupDocName(workshop.workshopId, g), link: p.link, keystrokesPerSecond: i < typers ? o.rate : 0,
        }));
      });
      for (let b = 0; b < BEAMERS; b++) {
        for (const g of ROLE_GROUPS) cast.push({ room: roleGroupDocName(workshop.workshopId, g), link: workshop.facilitatorLink, keystrokesPerSecond: 0 });
      }
      return cast;
    },
  };
}

/** The scenario called name, shaped by the options. */
export function scenarioFor(name: ScenarioName, options: BenchOptions): Scenario {
  if (name === 'meeting2') return meeting2Scenario(options);
  return name === 'groups' ? groupsScenario(options) : plenaryScenario(options);
}

/** A stand-in workshop (balanced groups, no links) for runs without the Stip server. */
export function syntheticWorkshop(count: number): SeededWorkshop {
  return {
    workshopId: 'benchreference',
    facilitatorLink: '',
    participants: Array.from({ length: count }, (_, i) => ({
      name: `Deelnemer ${i + 1}`, role: 'ambtenaar', group: (i % GROUP_COUNT) + 1, link: '',
    })),
  };
}
