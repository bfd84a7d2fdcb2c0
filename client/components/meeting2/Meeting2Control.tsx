// SPDX-License-Identifier: EUPL-1.2
/**
 * Meeting 2 in the cockpit: start it for everyone (join links and group rooms then lead to the role
 * groups) or go back to meeting 1; what the big screen shows (vision version 2, a case, the matrix,
 * the closing, the agreements) with stepping through the cases and the presenting groups; a lock per role group;
 * the role rooms; in step 1 the counts of private writing per role group and "Nu delen" for what is
 * left (RoleDraftsGlance.tsx); and the expectations matrix, with "Maak hier een afspraak van" on each
 * statement (AgreementFromMatrix.tsx), and, live, each cell to open full screen on the beamer.
 * Step, timer and message stay the cockpit's shared controls.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { M2_PLENARY_VIEWS, type Meeting2Case, type Meeting2LiveBody } from '../../../shared/apiMeeting2.js';
import type { RoleGroup } from '../../../shared/docNames.js';
import { useMeeting2Live } from '../../collab/meeting2LiveHooks.js';
import { changeMeeting2Live, loadCases } from '../../stores/meeting2Store.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { meeting2SetupPath, roleGroupPath } from '../../routes/routePaths.js';
import { AppLink } from '../AppLink.js';
import { ExpectationsMatrix, MatrixCellView, type AgreementPick } from './ExpectationsMatrix.js';
import { AgreementFromMatrix } from './AgreementFromMatrix.js';
import { useMatrixContent } from './useMatrixContent.js';
import { RoleDraftsGlance } from './RoleDraftsGlance.js';
import { useLive } from '../../collab/liveHooks.js';
import { statementsArePrivate } from '../../../shared/method.js';

/** The cockpit's meeting-2 panel. */
export function Meeting2Control({ workshopId, canOpenRooms }: { workshopId: string; canOpenRooms: boolean }) {
  const { t } = useTranslation();
  const m2 = useMeeting2Live(workshopId);
  const { live } = useLive(workshopId);
  const { groups, content } = useMatrixContent(workshopId, m2.active);
  const [cases, setCases] = useState<Meeting2Case[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [making, setMaking] = useState<AgreementPick | null>(null);
  useEffect(() => {
    let current = true;
    loadCases(workshopId).then((list) => { if (current) setCases(list); }, () => undefined);
    return () => { current = false; };
  }, [workshopId, m2.view]);
  const name = (g: RoleGroup) => t(`m2.roleGroup.${g}`);

  const send = useCallback(async (body: Meeting2LiveBody, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await changeMeeting2Live(workshopId, body);
      announce(done);
    } catch (e) {
      setError(apiErrorText(t, e));
      announce(apiErrorText(t, e));
    } finally {
      setBusy(false);
    }
  }, [workshopId, t]);

  const caseIndex = cases.findIndex((c) => c.id === m2.caseId);
  const showCase = (index: number) => {
    const c = cases[index];
    if (c) void send({ view: 'case', caseId: c.id }, t('m2.control.caseOf', { n: index + 1, total: cases.length, title: c.title }));
  };
  const presenting = m2.presenting ?? groups[0];
  const presentIndex = groups.indexOf(presenting);
  const present = (index: number) => {
    const g = groups[index];
    if (g) void send({ view: 'closing', presenting: g }, t('m2.control.presenting', { group: name(g) }));
  };
  const chooseView = (view: (typeof M2_PLENARY_VIEWS)[number]) => {
    if (view === 'case' && caseIndex < 0 && cases.length) return showCase(0);
    if (view === 'closing' && !m2.presenting) return present(0);
    void send({ view, ...(view === 'matrix' ? { cell: null } : {}) }, t(`m2.control.view.${view}`));
  };

  return (
    <section className="cockpit-panel cockpit-panel--m2" aria-labelledby="m2-cockpit-titel">
      <Heading level={2} id="m2-cockpit-titel">{t('m2.control.title')}</Heading>
      <Paragraph className="cockpit-focus-now">{m2.active ? t('m2.control.active') : t('m2.control.inactive')}</Paragraph>
      <div className="button-row">
        <Button appearance={m2.active ? 'secondary-action-button' : 'primary-action-button'} disabled={busy} onClick={() => void send({ active: !m2.active }, m2.active ? t('m2.control.inactive') : t('m2.control.active'))}>
          {m2.active ? t('m2.control.stop') : t('m2.control.start')}
        </Button>
        <AppLink href={meeting2SetupPath(workshopId)}>{t('m2.control.setupLink')}</AppLink>
      </div>
      {error ? <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      <div role="group" aria-labelledby="m2-scherm-titel" className="m2-control__group">
        <Heading level={3} id="m2-scherm-titel">{t('m2.control.screen')}</Heading>
        <div className="button-row">
          {M2_PLENARY_VIEWS.map((view) => (
            <Button key={view} appearance="secondary-action-button" pressed={m2.view === view} disabled={busy} onClick={() => chooseView(view)}>
              {t(`m2.control.view.${view}`)}
            </Button>
          ))}
        </div>
        {m2.view === 'case' && caseIndex >= 0 ? (
          <div className="button-row">
            <Button appearance="secondary-action-button" disabled={busy || caseIndex <= 0} onClick={() => showCase(caseIndex - 1)}>{t('m2.control.previousCase')}</Button>
            <Paragraph className="m2-control__now">{t('m2.control.caseOf', { n: caseIndex + 1, total: cases.length, title: cases[caseIndex].title })}</Paragraph>
            <Button appearance="secondary-action-button" disabled={busy || caseIndex >= cases.length - 1} onClick={() => showCase(caseIndex + 1)}>{t('m2.control.nextCase')}</Button>
          </div>
        ) : null}
        {m2.view === 'closing' ? (
          <div className="button-row">
            <Button appearance="secondary-action-button" disabled={busy || presentIndex <= 0} onClick={() => present(presentIndex - 1)}>{t('m2.control.previousGroup')}</Button>
            <Paragraph className="m2-control__now">{t('m2.control.presenting', { group: name(presenting) })}</Paragraph>
            <Button appearance="secondary-action-button" disabled={busy || presentIndex >= groups.length - 1} onClick={() => present(presentIndex + 1)}>{t('m2.control.nextGroup')}</Button>
          </div>
        ) : null}
      </div>
      <ul className="m2-control__groups">
        {groups.map((g) => {
          const locked = m2.locks[g] === true;
          return (
            <li key={g} className="m2-control__room">
              <span className="m2-control__room-name">{locked ? t('m2.control.locked', { group: name(g) }) : name(g)}</span>
              <Button appearance="secondary-action-button" pressed={locked} disabled={busy} onClick={() => void send({ lock: { roleGroup: g, locked: !locked } }, locked ? t('m2.control.unlock', { group: name(g) }) : t('m2.control.locked', { group: name(g) }))}>
                {locked ? t('m2.control.unlock', { group: name(g) }) : t('m2.control.lock', { group: name(g) })}
              </Button>
              {canOpenRooms ? <AppLink href={roleGroupPath(workshopId, g)}>{t('m2.control.openRoom', { group: name(g) })}</AppLink> : null}
            </li>
          );
        })}
      </ul>
      <RoleDraftsGlance workshopId={workshopId} groups={groups} active={m2.active} writing={statementsArePrivate(live.step)} />
      {making ? <AgreementFromMatrix workshopId={workshopId} pick={making} onClose={() => setMaking(null)} /> : null}
      {m2.view === 'matrix' && m2.cell ? (
        <>
          <Paragraph>{t('m2.control.shownCell', { from: name(m2.cell.from), to: name(m2.cell.to) })}</Paragraph>
          <MatrixCellView cell={m2.cell} content={content} onMakeAgreement={setMaking} onClose={() => void send({ view: 'matrix', cell: null }, t('m2.matrix.close'))} />
        </>
      ) : (
        <ExpectationsMatrix
          groups={groups}
          content={content}
          headingLevel={3}
          max={3}
          onOpenCell={(cell) => void send({ view: 'matrix', cell }, t('m2.matrix.open', { from: name(cell.from), to: name(cell.to) }))}
          onMakeAgreement={setMaking}
        />
      )}
    </section>
  );
}
