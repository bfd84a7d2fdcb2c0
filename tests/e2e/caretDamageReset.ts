// SPDX-License-Identifier: EUPL-1.2
/** Resets a group's horizon through the server's document port (for the caret-damage runs). */
import * as Y from 'yjs';
import type { DocumentPort } from '../../server/documents/DocumentPort.js';
import { horizonOf } from '../../shared/groupDoc.js';

/** The horizon as plain paragraphs ('' is an empty paragraph). */
export type HorizonText = string[];

/** Replaces the whole horizon of `docName` by these paragraphs, on the server's authority. */
export async function resetHorizon(documents: DocumentPort, docName: string, paragraphs: HorizonText): Promise<void> {
  await documents.change(docName, (doc) => {
    const horizon = horizonOf(doc);
    horizon.delete(0, horizon.length);
    horizon.insert(0, paragraphs.map((text) => {
      const paragraph = new Y.XmlElement('paragraph');
      if (text) paragraph.insert(0, [new Y.XmlText(text)]);
      return paragraph;
    }));
  });
}
