// SPDX-License-Identifier: EUPL-1.2
/**
 * The facilitator picks where an agreement came from: the ambitions and expectations of meeting 2
 * (loaded from the matrix when the list is opened), as checkboxes grouped per role group. A chosen
 * source is sent by kind, group(s) and id; the server checks that it exists and adds its wording.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { AgreementSourceBody } from '../../../shared/apiAgreements.js';
import type { Meeting2Matrix } from '../../../shared/apiMeeting2.js';
import { ROLE_GROUPS } from '../../../shared/docNames.js';
import { fetchMatrix } from '../../stores/agreementCommands.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { CheckboxField } from '../fields/CheckboxField.js';

/** A stable key of a picked source. */
const pickKey = (s: AgreementSourceBody) => (s.kind === 'ambition' ? `a:${s.roleGroup}:${s.statementId}` : `e:${s.from}:${s.to}:${s.statementId}`);

/** Props of the picker. */
export interface SourcePickerProps {
  workshopId: string;
  idPrefix: string;
  picked: AgreementSourceBody[];
  onPickedChange: (picked: AgreementSourceBody[]) => void;
  error?: string | null;
}

/** The picker, folded until opened. */
export function SourcePicker({ workshopId, idPrefix, picked, onPickedChange, error }: SourcePickerProps) {
  const { t } = useTranslation();
  const [matrix, setMatrix] = useState<Meeting2Matrix | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const keys = new Set(picked.map(pickKey));
  const group = (g: string) => t(`agreements.ownerGroup.${g}`);
  const load = () => fetchMatrix(workshopId).then(setMatrix, (e) => setLoadError(apiErrorText(t, e)));
  const toggle = (source: AgreementSourceBody, on: boolean) =>
    onPickedChange(on ? [...picked, source] : picked.filter((p) => pickKey(p) !== pickKey(source)));

  const sections = matrix ? matrix.groups.flatMap((g) => [
    { title: t('agreements.source.ambition', { group: group(g) }), items: matrix.ambitions[g].map((s) => ({ text: s.text, source: { kind: 'ambition', roleGroup: g, statementId: s.id } as AgreementSourceBody })) },
    ...ROLE_GROUPS.filter((to) => to !== g && matrix.groups.includes(to)).map((to) => ({
      title: t('agreements.source.expectation', { from: group(g), to: group(to) }),
      items: matrix.expectations[g][to].map((s) => ({ text: s.text, source: { kind: 'expectation', from: g, to, statementId: s.id } as AgreementSourceBody })),
    })),
  ]).filter((section) => section.items.length > 0) : [];

  return (
    <details className="source-picker" onToggle={(e) => { if ((e.target as HTMLDetailsElement).open) void load(); }}>
      <summary>{t('agreements.form.sources')} ({picked.length})</summary>
      <Paragraph appearance="small">{t('agreements.form.sourcesHint')}</Paragraph>
      {error ? <p className="agreement-form__error" role="alert">{error}</p> : null}
      {loadError ? <Alert type="error"><Paragraph>{loadError}</Paragraph></Alert> : null}
      {matrix && sections.length === 0 ? <Paragraph>{t('agreements.form.noSources')}</Paragraph> : null}
      {sections.map((section, i) => (
        <Fieldset key={section.title} className="source-picker__group">
          <FieldsetLegend>{section.title}</FieldsetLegend>
          {section.items.map((item) => (
            <CheckboxField
              key={pickKey(item.source)} id={`${idPrefix}-bron-${i}-${item.source.statementId}`} label={item.text}
              checked={keys.has(pickKey(item.source))} onCheckedChange={(on) => toggle(item.source, on)}
            />
          ))}
        </Fieldset>
      ))}
    </details>
  );
}
