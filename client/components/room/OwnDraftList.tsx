// SPDX-License-Identifier: EUPL-1.2
/**
 * A person's own drafts under one part of a room ("Jouw uitspraken, nog niet gedeeld"), for
 * meeting 1's statement parts and meeting 2's role parts alike: the heading, an optional line,
 * and the list; the part renders each draft, since it knows which document and field it is bound to.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';

/** Props of a draft list. */
export interface OwnDraftListProps<S extends { id: string }> {
  /** The id of the part's heading; the list's heading gets `<id>-eigen`. */
  partHeadingId: string;
  drafts: S[];
  /** A line under the heading, or none. */
  note?: string | null;
  /** One draft as a list item (number from 1). */
  renderDraft: (draft: S, number: number) => ReactNode;
}

/** The person's own drafts of a part; nothing when there are none. */
export function OwnDraftList<S extends { id: string }>({ partHeadingId, drafts, note = null, renderDraft }: OwnDraftListProps<S>) {
  const { t } = useTranslation();
  if (drafts.length === 0) return null;
  const headingId = `${partHeadingId}-eigen`;
  return (
    <div className="draft-list">
      <Heading level={3} className="draft-list__title" id={headingId}>{t('meeting.drafts.title')}</Heading>
      {note ? <Paragraph appearance="small" className="draft-list__note">{note}</Paragraph> : null}
      <ol className="statement-list" aria-labelledby={headingId}>
        {drafts.map((draft, index) => renderDraft(draft, index + 1))}
      </ol>
    </div>
  );
}
