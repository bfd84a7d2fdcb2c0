// SPDX-License-Identifier: EUPL-1.2
/**
 * Shows rich text of the shared schema (a horizon, the vision, a frozen version) read-only, as
 * plain React elements: no editor, so nothing can be written back into a document this session may
 * only read. Vision passages (paragraphs and list items with a `passage` id) can be given extra
 * attributes, e.g. to show their sources on hover and focus.
 */
import type { HTMLAttributes, ReactNode } from 'react';
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Extra attributes for the element of one passage (by its id). */
export type PassageAttributes = (passageId: string) => HTMLAttributes<HTMLElement> | undefined;

/** Props of the rich-text view. */
export interface RichTextViewProps {
  node: ProseMirrorNode;
  className?: string;
  /** Heading levels in the text are shifted so they fit the page's outline (h2 in the text → h{2+shift}). */
  headingShift?: number;
  passageAttributes?: PassageAttributes;
}

/** Renders a rich-text document. */
export function RichTextView({ node, className, headingShift = 0, passageAttributes }: RichTextViewProps) {
  return <div className={className}>{renderChildren(node, { headingShift, passageAttributes })}</div>;
}

interface Context { headingShift: number; passageAttributes?: PassageAttributes }

function renderChildren(node: ProseMirrorNode, ctx: Context): ReactNode[] {
  const out: ReactNode[] = [];
  node.forEach((child, _offset, index) => out.push(renderNode(child, index, ctx)));
  return out;
}

function passageProps(node: ProseMirrorNode, ctx: Context): HTMLAttributes<HTMLElement> & { 'data-passage'?: string } {
  const id = typeof node.attrs.passage === 'string' && node.attrs.passage ? node.attrs.passage : null;
  if (!id) return {};
  return { 'data-passage': id, ...(ctx.passageAttributes?.(id) ?? {}) };
}

function renderNode(node: ProseMirrorNode, key: number, ctx: Context): ReactNode {
  switch (node.type.name) {
    case 'paragraph':
      if (node.childCount === 0 && !node.attrs.passage) return null; // an empty line left for typing
      return <p key={key} {...passageProps(node, ctx)}>{node.childCount ? renderChildren(node, ctx) : <br />}</p>;
    case 'heading': {
      const level = Math.min(6, Math.max(2, Number(node.attrs.level ?? 2) + ctx.headingShift));
      const Tag = `h${level}` as 'h2';
      return <Tag key={key}>{renderChildren(node, ctx)}</Tag>;
    }
    case 'bulletList':
      return <ul key={key}>{renderChildren(node, ctx)}</ul>;
    case 'orderedList':
      return <ol key={key} start={typeof node.attrs.start === 'number' ? node.attrs.start : undefined}>{renderChildren(node, ctx)}</ol>;
    case 'listItem':
      return <li key={key} {...passageProps(node, ctx)}>{renderChildren(node, ctx)}</li>;
    case 'blockquote':
      return <blockquote key={key}>{renderChildren(node, ctx)}</blockquote>;
    case 'hardBreak':
      return <br key={key} />;
    case 'text':
      return <span key={key}>{node.marks.reduce<ReactNode>((inner, mark) => wrapMark(mark, inner), node.text ?? '')}</span>;
    default:
      return node.isBlock ? <div key={key}>{renderChildren(node, ctx)}</div> : <span key={key}>{node.textContent}</span>;
  }
}

function wrapMark(mark: Mark, inner: ReactNode): ReactNode {
  switch (mark.type.name) {
    case 'bold': return <strong>{inner}</strong>;
    case 'italic': return <em>{inner}</em>;
    case 'strike': return <s>{inner}</s>;
    case 'underline': return <u>{inner}</u>;
    default: return inner;
  }
}
