/** Whether a document is current, due for review soon, or past its review date, judged on `today` (build date). */
export type ReviewStatus = 'current' | 'dueSoon' | 'overdue';

const DAY_MS = 86_400_000;

export function reviewStatus(nextReview: Date, today: Date, reminderDays: number): ReviewStatus {
  const days = Math.floor(
    (Date.UTC(nextReview.getUTCFullYear(), nextReview.getUTCMonth(), nextReview.getUTCDate()) -
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) /
      DAY_MS,
  );
  if (days < 0) return 'overdue';
  return days <= reminderDays ? 'dueSoon' : 'current';
}
