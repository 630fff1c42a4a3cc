/**
 * Encryption at rest for what an enumerator's tablet keeps offline: a key derived from a passphrase
 * the enumerator types (PBKDF2-HMAC-SHA-256), then AES-256-GCM for every stored record, each with a
 * fresh 96-bit IV and its storage slot as additional data, so a record copied into another slot does
 * not decrypt. WebCrypto only: the same code runs in the browser and in Node's tests.
 *
 * The key never leaves memory; what is stored is the salt, the iteration count and a sealed check
 * value that tells a wrong passphrase from a damaged record.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256: about half a second on a mid-range tablet. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 8;

const CHECK_SLOT = 'vault-check';
const CHECK_TEXT = 'omp-barometre';

/** A value as stored: ciphertext and IV, base64. */
export interface Sealed {
  readonly iv: string;
  readonly data: string;
}

/** The plain part of a vault: nothing in it says anything about an interview. */
export interface VaultHeader {
  readonly format: 1;
  readonly salt: string;
  readonly iterations: number;
  readonly check: Sealed;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

const encoder = new TextEncoder();

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function seal(key: CryptoKey, slot: string, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(slot) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** The stored value; throws when the key or the slot is not the one it was sealed with, or it was altered. */
export async function unseal(key: CryptoKey, slot: string, sealed: Sealed): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: encoder.encode(slot) },
    key,
    fromBase64(sealed.data),
  );
  return JSON.parse(new TextDecoder().decode(plain));
}

export async function createVault(
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ header: VaultHeader; key: CryptoKey }> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    throw new RangeError(`The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, iterations);
  return {
    header: { format: 1, salt: toBase64(salt), iterations, check: await seal(key, CHECK_SLOT, CHECK_TEXT) },
    key,
  };
}

/** The vault's key, or null when the passphrase is not the one the vault was made with. */
export async function openVault(header: VaultHeader, passphrase: string): Promise<CryptoKey | null> {
  const key = await deriveKey(passphrase, fromBase64(header.salt), header.iterations);
  try {
    return (await unseal(key, CHECK_SLOT, header.check)) === CHECK_TEXT ? key : null;
  } catch {
    return null;
  }
}
