// SPDX-License-Identifier: EUPL-1.2
import { describeDocStoreContract } from '../docStoreContract.js';
import { MemoryDocStore } from './MemoryDocStore.js';

describeDocStoreContract('the in-memory document store', async (options) => {
  const store = new MemoryDocStore(options);
  return {
    store,
    writtenRows: () => store.writtenRows,
    breakWrites: () => { store.writeFault = new Error('simulated outage'); },
    repairWrites: () => { store.writeFault = null; },
    dispose: async () => {},
  };
});
