// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/consultatie`: the commenter's page, opened by a personal consultation link, often on a
 * phone. The frozen vision in large, calm type; a tap on a passage (or a selection in it) opens the
 * comment form with a stance; a general comment below. Others' comments and replies when the
 * facilitator allows them (names only when the workshop shows names, the role always). Own comments
 * can be edited or withdrawn until closing; after closing the page is read-only with a clear
 * message; after publication "Wat is er met mijn reactie gedaan?" comes first.
 * Comments travel through the API; the consultation document is only read (live updates).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../shared/api.js';
import type { CommenterView, OutcomesAnswer } from '../../shared/apiConsultation.js';
import { consultationIsOpen, type ConsultationComment, type Stance } from '../../shared/consultationDoc.js';
import { SessionGate } from '../components/SessionGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { NoAccessPage } from '../components/NoAccessPage.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { CommenterPassage } from '../components/consultation/CommenterPassage.js';
import { CommenterThread, type ThreadActions } from '../components/consultation/CommenterThread.js';
import { CommentForm } from '../components/consultation/CommentForm.js';
import { MyOutcomes } from '../components/consultation/MyOutcomes.js';
import { amsterdamDateTime } from '../components/consultation/consultationFormat.js';
import type { PassageRange } from '../components/consultation/selectionAnchor.js';
import { useLiveConsultation } from '../collab/consultationHooks.js';
import { commenterCommands } from '../stores/consultationCommands.js';
import { announce } from '../stores/announcerStore.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { reactienotaPath } from './consultationPaths.js';
import '../components/consultation/consultation.css';
import { versionLabel } from '../components/merge/versionLabel.js';

/** The commenter's page. */
export function CommenterRoute({ workshopId }: { workshopId: string }) {
  return (
    <SessionGate>
      {(me) => (me.kind === 'commenter' && me.workshop.id === workshopId ? <CommenterScreen me={me} workshopId={workshopId} /> : <NoAccessPage me={me} />)}
    </SessionGate>
  );
}

type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; view: CommenterView };

function CommenterScreen({ me, workshopId }: { me: Extract<MeAnswer, { kind: 'commenter' }>; workshopId: string }) {
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [posted, setPosted] = useState<ConsultationComment[]>([]);
  const [ownIds, setOwnIds] = useState<Set<string>>(new Set());
  const [outcomes, setOutcomes] = useState<OutcomesAnswer | null>(null);
  const [generalOpen, setGeneralOpen] = useState(false);
  useDocumentTitle(`${t('consultation.commenter.title')} – ${me.workshop.gemeente}`);

  const reload = useCallback(() => commenterCommands.load(workshopId).then(
    (view) => { setLoaded({ status: 'ready', view }); setOwnIds(new Set(view.ownCommentIds)); },
    (error) => setLoaded({ status: 'error', error }),
  ), [workshopId]);
  useEffect(() => { void reload(); }, [reload]);

  const view = loaded.status === 'ready' ? loaded.view : null;
  const live = useLiveConsultation(view?.meta.repliesAllowed ? workshopId : null);
  const meta = live.meta ?? view?.meta ?? null;
  const open = Boolean(view?.open) && (meta ? consultationIsOpen(meta, Date.now()) && !meta.closedEarly : true);
  const publishedAt = meta?.publishedAt ?? null;

  useEffect(() => {
    if (!view) return;
    let cancelled = false;
    commenterCommands.outcomes(workshopId).then((o) => { if (!cancelled) setOutcomes(o); }, () => undefined);
    return () => { cancelled = true; };
  }, [view, workshopId, publishedAt]);

  const comments = useMemo(() => mergeComments(live.meta ? live.comments : view?.comments ?? [], posted), [live, view, posted]);
  const remember = (c: ConsultationComment) => {
    setPosted((list) => [...list.filter((x) => x.id !== c.id), c]);
    setOwnIds((ids) => new Set(ids).add(c.id));
  };

  const actions: ThreadActions = {
    open,
    repliesAllowed: Boolean(meta?.repliesAllowed),
    isOwn: (id) => ownIds.has(id),
    edit: async (id, text, stance) => { remember(await commenterCommands.edit(workshopId, id, { text, stance })); announce(t('consultation.commenter.saved')); },
    withdraw: async (id) => { remember(await commenterCommands.withdraw(workshopId, id)); announce(t('consultation.commenter.withdrawn')); },
    reply: async (id, text) => { remember(await commenterCommands.reply(workshopId, id, text)); announce(t('consultation.commenter.replied')); },
  };
  const post = async (passageId: string | null, range: PassageRange | null, text: string, stance: Stance) => {
    const anchor = passageId && range ? { passageId, start: range.start, end: range.end, quote: range.quote } : undefined;
    remember(await commenterCommands.post(workshopId, { stance: anchor ? stance : 'algemeen', text, anchor }));
    announce(t('consultation.commenter.posted'));
  };

  const topLevel = comments.filter((c) => c.parentId === null);
  const repliesOf = (id: string) => comments.filter((c) => c.parentId === id);
  const general = topLevel.filter((c) => c.anchor === null);

  const heading = (
    <>
      <p className="page-header__pre">{me.workshop.gemeente}</p>
      <Heading level={1}>{t('consultation.commenter.title')}</Heading>
    </>
  );
  return (
    <PageLayout heading={heading} showLogout>
      {loaded.status === 'loading' ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {loaded.status === 'error' ? <Alert type="error"><Paragraph>{apiErrorText(t, loaded.error)}</Paragraph></Alert> : null}
      {view && meta ? (
        <div className="commenter">
          {publishedAt && outcomes ? <MyOutcomes outcomes={outcomes} reactienotaHref={reactienotaPath(workshopId)} /> : null}
          <section className="commenter__intro" aria-labelledby="uitleg">
            <Heading level={2} id="uitleg" className="visually-hidden">{t('consultation.commenter.aboutTitle')}</Heading>
            <Paragraph>{t('consultation.commenter.hello', { name: me.commenter.name })}</Paragraph>
            {meta.intro ? <Paragraph className="commenter__intro-text">{meta.intro}</Paragraph> : null}
            {open ? (
              <>
                <Paragraph>{t('consultation.commenter.until', { date: amsterdamDateTime(meta.closesAt, i18n.language) })}</Paragraph>
                <Paragraph>{t('consultation.commenter.howTo')}</Paragraph>
              </>
            ) : (
              <Alert type="info">
                <Heading level={3}>{t('consultation.commenter.closedTitle')}</Heading>
                <Paragraph>{publishedAt ? t('consultation.commenter.closedPublished') : t('consultation.commenter.closedBody', { date: amsterdamDateTime(meta.closesAt, i18n.language) })}</Paragraph>
              </Alert>
            )}
          </section>
          <article className="commenter__vision" aria-labelledby="visie-titel">
            <Heading level={2} id="visie-titel">{t('consultation.commenter.visionTitle', { label: versionLabel(t, view.version) })}</Heading>
            {view.version.passages.map((p, i) => (
              <div key={p.passageId}>
                {p.heading && p.heading !== view.version.passages[i - 1]?.heading ? <Heading level={3}>{p.heading}</Heading> : null}
                <CommenterPassage
                  passage={p}
                  comments={topLevel.filter((c) => c.anchor?.passageId === p.passageId)}
                  repliesOf={repliesOf}
                  actions={actions}
                  post={(range, text, stance) => post(p.passageId, range, text, stance)}
                />
              </div>
            ))}
          </article>
          <section className="commenter__general" aria-labelledby="algemeen">
            <Heading level={2} id="algemeen">{t('consultation.commenter.generalTitle')}</Heading>
            <Paragraph>{t('consultation.commenter.generalHint')}</Paragraph>
            {open && !generalOpen ? <Button appearance="secondary-action-button" onClick={() => setGeneralOpen(true)}>{t('consultation.commenter.generalButton')}</Button> : null}
            {open && generalOpen ? (
              <CommentForm
                label={t('consultation.form.generalLabel')}
                submitLabel={t('consultation.form.send')}
                withStance={false}
                onSubmit={async (text) => { await post(null, null, text, 'algemeen'); setGeneralOpen(false); }}
                onCancel={() => setGeneralOpen(false)}
              />
            ) : null}
            {general.length ? (
              <ul className="comment-list" aria-label={t('consultation.commenter.generalTitle')}>
                {general.map((c) => <CommenterThread key={c.id} comment={c} replies={repliesOf(c.id)} actions={actions} />)}
              </ul>
            ) : null}
          </section>
        </div>
      ) : null}
    </PageLayout>
  );
}

/** The document's comments, with this person's own newer copies (an answer can arrive before the live update). */
function mergeComments(base: readonly ConsultationComment[], own: readonly ConsultationComment[]): ConsultationComment[] {
  const byId = new Map(base.map((c) => [c.id, c]));
  for (const c of own) {
    const known = byId.get(c.id);
    if (!known || (c.editedAt ?? c.createdAt) > (known.editedAt ?? known.createdAt) || c.status !== known.status) byId.set(c.id, c);
  }
  return [...byId.values()].sort((a, b) => a.number - b.number);
}
