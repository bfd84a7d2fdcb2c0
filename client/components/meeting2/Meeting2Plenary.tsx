// SPDX-License-Identifier: EUPL-1.2
/**
 * The plenary part of meeting 2, on the beamer, for the facilitator and for participants on the
 * plenary page (their matrix from the API, useMatrixFromApi.ts): what the facilitator
 * chose in the cockpit (shared/meeting2Live.ts) — the opening with vision version 2 (labelled; the
 * newest version with a note when 2 does not exist yet), the cases one by one, the expectations
 * matrix live (or one cell full screen), the closing where each group presents its ambition, and
 * the agreements made (AgreementsOnScreen.tsx).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { Meeting2Case } from '../../../shared/apiMeeting2.js';
import { editorSchema } from '../../../shared/editor/schema.js';
import type { Meeting2Live } from '../../../shared/meeting2Live.js';
import { loadVersion, useVersionStore } from '../../stores/versionStore.js';
import { loadCases } from '../../stores/meeting2Store.js';
import { RichTextView } from '../richText/RichTextView.js';
import { FitOrPage } from '../plenary/FitOrPage.js';
import type { RoleGroup } from '../../../shared/docNames.js';
import { ExpectationsMatrix, MatrixCellView, cellLists, type MatrixContent } from './ExpectationsMatrix.js';
import { useMatrixContent } from './useMatrixContent.js';
import { useMatrixFromApi } from './useMatrixFromApi.js';
import { AgreementsOnScreen } from '../agreements/AgreementsOnScreen.js';

/** The vision version the opening shows: 2 when it exists, else the newest (null: none). */
function useOpeningVersion(workshopId: string) {
  const load = useVersionStore((s) => s.load);
  const versions = useVersionStore((s) => (s.workshopId === workshopId ? s.versions : null));
  useEffect(() => { void load(workshopId); }, [load, workshopId]);
  const number = versions?.some((v) => v.number === 2) ? 2 : versions?.length ? versions[versions.length - 1].number : null;
  const [content, setContent] = useState<{ number: number; node: ReturnType<typeof editorSchema.nodeFromJSON> | null } | null>(null);
  useEffect(() => {
    if (number === null) return;
    let current = true;
    loadVersion(workshopId, number).then((v) => {
      let node = null;
      try { node = editorSchema.nodeFromJSON(v.content as Record<string, unknown>); } catch { node = null; }
      if (current) setContent({ number, node });
    }, () => undefined);
    return () => { current = false; };
  }, [workshopId, number]);
  return { loaded: versions !== null, number, node: content?.number === number ? content.node : null };
}

/** The cases, reloaded when the shown case changes. */
function useCases(workshopId: string, caseId: string | null): Meeting2Case[] | null {
  const [cases, setCases] = useState<Meeting2Case[] | null>(null);
  useEffect(() => {
    let current = true;
    loadCases(workshopId).then((list) => { if (current) setCases(list); }, () => undefined);
    return () => { current = false; };
  }, [workshopId, caseId]);
  return cases;
}

/** Props of the meeting-2 plenary content. */
interface Meeting2PlenaryProps { workshopId: string; m2: Meeting2Live; fit?: boolean }

/** The meeting-2 plenary content (`fit`: the beamer, where nobody scrolls), live from the role groups' documents. */
export function Meeting2Plenary(props: Meeting2PlenaryProps) {
  const { groups, content } = useMatrixContent(props.workshopId);
  return <Meeting2PlenaryView {...props} groups={groups} content={content} />;
}

/** The same for a participant, who may read only their own role group's document: the matrix from the API. */
export function ParticipantMeeting2Plenary(props: Meeting2PlenaryProps) {
  const needsMatrix = props.m2.view === 'matrix' || props.m2.view === 'closing';
  const { groups, content } = useMatrixFromApi(props.workshopId, needsMatrix);
  return <Meeting2PlenaryView {...props} groups={groups} content={content} />;
}

function Meeting2PlenaryView({ workshopId, m2, fit = false, groups, content }: Meeting2PlenaryProps & { groups: RoleGroup[]; content: MatrixContent }) {
  const { t } = useTranslation();
  const opening = useOpeningVersion(workshopId);
  const cases = useCases(workshopId, m2.caseId);
  const index = useMemo(() => cases?.findIndex((c) => c.id === m2.caseId) ?? -1, [cases, m2.caseId]);

  if (m2.view === 'agreements') return <AgreementsOnScreen workshopId={workshopId} fit={fit} />;
  if (m2.view === 'vision') {
    if (opening.loaded && opening.number === null) return <Paragraph>{t('m2.plenary.noVersion')}</Paragraph>;
    const text = opening.node ? <RichTextView node={opening.node} className="plenary-text plenary-text--vision" /> : null;
    return (
      <section className={`plenary-view plenary-view--vision${fit ? ' plenary-view--fit' : ''}`} aria-labelledby="m2-visie-titel">
        <Heading level={2} id="m2-visie-titel" className="m2-plenary__label">{opening.number ? t('m2.plenary.vision', { n: opening.number }) : t('app.loading')}</Heading>
        {opening.number !== null && opening.number !== 2 ? <Paragraph className="m2-plenary__note">{t('m2.plenary.notVersion2', { n: opening.number })}</Paragraph> : null}
        {text && fit ? <FitOrPage label={t('plenary.paging.vision')} className="fit-page--vision">{text}</FitOrPage> : text}
      </section>
    );
  }
  if (m2.view === 'case') {
    const shown = cases && index >= 0 ? cases[index] : null;
    if (!shown) return <Paragraph>{cases ? t('m2.plenary.noCase') : t('app.loading')}</Paragraph>;
    return (
      <section className="m2-case-view" aria-labelledby="m2-casus-titel">
        <p className="m2-plenary__label">{t('m2.plenary.case', { n: index + 1, total: cases!.length })}</p>
        <Heading level={2} id="m2-casus-titel" className="m2-case-view__title">{shown.title}</Heading>
        {shown.text ? <Paragraph className="m2-case-view__text">{shown.text}</Paragraph> : null}
      </section>
    );
  }
  if (m2.view === 'closing') {
    const group = m2.presenting ?? groups[0];
    const { committed } = cellLists(content, { from: group, to: group });
    return (
      <section className="m2-closing" aria-labelledby="m2-afsluiting-titel">
        <Heading level={2} id="m2-afsluiting-titel" className="m2-closing__title">{t('m2.plenary.closing', { group: t(`m2.roleGroup.${group}`) })}</Heading>
        {committed.length ? (
          <ol className="m2-closing__list">{committed.map((s) => <li key={s.id}>{s.text}</li>)}</ol>
        ) : <Paragraph>{t('m2.matrix.nothing')}</Paragraph>}
      </section>
    );
  }
  return m2.cell && groups.includes(m2.cell.from) && groups.includes(m2.cell.to)
    ? <MatrixCellView cell={m2.cell} content={content} />
    : <ExpectationsMatrix groups={groups} content={content} />;
}
