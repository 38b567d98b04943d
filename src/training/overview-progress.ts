/**
 * The training overview's progress column and summary line (reader M9), filled from this browser's
 * quiz progress (src/islands/quiz/progress.ts). Loaded by src/overrides/Sidebar.astro on the overview page only.
 */
import { isDone, type ModuleProgress } from '../islands/quiz/progress';

const STRINGS = {
  zh: { done: '已完成', partial: '已答 {a}/{n} 题', none: '未开始', summary: '你已完成 {d}/{n} 个模块。' },
  en: {
    done: 'Done',
    partial: '{a} of {n} answered',
    none: 'Not started',
    summary: 'You have finished {d} of {n} modules.',
  },
};

const fill = (s: string, v: Record<string, number>) => s.replace(/\{(\w)\}/g, (_, k: string) => String(v[k]));

export function showOverviewProgress(progress: Record<string, ModuleProgress>): void {
  const t = STRINGS[document.documentElement.lang.startsWith('zh') ? 'zh' : 'en'];
  const cells = [...document.querySelectorAll<HTMLElement>('[data-training-progress]')];
  for (const cell of cells) {
    const p = progress[cell.dataset.trainingProgress!];
    cell.textContent = isDone(p) ? `✓ ${t.done}` : p ? fill(t.partial, { a: p.answered, n: p.total }) : t.none;
    cell.classList.toggle('training-progress--done', isDone(p));
  }
  const summary = document.querySelector<HTMLElement>('[data-training-summary]');
  if (summary && cells.length) {
    summary.textContent = fill(t.summary, {
      d: cells.filter((c) => isDone(progress[c.dataset.trainingProgress!])).length,
      n: cells.length,
    });
    summary.hidden = false;
  }
}
