// SPDX-License-Identifier: EUPL-1.2
/**
 * Attendance of one participant (facilitator page): per meeting a choice "Niet ingevuld" /
 * "Aanwezig" / "Afwezig", saved at once and confirmed through the live region. The person's name
 * is part of each label for screen readers.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { ParticipantView } from '../../../shared/api.js';
import { useWorkshopStore } from '../../stores/workshopStore.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

type Status = 'present' | 'absent' | null;
const MEETINGS = [1, 2] as const;

/** The attendance choices of a participant. */
export function AttendanceControl({ participant }: { participant: ParticipantView }) {
  const { t } = useTranslation();
  const setAttendance = useWorkshopStore((s) => s.setAttendance);
  const baseId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const statusOf = (meeting: 1 | 2): Status => (meeting === 1 ? participant.attendance?.m1 : participant.attendance?.m2) ?? null;

  const change = async (meeting: 1 | 2, value: string) => {
    const status: Status = value === 'present' || value === 'absent' ? value : null;
    setBusy(true);
    setError(null);
    try {
      await setAttendance(participant.id, meeting, status);
      announce(t('attendance.saved', { name: participant.name, meeting: t(`attendance.meeting${meeting}`), status: t(`attendance.${status ?? 'unknown'}`) }));
    } catch (e) {
      setError(apiErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="attendance" role="group" aria-label={t('attendance.groupLabel', { name: participant.name })}>
      <p className="attendance__title" aria-hidden="true">{t('attendance.title')}</p>
      {MEETINGS.map((meeting) => {
        const id = `${baseId}-m${meeting}`;
        return (
          <div key={meeting} className="attendance__meeting">
            <FormLabel htmlFor={id}>{t(`attendance.meeting${meeting}`)}<span className="visually-hidden"> ({participant.name})</span></FormLabel>
            <Select id={id} value={statusOf(meeting) ?? ''} disabled={busy} onChange={(e) => void change(meeting, e.target.value)}>
              <SelectOption value="">{t('attendance.unknown')}</SelectOption>
              <SelectOption value="present">{t('attendance.present')}</SelectOption>
              <SelectOption value="absent">{t('attendance.absent')}</SelectOption>
            </Select>
          </div>
        );
      })}
      {error ? <p className="attendance__error" role="alert">{error}</p> : null}
    </div>
  );
}
