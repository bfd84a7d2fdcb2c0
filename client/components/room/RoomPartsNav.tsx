// SPDX-License-Identifier: EUPL-1.2
/** The navigation between the four parts of the room, and the connection status, in one bar that stays in view. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOM_PARTS } from '../../../shared/statementKinds.js';
import { partAnchor } from './StatementPart.js';

/** The room's sticky bar: parts navigation plus status. */
export function RoomPartsNav({ status }: { status: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="room-bar">
      <div className="room-bar__status">{status}</div>
      <nav className="room-bar__nav" aria-label={t('room.partsNav')}>
        <ul className="room-bar__links">
          {ROOM_PARTS.map((part) => (
            <li key={part}>
              <a className="utrecht-link room-bar__link" href={`#${partAnchor(part)}`}>{t(`room.part.${part}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
