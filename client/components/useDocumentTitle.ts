// SPDX-License-Identifier: EUPL-1.2
/** Sets the browser tab title of a screen ("<title> – Stip"). */
import { useEffect } from 'react';

/** Sets `document.title` while the screen is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => { document.title = title ? `${title} – Stip` : 'Stip'; }, [title]);
}
