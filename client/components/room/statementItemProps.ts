// SPDX-License-Identifier: EUPL-1.2
/**
 * The props a part of a room gives each statement it lists, the same for meeting 1's statement
 * parts and meeting 2's role parts: number, author, own or not, "Eens", who may delete (the delete
 * announced), who changed it; and for the person's own drafts the draft's fixed props.
 */
import type { TFunction } from 'i18next';
import type { AuthorNames } from '../../../shared/api.js';
import type { Statement } from '../../../shared/groupDoc.js';
import { announce } from '../../stores/announcerStore.js';
import type { StatementItemProps } from './StatementItem.js';

/** What a part knows about the person and the list. */
export interface ListedContext {
  t: TFunction;
  authorKey: string;
  authors: AuthorNames;
  readOnly: boolean;
  mayDeleteAny: boolean;
  onEndorse: (id: string, endorsed: boolean) => void;
  onDelete: (id: string) => void;
}

type ListedProps = Pick<StatementItemProps, 'statement' | 'number' | 'authorName' | 'isOwn' | 'endorsed' | 'readOnly' | 'mayDelete' | 'onEndorse' | 'onDelete' | 'editedBy'>;

/** The props of a statement in a part's list (number from 1). */
export function listedStatementProps(s: Statement<string>, number: number, c: ListedContext): ListedProps {
  return {
    statement: s,
    number,
    authorName: c.authors[s.authorKey] ?? null,
    isOwn: s.authorKey === c.authorKey,
    endorsed: s.endorsedBy.includes(c.authorKey),
    readOnly: c.readOnly,
    mayDelete: c.mayDeleteAny || s.authorKey === c.authorKey,
    onEndorse: (endorsed) => c.onEndorse(s.id, endorsed),
    onDelete: () => { c.onDelete(s.id); announce(c.t('room.deleted')); },
    editedBy: s.editors.map((e) => ({ role: c.t(`role.${e.role}`, { defaultValue: '' }), name: c.authors[e.key] ?? null, isSelf: e.key === c.authorKey })),
  };
}

type DraftProps = Pick<StatementItemProps, 'statement' | 'number' | 'authorName' | 'isOwn' | 'endorsed' | 'readOnly' | 'isDraft' | 'onEndorse' | 'onDelete'>;

/** The props of one of the person's own drafts (no author name, no "Eens"; the delete announced). */
export function draftStatementProps(s: Statement<string>, number: number, t: TFunction, readOnly: boolean, onDelete: (id: string) => void): DraftProps {
  return {
    statement: s,
    number,
    authorName: null,
    isOwn: true,
    endorsed: false,
    readOnly,
    isDraft: true,
    onEndorse: () => undefined,
    onDelete: () => { onDelete(s.id); announce(t('room.deleted')); },
  };
}
