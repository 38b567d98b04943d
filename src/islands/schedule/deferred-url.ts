/**
 * The schedule writes its address once typing pauses: history.replaceState on every keystroke cost
 * ~14 ms of a keystroke's ~50 ms at 4× CPU slowdown (PERFORMANCE.md). Whatever hands the link out —
 * copy-link, the CSV header, the print stamp — reads shareLink(), which writes a waiting change first,
 * so no link lags the figures on screen.
 */
import { writeUrl, type UrlWriter } from '../kit/url-state';

let pending: (() => void) | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * The link to the scenario on screen.
 *
 * @example shareLink() // 'https://…/calculators/schedule/?a=1000000&r=4.9%25&n=360'
 */
export function shareLink(): string {
  clearTimeout(timer);
  pending?.();
  pending = undefined;
  return location.href;
}

/** A writer for useUrlState that waits `ms` after the last change; leaving the page writes at once. */
export function deferredWrite(ms: number): UrlWriter {
  if (typeof addEventListener === 'function') addEventListener('pagehide', shareLink);
  return (state, defaults) => {
    pending = () => writeUrl(state, defaults);
    clearTimeout(timer);
    timer = setTimeout(shareLink, ms);
  };
}
