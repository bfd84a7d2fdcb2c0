// SPDX-License-Identifier: EUPL-1.2
/** The document port of a process that opens no documents and holds no sockets (the CLI). */
import type { DocumentPort } from './DocumentPort.js';

/** Reads and changes are refused (no document is open here); there is nothing to forget or close. */
export const noDocuments: DocumentPort = {
  read: (docName) => Promise.reject(new Error(`no documents in this process: ${docName}`)),
  flush: async () => {},
  change: (docName) => Promise.reject(new Error(`no documents in this process: ${docName}`)),
  forget: async () => 0,
  closeSockets: () => 0,
};
