// SPDX-License-Identifier: EUPL-1.2
/** The history of one agreement: progress at the review moments and intervisie notes, newest first, in a disclosure. */
import { useTranslation } from 'react-i18next';
import type { AuthorNames } from '../../../shared/api.js';
import type { RegisterEntry } from '../../../shared/agreementsDoc.js';
import { authorText, dayText, momentText } from './agreementText.js';

type Line = { id: string; at: number; head: string; body: string; kind: 'progress' | 'intervisie' };

/** The history disclosure of an agreement. */
export function AgreementHistory({ entry, names }: { entry: RegisterEntry; names: AuthorNames }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const lines: Line[] = [
    ...entry.progress.map((p): Line => {
      const base = { when: momentText(p.at, lang), who: authorText(t, p, names), state: t(`agreements.state.${p.state}`) };
      return {
        id: p.id, at: p.at, kind: 'progress', body: p.note,
        head: p.reviewMoment ? t('agreements.history.progressAt', { ...base, moment: dayText(p.reviewMoment, lang) }) : t('agreements.history.progress', base),
      };
    }),
    ...entry.intervisie.map((n): Line => ({
      id: n.id, at: n.at, kind: 'intervisie', body: n.text,
      head: t('agreements.history.intervisie', { when: momentText(n.at, lang), who: authorText(t, n, names) }),
    })),
  ].sort((a, b) => b.at - a.at);
  return (
    <details className="agreement__history">
      <summary>{t('agreements.history.title', { count: lines.length })}</summary>
      {lines.length > 0 ? (
        <ol className="agreement__history-list">
          {lines.map((l) => (
            <li key={l.id} className={`agreement__history-item agreement__history-item--${l.kind}`}>
              <p className="agreement__history-head">{l.head}</p>
              {l.body ? <p className="agreement__history-body">{l.body}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}
