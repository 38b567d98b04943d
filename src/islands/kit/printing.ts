/**
 * True while the page is being printed: from the browser's beforeprint to afterprint, or while print media
 * is emulated (matchMedia fires then, beforeprint does not). An island renders what a printout needs —
 * every row of a long table, a fresh time stamp — only then. Preact renders the state change in a
 * microtask, before the browser lays out the printout.
 */
import { useEffect, useState } from 'preact/hooks';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = matchMedia('print');
    const follow = () => setPrinting(media.matches);
    const before = () => setPrinting(true);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', follow);
    media.addEventListener('change', follow);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', follow);
      media.removeEventListener('change', follow);
    };
  }, []);
  return printing;
}
