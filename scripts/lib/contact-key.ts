// Re-encrypts every stored contact detail with a new key (README "Security", contact details), in one
// transaction: either every row is under the new key, or none is.
import type { Knex } from 'knex';
import {
  decryptContact,
  encryptContact,
  type ContactKey,
} from '../../extensions/barometer/src/server/followups/contact-cipher.ts';

export async function rotateContactKey(database: Knex, from: ContactKey, to: ContactKey): Promise<number> {
  return database.transaction(async (trx) => {
    const rows: Array<{ id: number; participant: number; ciphertext: string; key_id: string }> = await trx(
      'followup_contacts',
    ).select('id', 'participant', 'ciphertext', 'key_id');
    const foreign = rows.filter((row) => row.key_id !== from.id && row.key_id !== to.id);
    if (foreign.length > 0) {
      throw new Error(
        `${foreign.length} row(s) were written with another key (${foreign[0]?.key_id}): nothing was changed.`,
      );
    }
    for (const row of rows) {
      if (row.key_id === to.id) continue;
      const plaintext = decryptContact(row.ciphertext, from, Number(row.participant));
      await trx('followup_contacts')
        .where('id', row.id)
        .update({ ciphertext: encryptContact(plaintext, to, Number(row.participant)), key_id: to.id });
    }
    return rows.length;
  });
}
