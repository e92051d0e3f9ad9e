/** The embedded store (PGlite) meets the contract; one in-memory database for the file, since creating one costs seconds. */
import { createEmbeddedStore } from '../../src/store/embedded-store.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('embedded', async (now) => createEmbeddedStore({ now }));
