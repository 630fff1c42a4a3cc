// The device's vault in IndexedDB: the plain header (salt, iteration count, check value) and sealed
// records, one per slot. Slot names say nothing about their content beyond "an interview".
import { createStore, entries, get, set } from 'idb-keyval';
import { createVault, openVault, seal, unseal, type Sealed, type VaultHeader } from '../../../../core/offline/index.ts';

const store = createStore('omp-barometre-terrain', 'vault');
const HEADER = 'header';
export const INTERVIEW_PREFIX = 'interview:';

export interface Vault {
  read(slot: string): Promise<unknown>;
  write(slot: string, value: unknown): Promise<void>;
  /** Every sealed interview, by slot. */
  interviews(): Promise<Array<[string, unknown]>>;
}

function vaultWith(key: CryptoKey): Vault {
  return {
    async read(slot) {
      const sealed = await get<Sealed>(slot, store);
      return sealed === undefined ? undefined : unseal(key, slot, sealed);
    },
    async write(slot, value) {
      await set(slot, await seal(key, slot, value), store);
    },
    async interviews() {
      const all = await entries<string, Sealed>(store);
      const slots = all.filter(([slot]) => String(slot).startsWith(INTERVIEW_PREFIX));
      return Promise.all(
        slots.map(async ([slot, sealed]): Promise<[string, unknown]> => [
          String(slot),
          await unseal(key, String(slot), sealed),
        ]),
      );
    },
  };
}

export async function vaultExists(): Promise<boolean> {
  return (await get<VaultHeader>(HEADER, store)) !== undefined;
}

export async function createDeviceVault(passphrase: string): Promise<Vault> {
  const { header, key } = await createVault(passphrase);
  await set(HEADER, header, store);
  return vaultWith(key);
}

/** Null when the passphrase is wrong. */
export async function unlockDeviceVault(passphrase: string): Promise<Vault | null> {
  const header = await get<VaultHeader>(HEADER, store);
  if (!header) return null;
  const key = await openVault(header, passphrase);
  return key ? vaultWith(key) : null;
}
