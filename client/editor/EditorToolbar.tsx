// SPDX-License-Identifier: EUPL-1.2
/**
 * The formatting toolbar of the horizon editor: Vet, Cursief, Opsomming, Kop. Toggle buttons
 * with aria-pressed; arrow keys move between them (ARIA toolbar pattern, one tab stop);
 * pressing a button keeps the focus in the text.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, type Editor } from '@tiptap/react';
import { Button } from '@utrecht/component-library-react';

type ToolId = 'bold' | 'italic' | 'bulletList' | 'heading';

const TOOLS: { id: ToolId; run: (e: Editor) => void; active: (e: Editor) => boolean; mark: string }[] = [
  { id: 'bold', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold'), mark: 'B' },
  { id: 'italic', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic'), mark: 'I' },
  { id: 'bulletList', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList'), mark: '•' },
  { id: 'heading', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }), mark: 'H' },
];

/** Props of the toolbar. */
export interface EditorToolbarProps { editor: Editor; disabled: boolean; controls: string }

/** The formatting toolbar. */
export function EditorToolbar({ editor, disabled, controls }: EditorToolbarProps) {
  const { t } = useTranslation();
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => Object.fromEntries(TOOLS.map((tool) => [tool.id, e ? tool.active(e) : false])) as Record<ToolId, boolean>,
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? TOOLS.length - 1 : null;
    if (!step && jump === null) return;
    event.preventDefault();
    const next = jump ?? (focusIndex + step + TOOLS.length) % TOOLS.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('room.toolbar.label')} aria-controls={controls} onKeyDown={onKeyDown}>
      {TOOLS.map((tool, index) => (
        <Button
          key={tool.id}
          ref={(el) => { buttons.current[index] = el; }}
          appearance="secondary-action-button"
          className={`editor-toolbar__button editor-toolbar__button--${tool.id}`}
          tabIndex={index === focusIndex ? 0 : -1}
          pressed={active?.[tool.id] ?? false}
          disabled={disabled}
          onMouseDown={(e) => e.preventDefault()}
          onFocus={() => setFocusIndex(index)}
          onClick={() => tool.run(editor)}
        >
          <span className="editor-toolbar__mark" aria-hidden="true">{tool.mark}</span>
          {t(`room.toolbar.${tool.id}`)}
        </Button>
      ))}
    </div>
  );
}
