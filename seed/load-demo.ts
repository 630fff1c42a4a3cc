import type { Api } from '../scripts/lib/api.ts';

export async function seedDemoData(_api: Api): Promise<void> {}
