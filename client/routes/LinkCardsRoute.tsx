// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/regie/kaarten`: printable link cards (A4, eight per page): per person their name, role,
 * group, personal QR code and a short instruction. Choose everyone or one group, then "Afdrukken".
 * A lost or shared card is made useless with "Nieuwe link maken" (the old link stops working).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ParticipantView } from '../../shared/api.js';
import { GROUP_COUNT } from '../../shared/docNames.js';
import { FacilitatorGate } from '../components/FacilitatorGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { SelectField } from '../components/fields/SelectField.js';
import { MeetingPagesNav } from '../components/meeting/MeetingPagesNav.js';
import { LinkCard } from '../components/cards/LinkCard.js';
import { useWorkshopStore } from '../stores/workshopStore.js';
import { useGroupLabel } from '../stores/groupNameHooks.js';
import { apiErrorText } from '../i18n/apiErrorText.js';

/** The link cards screen. */
export function LinkCardsRoute({ workshopId }: { workshopId: string }) {
  return <FacilitatorGate workshopId={workshopId}>{() => <LinkCardsScreen workshopId={workshopId} />}</FacilitatorGate>;
}

/** Which cards a choice shows: every member ('all', facilitators only on request), one group, or the facilitators. */
function cardFilter(choice: string, p: ParticipantView): boolean {
  if (choice === 'facilitator') return p.role === 'facilitator';
  if (p.role === 'facilitator') return false;
  return choice === 'all' || p.group === Number(choice);
}

function LinkCardsScreen({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const { workshop, status, error, load } = useWorkshopStore();
  const [filter, setFilter] = useState('all');
  const groupLabelOf = useGroupLabel(workshopId);
  useEffect(() => { void load(workshopId); }, [load, workshopId]);
  const shown = workshop && workshop.id === workshopId ? workshop : null;
  const title = t('cards.title', { gemeente: shown?.gemeente ?? '' });
  useDocumentTitle(title);
  const people = (shown?.participants ?? []).filter((p) => cardFilter(filter, p));
  const choices = [
    { value: 'all', label: t('cards.all') },
    ...Array.from({ length: GROUP_COUNT }, (_, i) => ({ value: String(i + 1), label: groupLabelOf(i + 1) })),
    { value: 'facilitator', label: t('cards.facilitators') },
  ];
  return (
    <PageLayout heading={<Heading level={1}>{title}</Heading>} nav={<MeetingPagesNav workshopId={workshopId} current="linkCards" />} showLogout wide>
      <div className="cards-controls no-print">
        <Paragraph>{t('cards.intro')}</Paragraph>
        <div className="cards-controls__row">
          <SelectField id="kaarten-filter" label={t('cards.filter')} value={filter} choices={choices} onValueChange={setFilter} />
          <Button appearance="primary-action-button" disabled={people.length === 0} onClick={() => window.print()}>{t('cards.print')}</Button>
        </div>
        <Paragraph appearance="small" role="status">{t('cards.count', { count: people.length })}</Paragraph>
      </div>
      {!shown && status === 'error' ? <Alert type="error"><Paragraph>{apiErrorText(t, error)}</Paragraph></Alert> : null}
      {!shown && status !== 'error' ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {shown && people.length === 0 ? <Paragraph>{t('cards.none')}</Paragraph> : null}
      <div className="link-cards">
        {people.map((p) => <LinkCard key={p.id} participant={p} gemeente={shown?.gemeente ?? ''} />)}
      </div>
    </PageLayout>
  );
}
