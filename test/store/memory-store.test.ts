/** The in-memory fake meets the same contract as the real stores, so unit tests built on it mean something. */
import { createMemoryStore } from '../fakes/memory-store.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('memory', async (now) => createMemoryStore({ now }));
