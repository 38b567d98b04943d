/**
 * Quiz progress in the browser only: localStorage under a namespaced key per
 * module. Storage can be missing or blocked (privacy settings, sandboxed
 * frames, a full quota); every access is guarded so the quiz still works,
 * it just forgets on reload.
 */
export const STORAGE_PREFIX = 'shandian-handbook:quiz:v1:';

/** Submitted answers: question id → index of the chosen option. */
export type Answers = Record<string, number>;

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    const probe = `${STORAGE_PREFIX}probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

export const storageAvailable = (): boolean => storage() !== null;

/** Saved answers for `module`, keeping only ids and indexes that still fit the current questions. */
export function loadAnswers(module: string, valid: Record<string, number>): Answers {
  try {
    const raw = storage()?.getItem(STORAGE_PREFIX + module);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return {};
    const out: Answers = {};
    for (const [id, v] of Object.entries(parsed as Record<string, unknown>)) {
      const n = valid[id];
      if (n !== undefined && Number.isInteger(v) && (v as number) >= 0 && (v as number) < n) out[id] = v as number;
    }
    return out;
  } catch {
    return {};
  }
}

export function saveAnswers(module: string, answers: Answers): void {
  try {
    const s = storage();
    if (!s) return;
    if (Object.keys(answers).length) s.setItem(STORAGE_PREFIX + module, JSON.stringify(answers));
    else s.removeItem(STORAGE_PREFIX + module);
  } catch {
    /* quota or a policy change mid-session: progress simply isn't kept */
  }
}
