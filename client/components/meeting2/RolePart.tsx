// SPDX-License-Identifier: EUPL-1.2
/**
 * One part of a role group's room in meeting 2: "Onze ambities", or "Wat we verwachten van <groep>":
 * a region with its heading, the co-edited list (the meeting-1 statement items, bound to this
 * part's field), the person's own drafts (OwnDraftList.tsx) and the form to add one.
 * Not StatementPart: that one binds meeting 1's statements by kind in a group document, with
 * taken-up marks, limits and held texts; this one binds a role-group field, and keeps the
 * role-group code out of meeting 1's room.
 */
import './meeting2.css';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { AuthorNames } from '../../../shared/api.js';
import type { Statement } from '../../../shared/groupDoc.js';
import type { Role } from '../../../shared/roles.js';
import type { RoleStatementField } from '../../../shared/roleGroupDoc.js';
import type { DocRoom } from '../../collab/DocRoom.js';
import { useRoleStatementTextBinding } from '../../collab/roleGroupHooks.js';
import { announce } from '../../stores/announcerStore.js';
import { StatementComposer } from '../room/StatementComposer.js';
import { StatementItem } from '../room/StatementItem.js';
import { OwnDraftList } from '../room/OwnDraftList.js';
import { draftStatementProps, listedStatementProps } from '../room/statementItemProps.js';

/** Props of a role part. */
export interface RolePartProps {
  room: DocRoom;
  field: RoleStatementField;
  /** Anchor id of the region (for the parts navigation). */
  anchor: string;
  title: string;
  intro: string;
  newLabel: string;
  statements: Statement<string>[];
  authorKey: string;
  /** This person's role: named, with the key, among the editors of what they change but did not write. */
  editorRole?: Role;
  authors: AuthorNames;
  readOnly: boolean;
  mayDeleteAny: boolean;
  closedReason: string | null;
  onAdd: (text: string) => void;
  onEndorse: (id: string, endorsed: boolean) => void;
  onDelete: (id: string) => void;
  /** This person's private drafts of this part, shown under the list. */
  drafts?: RoleDrafts | null;
  /** Step 1 (and before it): new statements go into the drafts. */
  privateMode?: boolean;
}

/** A person's private drafts of one part, the room they live in, and how to change them. */
export interface RoleDrafts {
  room: DocRoom;
  statements: Statement<string>[];
  onAdd: (text: string) => void;
  onDelete: (id: string) => void;
  /** Shares a left-over draft with the group (offered after step 1), or null. */
  onShare: ((draft: Statement<string>) => void) | null;
}

function RoleStatement({ room, field, ...props }: { room: DocRoom; field: RoleStatementField } & Omit<Parameters<typeof StatementItem>[0], 'room' | 'bindText'>) {
  const bindText = useRoleStatementTextBinding(room, field, props.statement.id, props.editor);
  return <StatementItem room={room} bindText={bindText} {...props} />;
}

/** One part of the role group's room. */
export function RolePart({
  room, field, anchor, title, intro, newLabel, statements, authorKey, editorRole, authors, readOnly, mayDeleteAny, closedReason, onAdd, onEndorse, onDelete, drafts = null, privateMode = false,
}: RolePartProps) {
  const { t } = useTranslation();
  const editor = editorRole ? { authorKey, role: editorRole } : undefined;
  const headingId = `${anchor}-titel`;
  const listed = { t, authorKey, authors, readOnly, mayDeleteAny, onEndorse, onDelete };
  return (
    <section id={anchor} className={`room-part room-part--${field}`} aria-labelledby={headingId} tabIndex={-1}>
      <Heading level={2} id={headingId} className="room-part__title">{title}</Heading>
      <Paragraph className="room-part__intro">{intro}</Paragraph>
      {statements.length === 0 ? (
        <Paragraph className="room-part__empty">{t('room.noStatements')}</Paragraph>
      ) : (
        <ol className="statement-list" aria-label={t('m2.room.list', { part: title.toLowerCase() })}>
          {statements.map((s, index) => (
            <RoleStatement key={s.id} room={room} field={field} editor={editor} {...listedStatementProps(s, index + 1, listed)} />
          ))}
        </ol>
      )}
      {drafts ? (
        <OwnDraftList
          partHeadingId={headingId}
          drafts={drafts.statements}
          note={privateMode ? null : t('m2Drafts.ownLeftNote')}
          renderDraft={(s, number) => (
            <RoleStatement
              key={s.id}
              room={drafts.room}
              field={field}
              {...draftStatementProps(s, number, t, readOnly, drafts.onDelete)}
              onShare={!privateMode && drafts.onShare ? () => { drafts.onShare!(s); announce(t('m2Drafts.ownShared')); } : undefined}
            />
          )}
        />
      ) : null}
      <StatementComposer
        label={newLabel}
        disabled={readOnly}
        closedReason={closedReason}
        note={privateMode && drafts ? t('meeting.drafts.composerNote') : undefined}
        addedMessage={privateMode && drafts ? t('meeting.drafts.added') : undefined}
        onAdd={privateMode && drafts ? drafts.onAdd : onAdd}
      />
    </section>
  );
}
