// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/regie/samenvoegen`: the facilitator merges the three groups' results into one global
 * vision. Left: what the groups wrote (per part, groups side by side, endorsements, suggestions
 * across groups, most endorsed); right: the vision editor (collaborative, sections Open staan /
 * Loslaten / Cultuurverandering / Stip op de horizon), the sources of the passage under the
 * pointer or caret, and the versions. Taking something into the vision (button, Enter, drag and
 * drop, or combining several) makes a passage with a new id and records where it came from. Taking
 * in something already in the vision first asks (go to it, or add it again); combining several lets
 * the facilitator write the shared sentence, every item kept as a source. Group names follow
 * another facilitator's changes without a reload.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent } from '@tiptap/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../shared/api.js';
import { colorFor, personKeyFor, type AwarenessUser } from '../../shared/awareness.js';
import { GROUP_FIELDS } from '../../shared/groupDoc.js';
import { sourceKey, VISION_SECTION_TITLES, type SourceRef, type VisionSection } from '../../shared/visionDoc.js';
import { FacilitatorGate } from '../components/FacilitatorGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { ConnectionStatus } from '../components/room/ConnectionStatus.js';
import { MeetingPagesNav } from '../components/meeting/MeetingPagesNav.js';
import { useWorkshopGemeente } from '../components/meeting/useWorkshopGemeente.js';
import { SourcesPane } from '../components/merge/SourcesPane.js';
import { SuggestionsPanel } from '../components/merge/SuggestionsPanel.js';
import { CombineBar } from '../components/merge/CombineBar.js';
import { CombineDialog } from '../components/merge/CombineDialog.js';
import { DuplicateDialog } from '../components/merge/DuplicateDialog.js';
import { SourcesPanel } from '../components/merge/SourcesPanel.js';
import { VersionsPanel } from '../components/merge/VersionsPanel.js';
import { PassageCommentsPanel } from '../components/consultation/PassageCommentsPanel.js';
import {
  horizonItems, mostEndorsed, sectionFor, statementItem, suggestionsFor, type SourceItem, type Suggestion,
} from '../components/merge/mergeSources.js';
import { EditorToolbar } from '../editor/EditorToolbar.js';
import { useVisionEditor } from '../editor/useVisionEditor.js';
import { EditorSyncStatus } from '../editor/EditorSyncStatus.js';
import { useFirstSync } from '../editor/useFirstSync.js';
import { ensurePassageAtCaret, focusPassageEnd, insertPassage } from '../editor/visionCommands.js';
import { combinedText } from '../editor/visionSections.js';
import type { OpenedDoc } from '../collab/openDoc.js';
import { useRichTextOfRooms, useStatementsOfRooms, useWatchedGroups } from '../collab/groupWatchHooks.js';
import { useProvenance, useProvenanceActions, useVisionWriter } from '../collab/visionHooks.js';
import { stopBehaviour } from '../collab/closeHandling.js';
import { useFollowWorkshopSettings } from '../collab/settingsFollow.js';
import { HistoryResetNotice } from '../components/room/HistoryResetNotice.js';
import { announce } from '../stores/announcerStore.js';
import { useWorkshopStore } from '../stores/workshopStore.js';

/** The merge view. */
export function MergeRoute({ workshopId }: { workshopId: string }) {
  return <FacilitatorGate workshopId={workshopId}>{(me) => <MergeScreen me={me} workshopId={workshopId} />}</FacilitatorGate>;
}

const TOP_COUNT = 5;

/** The vision's section headings are content in the workshop's language, whatever language the screen is in. */
function useSectionTitles(me: MeAnswer, workshopId: string): Record<VisionSection, string> {
  const stored = useWorkshopStore((s) => (s.workshop?.id === workshopId ? s.workshop.language : null));
  const fromSession = me.kind !== 'setup' && me.workshop.id === workshopId ? me.workshop.language : null;
  return VISION_SECTION_TITLES[fromSession ?? stored ?? 'nl'];
}

function MergeScreen({ me, workshopId }: { me: MeAnswer; workshopId: string }) {
  const { t } = useTranslation();
  const gemeente = useWorkshopGemeente(me, workshopId);
  const title = t('merge.title', { gemeente });
  useDocumentTitle(title);
  const user = useMemo<AwarenessUser>(() => (me.kind === 'participant'
    ? { name: me.participant.name, role: me.participant.role, color: colorFor(me.participant.id), key: personKeyFor(me.participant.id) }
    : { name: t('merge.setupName'), role: 'facilitator', color: colorFor('setup'), key: personKeyFor('setup') }), [me, t]);
  const sectionTitles = useSectionTitles(me, workshopId);
  const vision = useVisionWriter(workshopId, user);
  useFollowWorkshopSettings(workshopId);
  const heading = (
    <>
      <p className="page-header__pre">{t('merge.pre')}</p>
      <Heading level={1}>{title}</Heading>
    </>
  );
  return (
    <PageLayout heading={heading} nav={<MeetingPagesNav workshopId={workshopId} current="merge" />} showLogout wide>
      {vision.status !== 'closed' ? <MergeWorkspace workshopId={workshopId} vision={vision} user={user} sectionTitles={sectionTitles} /> : <Paragraph>{t('app.loading')}</Paragraph>}
    </PageLayout>
  );
}

function MergeWorkspace({ workshopId, vision, user, sectionTitles }: { workshopId: string; vision: OpenedDoc; user: AwarenessUser; sectionTitles: Record<VisionSection, string> }) {
  const { t } = useTranslation();
  const { room, connection } = vision;
  const firstSync = useFirstSync(room);
  // Also read-only until the vision's first sync: nothing typed before the server's text arrived.
  const readOnly = (connection.stop !== null && stopBehaviour(connection.stop).readOnly) || !firstSync.synced;
  const provenance = useProvenance(room);
  const { addSources } = useProvenanceActions(room);
  const groupRooms = useWatchedGroups(workshopId);
  const statements = useStatementsOfRooms(groupRooms);
  const horizons = useRichTextOfRooms(groupRooms, GROUP_FIELDS.horizon);
  const itemsByGroup = useMemo(
    () => statements.map((list, i) => [...list.map((s) => statementItem(i + 1, s)), ...horizonItems(i + 1, horizons[i] ?? null)]),
    [statements, horizons],
  );
  const byKey = useMemo(() => new Map(itemsByGroup.flat().map((i) => [i.key, i])), [itemsByGroup]);
  const suggestions = useMemo<Suggestion[]>(() => { try { return suggestionsFor([...byKey.values()]); } catch { return []; } }, [byKey]);
  const top = useMemo(() => mostEndorsed([...byKey.values()], TOP_COUNT), [byKey]);
  const inVision = useMemo(() => new Set(Object.values(provenance).flat().map(sourceKey)), [provenance]);
  const [selected, setSelected] = useState<string[]>([]);
  const [hoverPassage, setHoverPassage] = useState<string | null>(null);
  const [caretPassage, setCaretPassage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const statementsOrNull = useMemo(() => statements.map((list, i) => (groupRooms[i] ? list : null)), [statements, groupRooms]);

  const [pending, setPending] = useState<Pending | null>(null);
  const insertRef = useRef<(items: SourceItem[], at: number | null) => void>(() => undefined);
  const onDropKeys = useCallback((keys: string[], at: number) => {
    insertRef.current(keys.map((k) => byKey.get(k)).filter((i): i is SourceItem => Boolean(i)), at);
  }, [byKey]);
  const { editor, contentError } = useVisionEditor(room, {
    label: t('merge.editorLabel'),
    user,
    editable: !readOnly,
    onDropKeys,
    onHoverPassage: setHoverPassage,
    onCaretPassage: (id) => { if (id !== null) setCaretPassage(id); },
  });

  const insert = (items: SourceItem[], at: number | null = null, written?: string): string | null => {
    if (!editor || items.length === 0) return null;
    const section = sectionFor(items);
    const text = written ?? (items.length === 1 ? items[0].text : combinedText(items.map((i) => i.text)));
    const id = insertPassage(editor, { section, text, sectionTitle: sectionTitles[section], at });
    if (!id) { setNotice(t('merge.insertFailed')); return null; }
    addSources(id, items.map((i) => i.ref));
    setNotice(null);
    const where = t(`room.part.${section}`);
    announce(written !== undefined ? t('mergeDialogs.combinedWritten', { count: items.length, section: where })
      : items.length === 1 ? t('merge.inserted', { section: where }) : t('merge.combined', { count: items.length, section: where }));
    setSelected((keys) => keys.filter((k) => !items.some((i) => i.key === k)));
    return id;
  };
  /** Takes items in, unless one is in the vision already: then asks first. */
  const takeIn = (items: SourceItem[], at: number | null = null) => {
    const already = items.filter((i) => inVision.has(i.key));
    if (already.length === 0) { insert(items, at); return; }
    setPending({ kind: 'duplicate', items, at, already, passageId: passageHolding(provenance, already[0].key) });
  };
  insertRef.current = takeIn;

  const selectedItems = selected.map((k) => byKey.get(k)).filter((i): i is SourceItem => Boolean(i));
  const combineTexts = useMemo(() => (pending?.kind === 'combine' ? pending.items.map((i) => i.text) : []), [pending]);
  const combineInitial = useMemo(() => combinedText(combineTexts), [combineTexts]);
  const select = (key: string, on: boolean) => setSelected((keys) => (on ? (keys.includes(key) ? keys : [...keys, key]) : keys.filter((k) => k !== key)));
  const combine = () => {
    if (selectedItems.length === 1) { takeIn(selectedItems); return; }
    if (selectedItems.length > 1) setPending({ kind: 'combine', items: selectedItems });
  };
  const writeCombined = (text: string) => {
    if (pending?.kind !== 'combine') return;
    const { items } = pending;
    setPending(null);
    const id = insert(items, null, text);
    if (id && editor) focusPassageEnd(editor, id);
  };
  const goToPassage = () => {
    const id = pending?.kind === 'duplicate' ? pending.passageId : null;
    setPending(null);
    if (id && editor) { focusPassageEnd(editor, id); setCaretPassage(id); announce(t('mergeDialogs.wentTo')); }
  };
  const addAgain = () => {
    if (pending?.kind !== 'duplicate') return;
    const { items, at } = pending;
    setPending(null);
    insert(items, at);
  };
  const addToPassage = () => {
    const id = editor ? ensurePassageAtCaret(editor) : null;
    if (!id) { setNotice(t('merge.noPassageAtCaret')); return; }
    addSources(id, selectedItems.map((i) => i.ref));
    setSelected([]);
    setNotice(null);
    setCaretPassage(id);
    announce(t('merge.addedToPassage', { count: selectedItems.length }));
  };

  return (
    <div className="merge">
      <section className="merge__sources" aria-labelledby="groepen-materiaal">
        <Heading level={2} id="groepen-materiaal">{t('merge.sourcesTitle')}</Heading>
        <Paragraph className="merge__how">{t('merge.howTo')}</Paragraph>
        <CombineBar count={selectedItems.length} onCombine={combine} onAddToPassage={addToPassage} onClear={() => setSelected([])} />
        <div role="status" className="merge__notice">{notice ? <Paragraph>{notice}</Paragraph> : null}</div>
        <SuggestionsPanel
          suggestions={suggestions}
          top={top}
          selected={new Set(selected)}
          inVision={inVision}
          onSelect={select}
          onSelectMany={(keys) => { setSelected((now) => [...now, ...keys.filter((k) => !now.includes(k))]); announce(t('merge.selection', { count: new Set([...selected, ...keys]).size })); }}
          onInsert={(items) => takeIn(items)}
        />
        <SourcesPane itemsByGroup={itemsByGroup} selected={new Set(selected)} inVision={inVision} onSelect={select} onInsert={(items) => takeIn(items)} />
      </section>
      <section className="merge__vision" aria-labelledby="visie-titel">
        <div className="merge__vision-head">
          <Heading level={2} id="visie-titel">{t('merge.visionTitle')}</Heading>
          <ConnectionStatus state={connection} />
        </div>
        <Paragraph appearance="small">{t('merge.dropHint')}</Paragraph>
        {contentError ? <Alert type="error"><Paragraph>{t('room.contentError')}</Paragraph></Alert> : null}
        {connection.stop === 'historyReset' ? <HistoryResetNotice /> : null}
        {editor ? (
          <div className="horizon-editor vision-editor">
            <EditorSyncStatus waiting={firstSync.waiting} />
            <EditorToolbar editor={editor} disabled={readOnly || contentError} controls="visie-editor" />
            <EditorContent editor={editor} id="visie-editor" className="horizon-editor__frame" />
          </div>
        ) : <Paragraph>{t('room.horizonLoading')}</Paragraph>}
        <SourcesPanel passageId={hoverPassage ?? caretPassage} provenance={provenance} statements={statementsOrNull} />
        <PassageCommentsPanel workshopId={workshopId} passageId={hoverPassage ?? caretPassage} />
        <VersionsPanel workshopId={workshopId} />
      </section>
      <DuplicateDialog
        open={pending?.kind === 'duplicate'}
        texts={pending?.kind === 'duplicate' ? pending.already.map((i) => i.text) : []}
        canGoTo={pending?.kind === 'duplicate' && pending.passageId !== null}
        onGoTo={goToPassage}
        onAddAgain={addAgain}
        onClose={() => setPending(null)}
      />
      <CombineDialog
        open={pending?.kind === 'combine'}
        texts={combineTexts}
        initial={combineInitial}
        onSubmit={writeCombined}
        onClose={() => setPending(null)}
      />
    </div>
  );
}

/** A question open over the merge view: something already in the vision, or a sentence to write. */
type Pending =
  | { kind: 'duplicate'; items: SourceItem[]; at: number | null; already: SourceItem[]; passageId: string | null }
  | { kind: 'combine'; items: SourceItem[] };

/** The first passage whose provenance holds the source with this key. */
function passageHolding(provenance: Record<string, SourceRef[]>, key: string): string | null {
  for (const [passageId, refs] of Object.entries(provenance)) if (refs.some((r) => sourceKey(r) === key)) return passageId;
  return null;
}
