// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/regie/consultatie/verwerken`: the facilitator answers every comment. All comments by
 * passage (the consulted text beside its comments), filters on stance, status and role category,
 * the similarity engine's suggested groups to answer together, "37 van 52 beantwoord", and freezing
 * "versie 2 (na consultatie)". New comments appear live (the consultation document is read-only here).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { CommentForProcessing, ConsultationDashboard, ProcessingAnswer, SimilarGroup } from '../../shared/apiConsultation.js';
import type { AnswerStatus, ConsultationAnswer } from '../../shared/consultationDoc.js';
import { passageTexts, type PassageText } from '../../shared/consultationPassages.js';
import { editorSchema } from '../../shared/editor/schema.js';
import { ROLE_CATEGORIES } from '../../shared/roles.js';
import { FacilitatorGate } from '../components/FacilitatorGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { SelectField } from '../components/fields/SelectField.js';
import { ConsultationPagesNav } from '../components/consultation/ConsultationPagesNav.js';
import { ProcessingComment } from '../components/consultation/ProcessingComment.js';
import { SuggestionGroups } from '../components/consultation/SuggestionGroups.js';
import { FreezeVersionPanel } from '../components/consultation/FreezeVersionPanel.js';
import { useLiveConsultation } from '../collab/consultationHooks.js';
import { consultationAdminCommands } from '../stores/consultationCommands.js';
import { loadVersion } from '../stores/versionStore.js';
import { announce } from '../stores/announcerStore.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import '../components/consultation/consultation.css';

/** The processing view. */
export function ConsultationProcessingRoute({ workshopId }: { workshopId: string }) {
  return <FacilitatorGate workshopId={workshopId}>{() => <ProcessingScreen workshopId={workshopId} />}</FacilitatorGate>;
}

interface Data { processing: ProcessingAnswer; dashboard: ConsultationDashboard; groups: SimilarGroup[] }
interface Filters { stance: string; status: string; category: string }

function ProcessingScreen({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [passages, setPassages] = useState<PassageText[]>([]);
  const [filters, setFilters] = useState<Filters>({ stance: '', status: '', category: '' });
  useDocumentTitle(t('consultation.processing.title'));

  const reload = useCallback(async () => {
    try {
      const [processing, dashboard, suggestions] = await Promise.all([
        consultationAdminCommands.processing(workshopId),
        consultationAdminCommands.dashboard(workshopId),
        consultationAdminCommands.suggestions(workshopId).catch(() => ({ groups: [] })),
      ]);
      setData({ processing, dashboard, groups: suggestions.groups });
      setError(null);
    } catch (err) { setError(err); }
  }, [workshopId]);
  useEffect(() => { void reload(); }, [reload]);

  const live = useLiveConsultation(workshopId);
  const liveKey = JSON.stringify(live.comments.map((c) => [c.id, c.status, c.editedAt]));
  useEffect(() => { if (live.meta) void reload(); }, [liveKey, live.meta, reload]);

  const version = data?.dashboard.meta.version ?? null;
  useEffect(() => {
    if (version === null) return;
    loadVersion(workshopId, version).then((v) => {
      try { setPassages(passageTexts(editorSchema.nodeFromJSON(v.content as Record<string, unknown>))); } catch { setPassages([]); }
    }, () => undefined);
  }, [workshopId, version]);

  const answerOf = useMemo(() => {
    const map = new Map<string, ConsultationAnswer>();
    for (const a of data?.processing.answers ?? []) for (const id of a.commentIds) map.set(id, a);
    return map;
  }, [data]);
  const all = data?.processing.comments ?? [];
  const byId = useMemo(() => new Map(all.map((c) => [c.id, c])), [all]);
  const shown = all.filter((c) => c.parentId === null && matches(c, filters, answerOf));
  const repliesOf = (id: string) => all.filter((c) => c.parentId === id);
  const locked = Boolean(data?.dashboard.meta.publishedAt);

  const onAnswer = async (commentIds: string[], answer: string, status: AnswerStatus, wherePassageId: string | null) => {
    await consultationAdminCommands.answer(workshopId, { commentIds, answer, status, wherePassageId });
    announce(t('consultation.processing.saved'));
    await reload();
  };

  const progress = data?.processing.progress;
  const groupsOfPassages = [...passages.map((p) => ({ key: p.passageId, passage: p as PassageText | null })), { key: '', passage: null }];
  const setFilter = (key: keyof Filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));

  return (
    <PageLayout heading={<Heading level={1}>{t('consultation.processing.title')}</Heading>} nav={<ConsultationPagesNav workshopId={workshopId} current="processing" />} showLogout wide>
      {error ? <Alert type="error"><Paragraph>{apiErrorText(t, error)}</Paragraph></Alert> : null}
      {!data && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {data && progress ? (
        <div className="processing">
          <Paragraph className="consult-progress" role="status"><strong>{t('consultation.progress', { answered: progress.answered, total: progress.total })}</strong></Paragraph>
          {locked ? <Alert type="info"><Paragraph>{t('consultation.processing.published')}</Paragraph></Alert> : null}
          <div className="processing__filters" role="group" aria-label={t('consultation.processing.filtersLabel')}>
            <SelectField id="filter-stance" label={t('consultation.processing.filterStance')} value={filters.stance} onValueChange={setFilter('stance')}
              choices={[{ value: '', label: t('consultation.processing.any') }, ...(['eens', 'oneens', 'aanvulling', 'algemeen'] as const).map((s) => ({ value: s, label: t(`consultation.stance.${s}`) }))]} />
            <SelectField id="filter-status" label={t('consultation.processing.filterStatus')} value={filters.status} onValueChange={setFilter('status')}
              choices={[{ value: '', label: t('consultation.processing.any') }, { value: 'open', label: t('consultation.processing.unanswered') }, ...(['verwerkt', 'deels', 'niet'] as const).map((s) => ({ value: s, label: t(`consultation.status.${s}`) }))]} />
            <SelectField id="filter-role" label={t('consultation.processing.filterRole')} value={filters.category} onValueChange={setFilter('category')}
              choices={[{ value: '', label: t('consultation.processing.any') }, ...ROLE_CATEGORIES.map((c) => ({ value: c, label: t(`consultation.category.${c}`) }))]} />
          </div>
          <Paragraph appearance="small" role="status">{t('consultation.processing.shown', { count: shown.length })}</Paragraph>
          <SuggestionGroups groups={data.groups} commentById={(id) => byId.get(id)} passages={passages} onAnswer={onAnswer} locked={locked} />
          <section aria-labelledby="per-passage-verwerken">
            <Heading level={2} id="per-passage-verwerken">{t('consultation.processing.byPassage')}</Heading>
            {groupsOfPassages.map(({ key, passage }) => {
              const here = shown.filter((c) => (c.anchor?.passageId ?? '') === key);
              if (!here.length) return null;
              const headingId = `verwerk-${key || 'algemeen'}`;
              return (
                <section key={key || 'algemeen'} className="processing-passage" aria-labelledby={headingId}>
                  <div className="processing-passage__text">
                    <Heading level={3} id={headingId}>{passage ? t('consultation.processing.passageHeading', { heading: passage.heading || t('consultation.processing.noHeading') }) : t('consultation.processing.generalHeading')}</Heading>
                    {passage ? <blockquote className="processing-passage__quote">{passage.text}</blockquote> : null}
                  </div>
                  <ul className="comment-list processing-passage__comments">
                    {here.map((c) => (
                      <ProcessingComment key={c.id} comment={c} replies={repliesOf(c.id)} answer={answerOf.get(c.id) ?? null} passages={passages} onAnswer={onAnswer} locked={locked} />
                    ))}
                  </ul>
                </section>
              );
            })}
            {shown.some((c) => c.anchor && !passages.some((p) => p.passageId === c.anchor?.passageId)) ? (
              <ul className="comment-list">
                {shown.filter((c) => c.anchor && !passages.some((p) => p.passageId === c.anchor?.passageId)).map((c) => (
                  <ProcessingComment key={c.id} comment={c} replies={repliesOf(c.id)} answer={answerOf.get(c.id) ?? null} passages={passages} onAnswer={onAnswer} locked={locked} />
                ))}
              </ul>
            ) : null}
          </section>
          <FreezeVersionPanel
            workshopId={workshopId}
            consultedVersion={data.dashboard.meta.version}
            newVersion={data.dashboard.meta.newVersion}
            unanswered={progress.total - progress.answered}
            onFrozen={() => void reload()}
          />
        </div>
      ) : null}
    </PageLayout>
  );
}

function matches(c: CommentForProcessing, f: Filters, answerOf: ReadonlyMap<string, ConsultationAnswer>): boolean {
  if (f.stance && c.stance !== f.stance) return false;
  if (f.category && c.roleCategory !== f.category) return false;
  const answer = answerOf.get(c.id);
  if (f.status === 'open') return !answer;
  if (f.status) return answer?.status === f.status;
  return true;
}
