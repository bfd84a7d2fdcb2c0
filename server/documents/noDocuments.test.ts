// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/closeCodes.js';
import { noDocuments } from './noDocuments.js';

describe('the document port of a process without rooms', () => {
  it('refuses to read or change a document', async () => {
    await expect(noDocuments.read('w/AbCdEfGhIjKl/vision', () => 1)).rejects.toThrow(/no documents/);
    await expect(noDocuments.change('w/AbCdEfGhIjKl/vision', () => 1)).rejects.toThrow(/no documents/);
  });

  it('has no socket to close and nothing to forget', async () => {
    expect(noDocuments.closeSockets(() => true, CLOSE.sessionEnded)).toBe(0);
    expect(await noDocuments.forget(() => true, CLOSE.sessionEnded)).toBe(0);
  });
});
