/**
 * Offline entry (issue 9): what an enumerator's device stores, encrypted, and how each interview's sync
 * state moves. No Directus, no DOM: the offline page and the tests use the same functions.
 */
export { outcomeFromResponse, serverCopyOf } from './outcome.ts';
export {
  applyOutcome,
  editLocally,
  followServer,
  keepMine,
  needsSync,
  reopenable,
  syncPayload,
  takeServer,
  type LocalEdit,
  type LocalInterview,
  type Problem,
  type ServerCopy,
  type SyncOutcome,
  type SyncPayload,
  type SyncState,
} from './records.ts';
export {
  createVault,
  MIN_PASSPHRASE_LENGTH,
  openVault,
  PBKDF2_ITERATIONS,
  seal,
  unseal,
  type Sealed,
  type VaultHeader,
} from './vault.ts';
