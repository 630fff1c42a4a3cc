// The offline page's state: the unlocked vault, the downloaded package, the interviews kept on the
// device, and the session used when the network is there. Every change to an interview is written to
// the vault before the page shows it as saved.
import { computed, ref, shallowRef, type Ref } from 'vue';
import {
  applyOutcome,
  editLocally,
  followServer,
  keepMine,
  needsSync,
  serverCopyOf,
  syncPayload,
  takeServer,
  type LocalEdit,
  type LocalInterview,
} from '../../../../core/offline/index.ts';
import type { UiLanguage } from '../shared-app/ui-language.ts';
import { downloadPackage, renew, RequestError, sendInterview, signIn, type FieldPackage, type Session } from './api.ts';
import { newFollowupInterviewCode, newInterviewCode, randomId } from '../shared-app/codes.ts';
import { createDeviceVault, INTERVIEW_PREFIX, unlockDeviceVault, vaultExists, type Vault } from './storage.ts';

interface DeviceSettings {
  deviceId: string;
  email: string;
  language: UiLanguage;
}

/** A session about to expire is renewed rather than used. */
const EXPIRY_MARGIN_MS = 30_000;

export type Screen = 'loading' | 'sign-in' | 'unlock' | 'home';

export interface SyncSummary {
  sent: number;
  refused: number;
  conflicts: number;
  waiting: number;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function useField() {
  const screen = ref<Screen>('loading');
  const vault = shallowRef<Vault | null>(null);
  const settings = ref<DeviceSettings | null>(null);
  const fieldPackage = shallowRef<FieldPackage | null>(null);
  const interviews = shallowRef<ReadonlyMap<string, LocalInterview>>(new Map());
  const session = shallowRef<Session | null>(null);
  const refreshToken = ref<string | null>(null);
  const needsSignIn = ref(false);
  const syncing = ref(false);
  const lastSync: Ref<SyncSummary | null> = ref(null);
  const online = ref(navigator.onLine);
  window.addEventListener('online', () => (online.value = true));
  window.addEventListener('offline', () => (online.value = false));

  const language = computed<UiLanguage>(
    () => settings.value?.language ?? (navigator.language.startsWith('ar') ? 'ar' : 'fr'),
  );
  const sortedInterviews = computed(() =>
    [...interviews.value].sort(([, a], [, b]) => b.startedAt.localeCompare(a.startedAt)),
  );

  async function start(): Promise<void> {
    screen.value = (await vaultExists()) ? 'unlock' : 'sign-in';
  }

  async function saveSession(next: Session): Promise<void> {
    session.value = next;
    refreshToken.value = next.refreshToken;
    needsSignIn.value = false;
    await vault.value?.write('session', { refreshToken: next.refreshToken });
  }

  async function loadEverything(opened: Vault): Promise<void> {
    vault.value = opened;
    settings.value = (await opened.read('settings')) as DeviceSettings;
    // A package downloaded before follow-ups were offline has none.
    const stored = (await opened.read('package')) as
      (Omit<FieldPackage, 'followups'> & Partial<Pick<FieldPackage, 'followups'>>) | undefined;
    fieldPackage.value = stored ? { ...stored, followups: stored.followups ?? [] } : null;
    const storedSession = (await opened.read('session')) as { refreshToken: string } | undefined;
    refreshToken.value = storedSession?.refreshToken ?? null;
    interviews.value = new Map(
      (await opened.interviews()).map(([slot, record]) => [
        slot.slice(INTERVIEW_PREFIX.length),
        record as LocalInterview,
      ]),
    );
  }

  /** First use of the device: sign in, make the vault, download the package. */
  async function setUp(email: string, password: string, passphrase: string): Promise<void> {
    const signedIn = await signIn(email, password);
    const created = await createDeviceVault(passphrase);
    vault.value = created;
    settings.value = { deviceId: randomId(), email, language: language.value };
    await created.write('settings', settings.value);
    await saveSession(signedIn);
    await refreshPackage();
    screen.value = 'home';
  }

  async function unlock(passphrase: string): Promise<boolean> {
    const opened = await unlockDeviceVault(passphrase);
    if (!opened) return false;
    await loadEverything(opened);
    screen.value = 'home';
    return true;
  }

  function lock(): void {
    vault.value = null;
    settings.value = null;
    fieldPackage.value = null;
    interviews.value = new Map();
    session.value = null;
    refreshToken.value = null;
    screen.value = 'unlock';
  }

  async function setLanguage(next: UiLanguage): Promise<void> {
    if (!settings.value) return;
    settings.value = { ...settings.value, language: next };
    await vault.value?.write('settings', settings.value);
  }

  async function signInAgain(password: string): Promise<void> {
    if (!settings.value) return;
    await saveSession(await signIn(settings.value.email, password));
  }

  /** A usable access token, renewed when needed; null when the enumerator must sign in again. */
  async function accessToken(): Promise<string | null> {
    if (session.value && session.value.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return session.value.accessToken;
    if (!refreshToken.value) {
      needsSignIn.value = true;
      return null;
    }
    try {
      await saveSession(await renew(refreshToken.value));
      return session.value?.accessToken ?? null;
    } catch (cause) {
      // A refused refresh token means signing in again; no network means trying later.
      if (cause instanceof RequestError) needsSignIn.value = true;
      else throw cause;
      return null;
    }
  }

  async function store(localId: string, record: LocalInterview): Promise<void> {
    await vault.value?.write(`${INTERVIEW_PREFIX}${localId}`, record);
    interviews.value = new Map([...interviews.value, [localId, record]]);
  }

  async function refreshPackage(): Promise<void> {
    const token = await accessToken();
    if (!token) return;
    const downloaded = await downloadPackage(token);
    await vault.value?.write('package', downloaded);
    fieldPackage.value = downloaded;
    const byCode = new Map(downloaded.interviews.map((server) => [server.code, server]));
    const now = new Date().toISOString();
    for (const [localId, record] of interviews.value) {
      const server = byCode.get(record.code);
      if (!server) continue;
      const followed = followServer(record, serverCopyOf(server), now);
      if (followed !== record) await store(localId, followed);
    }
  }

  async function createInterview(
    wave: number,
    establishment: number,
    instrumentVersion: number,
    participant: string,
  ): Promise<string> {
    const found = fieldPackage.value?.waves.find((item) => item.id === wave);
    const place = found?.establishments.find((item) => item.id === establishment);
    return startRecord(newInterviewCode(found?.code ?? 'W', place?.code ?? 'E'), {
      wave,
      establishment,
      followup: null,
      instrumentVersion,
      participant,
    });
  }

  /** The follow-up interview of a released minor of the package's list: no establishment, its wave's follow-up version. */
  async function createFollowupInterview(followupId: number): Promise<string | null> {
    const followup = fieldPackage.value?.followups.find((item) => item.id === followupId);
    if (!followup) return null;
    return startRecord(newFollowupInterviewCode(followup.wave_code), {
      wave: followup.wave,
      establishment: null,
      followup: followup.id,
      instrumentVersion: followup.instrument_version,
      participant: followup.participant,
    });
  }

  async function startRecord(
    code: string,
    place: Pick<LocalInterview, 'wave' | 'establishment' | 'followup' | 'instrumentVersion' | 'participant'>,
  ): Promise<string> {
    const localId = randomId();
    const now = new Date().toISOString();
    await store(localId, {
      code,
      ...place,
      consentGuardian: false,
      assentChild: false,
      interviewDate: today(),
      startedAt: now,
      durationMinutes: null,
      answers: {},
      status: 'draft',
      revision: 0,
      baseUpdatedAt: null,
      sync: { kind: 'local' },
      setAside: [],
    });
    return localId;
  }

  async function edit(localId: string, change: LocalEdit): Promise<void> {
    const record = interviews.value.get(localId);
    if (record) await store(localId, editLocally(record, change));
  }

  async function resolve(localId: string, choice: 'mine' | 'server'): Promise<void> {
    const record = interviews.value.get(localId);
    if (record)
      await store(localId, choice === 'mine' ? keepMine(record) : takeServer(record, new Date().toISOString()));
  }

  /** Sends every interview waiting on the device, one at a time, and records each answer. */
  async function sync(): Promise<void> {
    if (syncing.value || !settings.value) return;
    syncing.value = true;
    try {
      const token = await accessToken();
      if (!token) return;
      for (const [localId, record] of interviews.value) {
        if (!needsSync(record)) continue;
        const outcome = await sendInterview(token, record.code, syncPayload(record, settings.value.deviceId));
        const latest = interviews.value.get(localId) ?? record;
        await store(localId, applyOutcome(latest, record.revision, outcome, new Date().toISOString()));
      }
      const states = [...interviews.value.values()].map((record) => record.sync.kind);
      lastSync.value = {
        sent: states.filter((kind) => kind === 'sent').length,
        refused: states.filter((kind) => kind === 'refused').length,
        conflicts: states.filter((kind) => kind === 'conflict').length,
        waiting: states.filter((kind) => kind === 'local').length,
      };
    } finally {
      syncing.value = false;
    }
  }

  return {
    screen,
    settings,
    fieldPackage,
    interviews,
    sortedInterviews,
    language,
    online,
    syncing,
    lastSync,
    needsSignIn,
    start,
    setUp,
    unlock,
    lock,
    setLanguage,
    signInAgain,
    refreshPackage,
    createInterview,
    createFollowupInterview,
    edit,
    resolve,
    sync,
  };
}

export type FieldState = ReturnType<typeof useField>;
