/**
 * The three groups side by side (and "Nog niet ingedeeld" when someone is not placed), with
 * "Opnieuw verdelen". After a move the person's card takes focus in its new column; after a
 * removal focus goes to the column's heading. Every change is announced.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ParticipantView } from '../../../shared/api.js';
import { GROUP_COUNT } from '../../../shared/docNames.js';
import { useWorkshopStore } from '../../stores/workshopStore.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { ParticipantCard } from './ParticipantCard.js';

/** The group board of the facilitator page. */
export function GroupBoard({ participants }: { participants: ParticipantView[] }) {
  const { t } = useTranslation();
  const { moveParticipant, removeParticipant, reassignGroups } = useWorkshopStore();
  const [focusId, setFocusId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headings = useRef(new Map<string, HTMLHeadingElement | null>());
  const members = participants.filter((p) => p.role !== 'facilitator');
  const columns: { key: string; title: string; people: ParticipantView[] }[] = [
    ...Array.from({ length: GROUP_COUNT }, (_, i) => ({
      key: String(i + 1), title: t('facilitator.groupTitle', { group: i + 1 }), people: members.filter((p) => p.group === i + 1),
    })),
  ];
  const unassigned = members.filter((p) => p.group === null || p.group < 1 || p.group > GROUP_COUNT);
  if (unassigned.length) columns.push({ key: 'none', title: t('facilitator.unassignedTitle'), people: unassigned });

  const run = async (action: () => Promise<string>) => {
    setError(null);
    try { announce(await action()); } catch (e) { setError(apiErrorText(t, e)); announce(apiErrorText(t, e)); }
  };
  const reassign = async () => {
    setBusy(true);
    await run(async () => { await reassignGroups(); return t('facilitator.reassigned'); });
    setBusy(false);
  };

  return (
    <section className="facilitator-section" aria-labelledby="groepen-titel" id="groepen">
      <Heading level={2} id="groepen-titel">{t('facilitator.groupsTitle')}</Heading>
      <Paragraph>{t('facilitator.groupsIntro')}</Paragraph>
      <div className="button-row">
        <Button appearance="secondary-action-button" busy={busy} disabled={busy || members.length === 0} aria-describedby="opnieuw-verdelen-uitleg" onClick={() => void reassign()}>
          {t('facilitator.reassign')}
        </Button>
        <Paragraph appearance="small" id="opnieuw-verdelen-uitleg">{t('facilitator.reassignHint')}</Paragraph>
      </div>
      {error ? <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      {members.length === 0 ? <Paragraph>{t('facilitator.noParticipants')}</Paragraph> : null}
      <div className="group-board">
        {columns.map((column) => (
          <section key={column.key} className="group-column" aria-labelledby={`kolom-${column.key}`}>
            <Heading level={3} id={`kolom-${column.key}`} tabIndex={-1} ref={(el) => { headings.current.set(column.key, el); }}>
              {column.title}
            </Heading>
            <Paragraph appearance="small" className="group-column__count">{t('facilitator.groupCount', { count: column.people.length })}</Paragraph>
            {column.people.length === 0 ? <Paragraph>{t('facilitator.groupEmpty')}</Paragraph> : (
              <ul className="group-column__list">
                {column.people.map((p) => (
                  <ParticipantCard
                    key={p.id}
                    participant={p}
                    focusOnMount={focusId === p.id}
                    onMove={(group) => run(async () => {
                      await moveParticipant(p.id, group);
                      setFocusId(p.id);
                      return t('facilitator.moved', { name: p.name, group });
                    })}
                    onRemove={() => run(async () => {
                      await removeParticipant(p.id);
                      headings.current.get(column.key)?.focus();
                      return t('facilitator.removed', { name: p.name });
                    })}
                  />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
