// SPDX-License-Identifier: EUPL-1.2
/** Which rules a document follows, by its kind (shared/docNames.ts); null for kinds without a home yet. */
import { AGREEMENTS_RULES } from './agreementsDoc.js';
import { parseDocName, type DocRef } from './docNames.js';
import type { DocRules } from './docRules.js';
import { CONSULTATION_RULES } from './consultationDoc.js';
import { DRAFT_RULES } from './draftDoc.js';
import { GROUP_RULES } from './groupDoc.js';
import { LIVE_RULES } from './liveDoc.js';
import { roleDraftRules, roleGroupRules } from './roleGroupDoc.js';
import { VISION_RULES } from './visionDoc.js';

/** The rules of a document kind; null for kinds that have no home (and so no rules) yet. */
function rulesOfDoc(ref: DocRef): DocRules | null {
  switch (ref.kind) {
    case 'group': return GROUP_RULES;
    case 'draft': return DRAFT_RULES;
    case 'vision': return VISION_RULES;
    case 'live': return LIVE_RULES;
    case 'consultation': return CONSULTATION_RULES;
    case 'agreements': return AGREEMENTS_RULES;
    case 'roleGroup': return roleGroupRules(ref.roleGroup);
    case 'roleDraft': return roleDraftRules(ref.roleGroup);
    default: return null;
  }
}

/** The rules of a document by its name; null for unknown names and kinds without rules. */
export function rulesOfDocName(docName: string): DocRules | null {
  const ref = parseDocName(docName);
  return ref ? rulesOfDoc(ref) : null;
}
