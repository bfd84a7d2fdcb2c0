// SPDX-License-Identifier: EUPL-1.2
/** The facilitator marks team leaders: one checkbox per participant, saved at once and confirmed through the live region. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ParticipantView } from '../../../shared/api.js';
import { fetchTeamLeaders, setTeamLeader } from '../../stores/agreementCommands.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { CheckboxField } from '../fields/CheckboxField.js';

/** The team leaders section. */
export function TeamLeaderList({ workshopId, participants }: { workshopId: string; participants: ParticipantView[] }) {
  const { t } = useTranslation();
  const [leaders, setLeaders] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetchTeamLeaders(workshopId).then((a) => { if (!cancelled) setLeaders(a.participantIds); }, (e) => { if (!cancelled) setError(apiErrorText(t, e)); });
    return () => { cancelled = true; };
  }, [workshopId, t]);
  const people = participants.filter((p) => p.role !== 'facilitator');
  const change = async (p: ParticipantView, on: boolean) => {
    setError(null);
    // The box follows the click at once; the server's answer then sets the list (or the error puts it back).
    const before = leaders;
    setLeaders(on ? [...leaders.filter((id) => id !== p.id), p.id] : leaders.filter((id) => id !== p.id));
    try {
      setLeaders((await setTeamLeader(workshopId, p.id, on)).participantIds);
      announce(t('agreements.teamLeaders.saved'));
    } catch (e) {
      setLeaders(before);
      setError(apiErrorText(t, e));
    }
  };
  return (
    <section className="team-leaders" aria-labelledby="teamleiders">
      <Heading level={2} id="teamleiders">{t('agreements.teamLeaders.title')}</Heading>
      <Paragraph>{t('agreements.teamLeaders.intro')}</Paragraph>
      {people.length === 0 ? <Paragraph>{t('agreements.teamLeaders.none')}</Paragraph> : (
        <div className="team-leaders__list">
          {people.map((p) => (
            <CheckboxField
              key={p.id} id={`teamleider-${p.id}`} label={t('agreements.teamLeaders.mark', { name: p.name })}
              description={t(`role.${p.role}`)} checked={leaders.includes(p.id)} onCheckedChange={(on) => void change(p, on)}
            />
          ))}
        </div>
      )}
      {error ? <Alert type="error"><Paragraph>{error}</Paragraph></Alert> : null}
    </section>
  );
}
