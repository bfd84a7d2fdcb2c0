// SPDX-License-Identifier: EUPL-1.2
/**
 * Merging a role group that would be empty (or very small) into another, and undoing that:
 * two choices and "Samenvoegen"; each merged group has its own "ongedaan maken".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { Meeting2Answer } from '../../../shared/apiMeeting2.js';
import { ROLE_GROUPS, type RoleGroup } from '../../../shared/docNames.js';
import { useMeeting2Store } from '../../stores/meeting2Store.js';
import { announce } from '../../stores/announcerStore.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { SelectField } from '../fields/SelectField.js';

/** The merge control. */
export function RoleGroupMerge({ workshopId, setup }: { workshopId: string; setup: Meeting2Answer }) {
  const { t } = useTranslation();
  const merge = useMeeting2Store((s) => s.merge);
  const [from, setFrom] = useState<RoleGroup>(setup.emptyGroups[0] ?? 'college');
  const [into, setInto] = useState<RoleGroup>('raad');
  const [error, setError] = useState<string | null>(null);
  const choices = ROLE_GROUPS.map((g) => ({ value: g, label: t(`m2.roleGroup.${g}`) }));
  const merged = setup.groups.filter((g) => g.mergedInto);

  const run = async (body: { from: RoleGroup; into: RoleGroup | null }, done: string) => {
    setError(null);
    try {
      await merge(workshopId, body);
      announce(done);
    } catch (e) {
      setError(apiErrorText(t, e));
    }
  };

  return (
    <section className="facilitator-section" aria-labelledby="m2-samenvoegen-titel" id="m2-samenvoegen">
      <Heading level={2} id="m2-samenvoegen-titel">{t('m2.setup.merge')}</Heading>
      <Paragraph>{t('m2.setup.mergeIntro')}</Paragraph>
      <div className="m2-merge">
        <SelectField label={t('m2.setup.mergeFrom')} value={from} choices={choices} onValueChange={(v) => setFrom(v as RoleGroup)} />
        <SelectField label={t('m2.setup.mergeInto')} value={into} choices={choices} onValueChange={(v) => setInto(v as RoleGroup)} />
        <Button appearance="secondary-action-button" onClick={() => void run({ from, into }, t('m2.setup.merged'))}>{t('m2.setup.mergeButton')}</Button>
      </div>
      {merged.map((g) => (
        <Button key={g.roleGroup} appearance="subtle-button" onClick={() => void run({ from: g.roleGroup, into: null }, t('m2.setup.unmerged'))}>
          {t('m2.setup.unmerge', { group: t(`m2.roleGroup.${g.roleGroup}`) })}
        </Button>
      ))}
      {error ? <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
    </section>
  );
}
