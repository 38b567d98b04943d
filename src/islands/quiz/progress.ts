/**
 * Training progress: one summary per module (answered, total, right), kept in localStorage next to
 * the quiz answers. The quiz island writes it; a small script on every page reads it to tick the
 * finished modules in the sidebar and on the training overview (src/overrides/Sidebar.astro).
 * Storage may be blocked: every access is guarded, and then there is simply no progress to show.
 */
export const PROGRESS_KEY = 'shandian-handbook:training:v1';

export interface ModuleProgress {
  answered: number;
  total: number;
  right: number;
}

const count = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function readProgress(): Record<string, ModuleProgress> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? '{}');
    const out: Record<string, ModuleProgress> = {};
    for (const [module, p] of Object.entries(parsed && typeof parsed === 'object' ? parsed : {})) {
      const { answered, total, right } = (p ?? {}) as Record<string, unknown>;
      if (count(answered) && count(total) && count(right) && right <= answered && answered <= total)
        out[module] = { answered, total, right };
    }
    return out;
  } catch {
    return {};
  }
}

export function writeProgress(module: string, p: ModuleProgress): void {
  try {
    const all = readProgress();
    if (p.answered) all[module] = p;
    else delete all[module];
    window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(all));
  } catch {
    /* blocked or full: progress is not shown elsewhere */
  }
}

/** A module is done when every question has been answered right (training/index: 全部答对即完成). */
export const isDone = (p: ModuleProgress | undefined): boolean => !!p && p.total > 0 && p.right === p.total;
