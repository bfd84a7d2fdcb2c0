// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/afspraken`: "Wat hebben we afgesproken?", for everyone in the workshop. Lists the
 * agreements live from the server-written register with their next review moment and latest
 * status (overdue reviews stand out); members of an owning group record progress, team leaders add
 * intervisie notes; the facilitator also adds, edits and deletes agreements and marks team leaders.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { AuthorNames, MeAnswer } from '../../shared/api.js';
import type { AgreementRights } from '../../shared/apiAgreements.js';
import { dutchToday } from '../../shared/agreementReview.js';
import { useRegister } from '../collab/agreementsHooks.js';
import { SessionGate } from '../components/SessionGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { NoAccessPage } from '../components/NoAccessPage.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { MeetingPagesNav } from '../components/meeting/MeetingPagesNav.js';
import { useWorkshopGemeente } from '../components/meeting/useWorkshopGemeente.js';
import { AgreementCard } from '../components/agreements/AgreementCard.js';
import { AgreementForm } from '../components/agreements/AgreementForm.js';
import { TeamLeaderList } from '../components/agreements/TeamLeaderList.js';
import { fetchAgreementRights } from '../stores/agreementCommands.js';
import { useAuthorsStore } from '../stores/authorsStore.js';
import { useWorkshopStore } from '../stores/workshopStore.js';
import { belongsTo, homePathFor, mayManage } from './routePaths.js';
import '../components/agreements/agreements.css';

const NO_NAMES: AuthorNames = {};

/** The agreements screen. */
export function AgreementsRoute({ workshopId }: { workshopId: string }) {
  return (
    <SessionGate>
      {(me) => (belongsTo(me, workshopId) ? <AgreementsScreen me={me} workshopId={workshopId} /> : <NoAccessPage me={me} />)}
    </SessionGate>
  );
}

function AgreementsScreen({ me, workshopId }: { me: MeAnswer; workshopId: string }) {
  const { t } = useTranslation();
  const gemeente = useWorkshopGemeente(me, workshopId);
  const manager = mayManage(me, workshopId);
  const { register, ready } = useRegister(workshopId);
  const rights = useRights(workshopId, me.kind !== 'screen');
  const names = useAuthorsStore((s) => (s.workshopId === workshopId ? s.names : NO_NAMES));
  const loadNames = useAuthorsStore((s) => s.load);
  const participants = useWorkshopStore((s) => (manager && s.workshop?.id === workshopId ? s.workshop.participants : null));
  const loadWorkshop = useWorkshopStore((s) => s.load);
  const today = dutchToday(Date.now());
  useDocumentTitle(t('agreements.documentTitle', { gemeente }));
  // Names come only when the workshop shows them; a writer not known yet makes the store ask again (throttled).
  const unknownKey = register.agreements.flatMap((a) => [...a.progress, ...a.intervisie]).map((e) => e.byKey).find((k) => k !== null && !(k in names)) ?? undefined;
  useEffect(() => { loadNames(workshopId, unknownKey); }, [loadNames, workshopId, unknownKey]);
  useEffect(() => { if (manager) void loadWorkshop(workshopId); }, [manager, loadWorkshop, workshopId]);

  const heading = (
    <>
      <p className="page-header__pre">{gemeente}</p>
      <Heading level={1}>{t('agreements.title')}</Heading>
    </>
  );
  return (
    <PageLayout heading={heading} nav={manager ? <MeetingPagesNav workshopId={workshopId} current="agreements" /> : undefined} showLogout wide={manager}>
      <Paragraph>{manager ? t('agreements.introFacilitator') : t('agreements.intro')}</Paragraph>
      <div className={manager ? 'agreements agreements--manage' : 'agreements'}>
        <section className="agreements__list" aria-labelledby="afspraken-lijst">
          <Heading level={2} id="afspraken-lijst" className="visually-hidden">{t('agreements.listLabel')}</Heading>
          {!ready ? <Paragraph>{t('agreements.loading')}</Paragraph> : null}
          {ready && register.agreements.length === 0 ? <Paragraph>{t('agreements.empty')}</Paragraph> : null}
          {register.agreements.map((entry) => (
            <AgreementCard key={entry.id} workshopId={workshopId} entry={entry} rights={rights} names={names} today={today} />
          ))}
        </section>
        {manager ? (
          <aside className="agreements__side">
            <section className="agreements__new" aria-labelledby="nieuwe-afspraak">
              <Heading level={2} id="nieuwe-afspraak">{t('agreements.form.newTitle')}</Heading>
              <AgreementForm workshopId={workshopId} />
            </section>
            {participants ? <TeamLeaderList workshopId={workshopId} participants={participants} /> : null}
          </aside>
        ) : null}
      </div>
      {!manager ? <Paragraph><AppLink href={homePathFor(me)}>{t('noAccess.toOwn')}</AppLink></Paragraph> : null}
    </PageLayout>
  );
}

/** What this session may do in the register (null while loading, or for the plenary screen). */
function useRights(workshopId: string, ask: boolean): AgreementRights | null {
  const [rights, setRights] = useState<AgreementRights | null>(null);
  useEffect(() => {
    if (!ask) return;
    let cancelled = false;
    fetchAgreementRights(workshopId).then((r) => { if (!cancelled) setRights(r); }, () => undefined);
    return () => { cancelled = true; };
  }, [workshopId, ask]);
  return rights;
}
