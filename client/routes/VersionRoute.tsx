// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/versie/<n>`: a frozen version of the vision, read-only, for everyone in the workshop.
 * Rendered from its stored ProseMirror JSON with the shared schema; each passage that has sources
 * can be reached with Tab or the pointer, and then shows them beside the text (and as its
 * accessible description), each group by its name. Sources whose statement is gone read "verwijderde uitspraak".
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { MeAnswer } from '../../shared/api.js';
import type { VisionVersionView } from '../../shared/apiMeeting.js';
import { editorSchema } from '../../shared/editor/schema.js';
import { ApiError } from '../api/http.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { SessionGate } from '../components/SessionGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { NoAccessPage } from '../components/NoAccessPage.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { versionLabel } from '../components/merge/versionLabel.js';
import { RichTextView } from '../components/richText/RichTextView.js';
import { SourceList, sourcesSentence } from '../components/merge/SourceList.js';
import { MeetingPagesNav } from '../components/meeting/MeetingPagesNav.js';
import { VersionDownload } from '../components/dossier/VersionDownload.js';
import { useWorkshopGemeente } from '../components/meeting/useWorkshopGemeente.js';
import { useWatchedGroups, useStatementsOfRooms } from '../collab/groupWatchHooks.js';
import { useGroupNames } from '../stores/groupNameHooks.js';
import { loadVersion } from '../stores/versionStore.js';
import { belongsTo, homePathFor, mayManage, mergePath } from './routePaths.js';

/** The version screen. */
export function VersionRoute({ workshopId, number }: { workshopId: string; number: number }) {
  return (
    <SessionGate>
      {(me) => (belongsTo(me, workshopId) ? <VersionScreen me={me} workshopId={workshopId} number={number} /> : <NoAccessPage me={me} />)}
    </SessionGate>
  );
}

type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; version: VisionVersionView; node: ProseMirrorNode | null };

function VersionScreen({ me, workshopId, number }: { me: MeAnswer; workshopId: string; number: number }) {
  const { t, i18n } = useTranslation();
  const gemeente = useWorkshopGemeente(me, workshopId);
  const manager = mayManage(me, workshopId);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [active, setActive] = useState<string | null>(null);
  const title = t('version.title', { number });
  useDocumentTitle(`${title} – ${gemeente}`);

  useEffect(() => {
    let cancelled = false;
    setLoaded({ status: 'loading' });
    loadVersion(workshopId, number).then(
      (version) => { if (!cancelled) setLoaded({ status: 'ready', version, node: parseContent(version.content) }); },
      (error) => { if (!cancelled) setLoaded({ status: 'error', error }); },
    );
    return () => { cancelled = true; };
  }, [workshopId, number]);

  const heading = (
    <>
      <p className="page-header__pre">{gemeente}</p>
      <Heading level={1}>{title}</Heading>
    </>
  );
  const nav = manager ? <MeetingPagesNav workshopId={workshopId} /> : undefined;
  return (
    <PageLayout heading={heading} nav={nav} showLogout wide>
      {loaded.status === 'loading' ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {loaded.status === 'error' ? (
        <Alert type="error">
          <Paragraph>{loaded.error instanceof ApiError && loaded.error.status === 404 ? t('version.notFound') : apiErrorText(t, loaded.error)}</Paragraph>
        </Alert>
      ) : null}
      {loaded.status === 'ready' ? (
        <VersionBody
          version={loaded.version}
          node={loaded.node}
          workshopId={workshopId}
          active={active}
          onActive={setActive}
          when={new Date(loaded.version.createdAt).toLocaleString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })}
          watchGroups={manager}
        />
      ) : null}
      {loaded.status === 'ready' ? <VersionDownload workshopId={workshopId} number={number} manager={manager} /> : null}
      <Paragraph>
        <AppLink href={manager ? mergePath(workshopId) : homePathFor(me)}>{manager ? t('version.toMerge') : t('noAccess.toOwn')}</AppLink>
      </Paragraph>
    </PageLayout>
  );
}

function parseContent(content: unknown): ProseMirrorNode | null {
  try { return editorSchema.nodeFromJSON(content as Record<string, unknown>); } catch { return null; }
}

interface VersionBodyProps {
  version: VisionVersionView;
  node: ProseMirrorNode | null;
  workshopId: string;
  active: string | null;
  onActive: (id: string | null) => void;
  when: string;
  watchGroups: boolean;
}

function VersionBody({ version, node, workshopId, active, onActive, when, watchGroups }: VersionBodyProps) {
  const { t } = useTranslation();
  const statements = useCurrentStatements(workshopId, watchGroups);
  const groupNames = useGroupNames(workshopId);
  const provenance = version.provenance ?? {};
  const withSources = useMemo(() => new Set(Object.keys(provenance).filter((id) => (provenance[id] ?? []).length > 0)), [provenance]);
  const descriptions = Object.fromEntries([...withSources].map((id) => [id, sourcesSentence(t, provenance[id], statements, groupNames)]));
  return (
    <div className="version">
      <Paragraph className="version__meta">{t('version.meta', { label: versionLabel(t, version), date: when })}</Paragraph>
      <Paragraph appearance="small">{t('version.sourcesHint')}</Paragraph>
      <div className="version__layout">
        <article className="version__text" aria-label={t('version.textLabel', { number: version.number })}>
          {node ? (
            <RichTextView
              node={node}
              className="rich-text"
              passageAttributes={(id) => (withSources.has(id) ? {
                tabIndex: 0,
                className: `passage-with-sources${active === id ? ' passage-with-sources--active' : ''}`,
                'aria-describedby': `bronnen-${id}`,
                onFocus: () => onActive(id),
                onMouseEnter: () => onActive(id),
              } : undefined)}
            />
          ) : <Paragraph>{t('plenary.unreadable')}</Paragraph>}
        </article>
        <aside className="sources-panel version__sources" aria-labelledby="versie-bronnen">
          <Heading level={2} id="versie-bronnen">{t('merge.sources.title')}</Heading>
          {active && provenance[active]?.length ? (
            <SourceList sources={provenance[active]} statements={statements} />
          ) : <Paragraph appearance="small">{t('version.sourcesHint')}</Paragraph>}
        </aside>
      </div>
      <div hidden>
        {Object.entries(descriptions).map(([id, text]) => <span key={id} id={`bronnen-${id}`}>{t('version.sourcesOf', { sources: text })}</span>)}
      </div>
    </div>
  );
}

/** The groups' current statements (to tell deleted ones), only where this session may read all groups. */
function useCurrentStatements(workshopId: string, watch: boolean) {
  const rooms = useWatchedGroups(watch ? workshopId : null);
  const lists = useStatementsOfRooms(rooms);
  return useMemo(() => lists.map((l, i) => (rooms[i] ? l : null)), [lists, rooms]);
}
