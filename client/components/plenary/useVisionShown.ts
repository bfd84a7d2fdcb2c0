// SPDX-License-Identifier: EUPL-1.2
/**
 * What the plenary screen's vision is: a draft (no version frozen yet), exactly the latest frozen
 * version, or a draft changed since that version. The versions list is asked again every little
 * while (a freeze changes no shared document); the latest version's content is compared with the
 * live vision.
 */
import { useEffect, useMemo, useState } from 'react';
import type { VisionVersionSummary } from '../../../shared/apiMeeting.js';
import { VISION_FIELDS } from '../../../shared/visionDoc.js';
import { useVisionReader } from '../../collab/visionHooks.js';
import { useRichTextField } from '../../collab/richTextHooks.js';
import { loadVersion, useVersionStore } from '../../stores/versionStore.js';

/** What the shown vision is. */
export type VisionShown =
  | { kind: 'draft' }
  | { kind: 'version'; version: VisionVersionSummary }
  | { kind: 'changed'; version: VisionVersionSummary };

const VERSIONS_POLL_MS = 15_000;

/** The latest frozen version's content as JSON text (null: not loaded). */
function useVersionContent(workshopId: string, version: VisionVersionSummary | null): string | null {
  const [content, setContent] = useState<{ number: number; json: string } | null>(null);
  const number = version?.number ?? null;
  useEffect(() => {
    if (number === null) return;
    let current = true;
    loadVersion(workshopId, number).then(
      (v) => { if (current) setContent({ number, json: JSON.stringify(v.content) }); },
      () => { /* keeps the last known; the label then says "concept" until it loads */ },
    );
    return () => { current = false; };
  }, [workshopId, number]);
  return content && content.number === number ? content.json : null;
}

/** What the vision on the plenary screen is, while `active` (the screen shows the vision). */
export function useVisionShown(workshopId: string, active: boolean): VisionShown {
  const load = useVersionStore((s) => s.load);
  const versions = useVersionStore((s) => (s.workshopId === workshopId ? s.versions : null));
  useEffect(() => {
    if (!active) return;
    void load(workshopId);
    const timer = setInterval(() => void load(workshopId), VERSIONS_POLL_MS);
    return () => clearInterval(timer);
  }, [workshopId, active, load]);
  const latest = versions && versions.length > 0 ? versions[versions.length - 1] : null;
  const frozen = useVersionContent(workshopId, active ? latest : null);
  const { room } = useVisionReader(active ? workshopId : null);
  const { node } = useRichTextField(room, VISION_FIELDS.content);
  const liveJson = useMemo(() => (node ? JSON.stringify(node.toJSON()) : null), [node]);
  if (!latest) return { kind: 'draft' };
  if (frozen === null || liveJson === null) return { kind: 'changed', version: latest };
  return frozen === liveJson ? { kind: 'version', version: latest } : { kind: 'changed', version: latest };
}
