// SPDX-License-Identifier: EUPL-1.2
/**
 * The rules of every rich-text field (horizon, vision): exactly the shared Tiptap schema
 * (schema.ts), as y-tiptap stores it in a Y.XmlFragment:
 *
 *   Y.XmlElement  nodeName = a node type of the schema (not `doc`, not `text`); attributes = that
 *                 node type's attributes, each a plain value (string, number, boolean, null)
 *   Y.XmlText     text whose formatting attributes are marks of the schema (`bold`, or y-tiptap's
 *                 `bold--<hash>` for overlapping marks); no embeds
 *
 * Anything else (another node type such as `iframe`, an unknown attribute, a Y.Map in a fragment)
 * is refused by the server before anyone receives it, so no viewer's editor has to drop it.
 */
import * as Y from 'yjs';
import { editorSchema } from './schema.js';

const NODE_ATTRIBUTES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(editorSchema.nodes)
    .filter(([name]) => name !== 'doc' && name !== 'text')
    .map(([name, type]) => [name, new Set(Object.keys(type.spec.attrs ?? {}))]),
);
const MARKS: ReadonlySet<string> = new Set(Object.keys(editorSchema.marks));
/** Longest string attribute value accepted (ids, list types). */
const MAX_ATTRIBUTE_CHARS = 200;

/** Whether a node type may appear in a rich-text field. */
const isRichTextNode = (name: string) => NODE_ATTRIBUTES.has(name);

/** Why an attribute of an element breaks the schema, or null. */
export function attributeProblem(nodeName: string, key: string, value: unknown): string | null {
  const allowed = NODE_ATTRIBUTES.get(nodeName);
  if (!allowed) return `unknown node type "${nodeName.slice(0, 40)}"`;
  if (!allowed.has(key)) return `unknown attribute "${key.slice(0, 40)}" on ${nodeName}`;
  const plain = value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean'
    || (typeof value === 'string' && value.length <= MAX_ATTRIBUTE_CHARS);
  return plain ? null : `attribute "${key}" on ${nodeName} is not a plain value`;
}

/** Why a text node's content breaks the schema (an embed, or formatting that is not a mark), or null. */
export function inlineTextProblem(text: Y.XmlText): string | null {
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') return 'embed in rich text';
    for (const key of Object.keys(op.attributes ?? {})) {
      if (!MARKS.has(key.split('--')[0])) return `unknown mark "${key.slice(0, 40)}"`;
    }
  }
  return null;
}

/** Why a child of a fragment or element (and everything below it) breaks the schema, or null; `depth` levels are allowed below. */
export function richTextProblem(node: unknown, depth: number): string | null {
  const stack: { node: unknown; depth: number }[] = [{ node, depth }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.node instanceof Y.XmlText) {
      const problem = inlineTextProblem(next.node);
      if (problem) return problem;
      continue;
    }
    if (!(next.node instanceof Y.XmlElement) || next.node instanceof Y.XmlHook) return 'rich text holds something other than nodes';
    if (next.depth <= 0) return 'rich text nested too deeply';
    const el = next.node;
    if (!isRichTextNode(el.nodeName)) return `unknown node type "${el.nodeName.slice(0, 40)}"`;
    for (const [key, value] of Object.entries(el.getAttributes())) {
      const problem = attributeProblem(el.nodeName, key, value);
      if (problem) return problem;
    }
    for (const child of el.toArray()) stack.push({ node: child, depth: next.depth - 1 });
  }
  return null;
}
