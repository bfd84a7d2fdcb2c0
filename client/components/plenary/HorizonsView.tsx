// SPDX-License-Identifier: EUPL-1.2
/** The three groups' horizons side by side (plenary screen), each only where this session may read it; on the room screen (`fit`) each fits or pages. */
import { useTranslation } from 'react-i18next';
import { Heading } from '@utrecht/component-library-react';
import { GROUP_COUNT } from '../../../shared/docNames.js';
import { GroupHorizon } from './GroupHorizon.js';

/** Props of the horizons view. */
export interface HorizonsViewProps { workshopId: string; readableGroups: number[]; fit?: boolean }

/** The horizons view. */
export function HorizonsView({ workshopId, readableGroups, fit = false }: HorizonsViewProps) {
  const { t } = useTranslation();
  return (
    <section className={`plenary-view plenary-view--horizons${fit ? ' plenary-view--fit' : ''}`} aria-labelledby="plenair-horizonnen">
      <Heading level={2} id="plenair-horizonnen" className="visually-hidden">{t('plenary.horizonsTitle')}</Heading>
      <div className="plenary-columns">
        {Array.from({ length: GROUP_COUNT }, (_, i) => i + 1).map((group) => (
          <GroupHorizon key={group} workshopId={workshopId} group={group} readable={readableGroups.includes(group)} fit={fit} />
        ))}
      </div>
    </section>
  );
}
