// SPDX-License-Identifier: EUPL-1.2
/**
 * One statement part of meeting 1's room (Open staan, Loslaten, Cultuurverandering): a region with
 * its heading, the list, the person's own drafts (OwnDraftList.tsx) and the composer. Meeting 2's
 * role parts are RolePart.tsx (another document and field; see there).
 */
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { AuthorNames } from '../../../shared/api.js';
import type { Statement } from '../../../shared/groupDoc.js';
import type { Role } from '../../../shared/roles.js';
import type { StatementKind } from '../../../shared/statementKinds.js';
import type { DocRoom } from '../../collab/DocRoom.js';
import type { HeldText } from '../../collab/pendingCarry.js';
import { announce } from '../../stores/announcerStore.js';
import { StatementComposer } from './StatementComposer.js';
import { StatementItem } from './StatementItem.js';
import { OwnDraftList } from './OwnDraftList.js';
import { draftStatementProps, listedStatementProps } from './statementItemProps.js';

/** Props of a statement part. */
export interface StatementPartProps {
  room: DocRoom;
  kind: StatementKind;
  statements: Statement[];
  authorKey: string;
  authors: AuthorNames;
  readOnly: boolean;
  /** This person may delete anyone's statement (the facilitator); others only their own. */
  mayDeleteAny?: boolean;
  onAdd: (kind: StatementKind, text: string) => void;
  onEndorse: (id: string, endorsed: boolean) => void;
  onDelete: (id: string) => void;
  /** This person's private drafts of this part (step 1), with the room they live in. */
  drafts?: DraftsOfPart | null;
  /** New statements become private drafts (step 1, and before it starts). */
  privateMode?: boolean;
  /** The line under the form while drafts are private (default: the step-1 note). */
  privateNote?: string;
  /** Why the part is read-only now, said beside its form and above its list. */
  closedReason?: string | null;
  /** Whether a statement is taken up in the global vision. */
  isTakenUp?: (statementId: string) => boolean;
  /** Why this person cannot add a statement to the group now (a limit), or null. */
  limitReached?: string | null;
  /** This person as an editor (their role), named when they change a statement they did not write. */
  editorRole?: Role;
  /** Only the author (and the facilitator, who passes false) may change a statement's text. */
  ownStatementsOnly?: boolean;
  /** This person's changes that could not be sent (shown with their statement), and how to let one go. */
  held?: { texts: HeldText[]; dismiss: (text: HeldText) => void };
}

/** A person's private drafts of one part, and what they can do with them. */
export interface DraftsOfPart {
  room: DocRoom;
  statements: Statement[];
  onAdd: (kind: StatementKind, text: string) => void;
  onDelete: (id: string) => void;
  /** Shares a left-over draft with the group (offered outside step 1). */
  onShare: ((draft: Statement) => void) | null;
  /** Why no draft can be added now (a limit), or null. */
  limitReached?: string | null;
}

/** The anchor id of a part, used by the parts navigation. */
export const partAnchor = (part: string) => `deel-${part}`;

/** A statement part of the group room. */
export function StatementPart({
  room, kind, statements, authorKey, authors, readOnly, mayDeleteAny = false, onAdd, onEndorse, onDelete, drafts = null, privateMode = false, privateNote, closedReason = null, isTakenUp,
  editorRole, ownStatementsOnly = false, limitReached = null, held,
}: StatementPartProps) {
  const { t } = useTranslation();
  const heldOf = (id: string) => {
    const text = held?.texts.find((h) => h.statementId === id);
    return text && held ? { text: text.text, onDismiss: () => held.dismiss(text) } : null;
  };
  const editor = editorRole ? { authorKey, role: editorRole } : undefined;
  const listed = { t, authorKey, authors, readOnly, mayDeleteAny, onEndorse, onDelete };
  const headingId = `${partAnchor(kind)}-titel`;
  const partName = t(`room.part.${kind}`);
  return (
    <section id={partAnchor(kind)} className={`room-part room-part--${kind}`} aria-labelledby={headingId} tabIndex={-1}>
      <Heading level={2} id={headingId} className="room-part__title">{partName}</Heading>
      <Paragraph className="room-part__intro">{t(`room.intro.${kind}`)}</Paragraph>
      {statements.length === 0 ? (
        <Paragraph className="room-part__empty">{t('room.noStatements')}</Paragraph>
      ) : (
        <ol className="statement-list" aria-label={t('room.statementList', { part: partName.toLowerCase() })}>
          {statements.map((s, index) => (
            <StatementItem
              key={s.id}
              room={room}
              {...listedStatementProps(s, index + 1, listed)}
              takenUp={isTakenUp?.(s.id) ?? false}
              editor={editor}
              textClosedReason={ownStatementsOnly && s.authorKey !== authorKey ? t('statementEdit.ownOnly') : null}
              held={heldOf(s.id)}
            />
          ))}
        </ol>
      )}
      {drafts ? (
        <OwnDraftList
          partHeadingId={headingId}
          drafts={drafts.statements}
          renderDraft={(s, number) => (
            <StatementItem
              key={s.id}
              room={drafts.room}
              {...draftStatementProps(s, number, t, readOnly, drafts.onDelete)}
              onShare={drafts.onShare ? () => {
                // Sharing adds to the group: at the group's limit it would be refused, so it says why instead.
                if (limitReached) { announce(limitReached); return; }
                drafts.onShare!(s);
                announce(t('meeting.drafts.shared'));
              } : undefined}
            />
          )}
        />
      ) : null}
      <StatementComposer
        kind={kind}
        disabled={readOnly || (privateMode && !drafts)}
        note={privateMode ? (privateNote ?? t('meeting.drafts.composerNote')) : undefined}
        closedReason={closedReason}
        addedMessage={privateMode ? t('meeting.drafts.added') : undefined}
        limitReached={privateMode && drafts ? (drafts.limitReached ?? null) : limitReached}
        onAdd={(text) => (privateMode && drafts ? drafts.onAdd(kind, text) : onAdd(kind, text))}
      />
    </section>
  );
}
