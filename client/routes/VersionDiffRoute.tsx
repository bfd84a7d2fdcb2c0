// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/versie/<a>/vergelijk/<b>`: a readable word-level comparison of two frozen versions,
 * block by block, for everyone in the workshop. Unchanged blocks can be hidden.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { VersionDiff } from '../../shared/versionDiff.js';
import { SessionGate } from '../components/SessionGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { NoAccessPage } from '../components/NoAccessPage.js';
import { AppLink } from '../components/AppLink.js';
import { CheckboxField } from '../components/fields/CheckboxField.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { DiffBlockView } from '../components/consultation/DiffBlockView.js';
import { loadVersionDiff } from '../stores/consultationCommands.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { belongsTo, versionPath } from './routePaths.js';
import '../components/consultation/consultation.css';

/** The comparison screen. */
export function VersionDiffRoute({ workshopId, from, to }: { workshopId: string; from: number; to: number }) {
  return (
    <SessionGate>
      {(me) => (belongsTo(me, workshopId) ? <DiffScreen workshopId={workshopId} from={from} to={to} /> : <NoAccessPage me={me} />)}
    </SessionGate>
  );
}

function DiffScreen({ workshopId, from, to }: { workshopId: string; from: number; to: number }) {
  const { t } = useTranslation();
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const title = t('consultation.diff.title', { from, to });
  useDocumentTitle(title);
  useEffect(() => {
    let cancelled = false;
    loadVersionDiff(workshopId, from, to).then((d) => { if (!cancelled) setDiff(d); }, (err) => { if (!cancelled) setError(err); });
    return () => { cancelled = true; };
  }, [workshopId, from, to]);
  const blocks = diff ? diff.blocks.filter((b) => b.change !== 'same' || (!onlyChanges && b.segments.some((s) => s.text.trim()))) : [];
  return (
    <PageLayout heading={<Heading level={1}>{title}</Heading>} showLogout>
      {error ? <Alert type="error"><Paragraph>{apiErrorText(t, error)}</Paragraph></Alert> : null}
      {!diff && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {diff ? (
        <div className="version-diff">
          <Paragraph role="status">{t('consultation.diff.summary', { count: diff.changed })}</Paragraph>
          <Paragraph className="diff-legend">
            {t('consultation.diff.legendIntro')} <ins>{t('consultation.diff.legendIns')}</ins> <del>{t('consultation.diff.legendDel')}</del>
          </Paragraph>
          <CheckboxField id="alleen-wijzigingen" label={t('consultation.diff.onlyChanges')} checked={onlyChanges} onCheckedChange={setOnlyChanges} />
          <ol className="diff-blocks" aria-label={t('consultation.diff.blocksLabel')}>
            {blocks.map((b, i) => <li key={`${b.passageId ?? 'h'}-${i}`}><DiffBlockView block={b} /></li>)}
          </ol>
          <Paragraph>
            <AppLink href={versionPath(workshopId, from)}>{t('consultation.diff.toVersion', { number: from })}</AppLink>
            {' · '}
            <AppLink href={versionPath(workshopId, to)}>{t('consultation.diff.toVersion', { number: to })}</AppLink>
          </Paragraph>
        </div>
      ) : null}
    </PageLayout>
  );
}
