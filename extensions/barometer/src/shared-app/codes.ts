// Codes made on the device. The interview code is the sync's idempotency key: random enough that two
// tablets never make the same one, readable enough to be read out over the phone.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomText(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/** 32^8 ≈ 10^12 codes per wave and establishment. */
export function newInterviewCode(waveCode: string, establishmentCode: string): string {
  return `${waveCode}-${establishmentCode}-${randomText(8)}`;
}

/** A follow-up interview has no establishment: SUIVI stands in its place in the code. */
export function newFollowupInterviewCode(waveCode: string): string {
  return newInterviewCode(waveCode, 'SUIVI');
}

export function randomId(): string {
  return crypto.randomUUID();
}
