// SPDX-License-Identifier: EUPL-1.2
/**
 * `/w/<id>/reactienota`: the reactienota as Dutch municipalities publish it: how the consultation
 * went (who was invited, how many reacted, per role category), then per reaction the quoted passage,
 * the reactions, the answer and the conclusion (and where the text changed), then the changes made
 * on the facilitator's own initiative. Reactions are numbered, not traceable to a person unless the
 * workshop shows names. The facilitator sees the draft and publishes it (refused while any comment
 * is unanswered); afterwards commenters and members read it here.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { MeAnswer } from '../../shared/api.js';
import type { Reactienota } from '../../shared/apiConsultation.js';
import { ROLE_CATEGORIES } from '../../shared/roles.js';
import { SessionGate } from '../components/SessionGate.js';
import { PageLayout } from '../components/PageLayout.js';
import { NoAccessPage } from '../components/NoAccessPage.js';
import { ConfirmAction } from '../components/ConfirmAction.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { ConsultationPagesNav } from '../components/consultation/ConsultationPagesNav.js';
import { amsterdamDateTime } from '../components/consultation/consultationFormat.js';
import { ApiError } from '../api/http.js';
import { consultationAdminCommands, loadReactienota } from '../stores/consultationCommands.js';
import { announce } from '../stores/announcerStore.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { belongsTo, homePathFor, mayManage } from './routePaths.js';
import '../components/consultation/consultation.css';

/** The reactienota screen. */
export function ReactienotaRoute({ workshopId }: { workshopId: string }) {
  return (
    <SessionGate>
      {(me) => (belongsTo(me, workshopId) ? <NotaScreen me={me} workshopId={workshopId} /> : <NoAccessPage me={me} />)}
    </SessionGate>
  );
}

function NotaScreen({ me, workshopId }: { me: MeAnswer; workshopId: string }) {
  const { t, i18n } = useTranslation();
  const manager = mayManage(me, workshopId);
  const [nota, setNota] = useState<Reactienota | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [publishError, setPublishError] = useState<string | null>(null);
  const title = t('consultation.nota.title');
  useDocumentTitle(title);
  const reload = useCallback(() => loadReactienota(workshopId).then((n) => { setNota(n); setError(null); }, setError), [workshopId]);
  useEffect(() => { void reload(); }, [reload]);

  const publish = async () => {
    setPublishError(null);
    try { setNota(await consultationAdminCommands.publish(workshopId)); announce(t('consultation.nota.publishedNow')); } catch (err) { setPublishError(apiErrorText(t, err)); }
  };
  const notPublished = error instanceof ApiError && error.id === 'reactienota-not-published';
  const when = (iso: string) => amsterdamDateTime(iso, i18n.language);

  return (
    <PageLayout heading={<Heading level={1}>{title}</Heading>} nav={manager ? <ConsultationPagesNav workshopId={workshopId} current="reactienota" /> : undefined} showLogout>
      {notPublished ? <Alert type="info"><Paragraph>{t('consultation.nota.notPublished')}</Paragraph></Alert> : null}
      {error && !notPublished ? <Alert type="error"><Paragraph>{apiErrorText(t, error)}</Paragraph></Alert> : null}
      {!nota && !error ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {nota ? (
        <div className="reactienota">
          {nota.published && nota.publishedAt ? <Paragraph role="status">{t('consultation.nota.publishedAt', { date: when(nota.publishedAt) })}</Paragraph> : null}
          {!nota.published && manager ? (
            <div className="reactienota__publish">
              <Alert type={nota.unanswered ? 'warning' : 'info'}>
                <Paragraph>{nota.unanswered ? t('consultation.nota.draftUnanswered', { count: nota.unanswered }) : t('consultation.nota.draftReady')}</Paragraph>
              </Alert>
              {publishError ? <Alert type="error"><Paragraph>{publishError}</Paragraph></Alert> : null}
              <ConfirmAction label={t('consultation.nota.publish')} question={t('consultation.nota.publishQuestion')} confirmLabel={t('consultation.nota.publishConfirm')} onConfirm={publish} />
            </div>
          ) : null}

          <section aria-labelledby="nota-verloop">
            <Heading level={2} id="nota-verloop">{t('consultation.nota.processTitle')}</Heading>
            <Paragraph>{t('consultation.nota.process', { version: nota.process.version, opened: when(nota.process.openedAt), closes: when(nota.process.closesAt) })}</Paragraph>
            <Paragraph>{t('consultation.nota.counts', { invited: nota.process.invited, reacted: nota.process.reacted, comments: nota.process.comments })}</Paragraph>
            <table className="consult-table">
              <caption>{t('consultation.nota.perRoleCaption')}</caption>
              <thead><tr><th scope="col">{t('consultation.dashboard.category')}</th><th scope="col">{t('consultation.dashboard.invited')}</th><th scope="col">{t('consultation.nota.reactedCol')}</th></tr></thead>
              <tbody>
                {ROLE_CATEGORIES.map((c) => (
                  <tr key={c}><th scope="row">{t(`consultation.category.${c}`)}</th><td>{nota.process.perCategory[c]?.invited ?? 0}</td><td>{nota.process.perCategory[c]?.commented ?? 0}</td></tr>
                ))}
              </tbody>
            </table>
          </section>

          <section aria-labelledby="nota-reacties">
            <Heading level={2} id="nota-reacties">{t('consultation.nota.itemsTitle')}</Heading>
            {nota.items.length === 0 ? <Paragraph>{t('consultation.nota.noItems')}</Paragraph> : null}
            {nota.items.map((item) => (
              <article key={item.number} className="nota-item" aria-labelledby={`nota-${item.number}`}>
                <Heading level={3} id={`nota-${item.number}`}>{t('consultation.nota.itemTitle', { number: item.number, comments: item.commentNumbers.join(', ') })}</Heading>
                <Paragraph className="nota-item__from">{t('consultation.nota.from', { from: item.from.join(', ') })}</Paragraph>
                {item.passageQuote ? (
                  <>
                    <p className="nota-item__label">{t('consultation.nota.passage')}</p>
                    <blockquote className="comment-card__quote">{item.passageQuote}</blockquote>
                  </>
                ) : <p className="nota-item__label">{t('consultation.nota.general')}</p>}
                <p className="nota-item__label">{t('consultation.nota.summary')}</p>
                <ul>{item.summary.map((s, i) => <li key={i}>{s}</li>)}</ul>
                <p className="nota-item__label">{t('consultation.nota.answer')}</p>
                <Paragraph>{item.answer || t('consultation.nota.noAnswer')}</Paragraph>
                <Paragraph><strong>{t('consultation.nota.conclusion')}</strong> {item.conclusion}{item.where ? ` — ${t('consultation.nota.where', { text: item.where.text })}` : ''}</Paragraph>
              </article>
            ))}
          </section>

          <section aria-labelledby="nota-eigen">
            <Heading level={2} id="nota-eigen">{t('consultation.nota.ownTitle')}</Heading>
            {nota.ownChanges.length === 0 ? <Paragraph>{t('consultation.nota.noOwn')}</Paragraph> : (
              <ul className="nota-own">
                {nota.ownChanges.map((c) => (
                  <li key={c.passageId}>
                    <p><span className="nota-item__label">{t('consultation.nota.before')}</span> <del>{c.before || '—'}</del></p>
                    <p><span className="nota-item__label">{t('consultation.nota.after')}</span> <ins>{c.after || '—'}</ins></p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      ) : null}
      <Paragraph><AppLink href={homePathFor(me)}>{t('consultation.nota.back')}</AppLink></Paragraph>
    </PageLayout>
  );
}
