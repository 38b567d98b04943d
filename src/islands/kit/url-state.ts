/**
 * The whole scenario lives in the query string so a copied address reproduces
 * it. The first render uses the defaults (identical on server and client, so
 * hydration never mismatches); the URL is read right after hydration, or at the
 * first change if that comes sooner. Every
 * change writes the address before it re-renders, so the address never lags
 * behind the results on screen. Only values that differ from the defaults are
 * written (in the defaults' order), so a shared link is as short as the scenario.
 * An island whose keystrokes must stay cheap passes its own `write` (the schedule's writes once typing
 * pauses: src/islands/schedule/deferred-url.ts) and gives its Toolbar the matching `link`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export type UrlWriter = (state: Record<string, string>, defaults: Record<string, string>) => void;

/** Write the scenario into the address now. */
export const writeUrl: UrlWriter = (state, defaults) => {
  const params = new URLSearchParams(window.location.search);
  for (const k of Object.keys(defaults)) params.delete(k);
  for (const [k, v] of Object.entries(state)) if (v !== defaults[k]) params.append(k, v);
  const query = params.toString();
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
  );
};

/** The keys of `defaults` that the address carries. */
function readUrl<T extends Record<string, string>>(defaults: T): Partial<T> {
  const params = new URLSearchParams(window.location.search);
  const fromUrl: Partial<T> = {};
  for (const key of Object.keys(defaults) as (keyof T & string)[]) {
    const v = params.get(key);
    if (v !== null) fromUrl[key] = v as T[typeof key];
  }
  return fromUrl;
}

export function useUrlState<T extends Record<string, string>>(
  defaults: T,
  write: UrlWriter = writeUrl,
): [T, (patch: Partial<T>) => void] {
  const [state, setState] = useState<T>(defaults);
  const current = useRef(state);
  const urlRead = useRef(false);
  current.current = state;

  // A change can come before this effect: input typed while the island hydrated is
  // replayed at once (client:intent). It must not drop the scenario the link carries.
  // True when the address changed the scenario.
  const adoptUrl = (): boolean => {
    if (urlRead.current) return false;
    urlRead.current = true;
    const fromUrl = readUrl(defaults);
    if (!Object.keys(fromUrl).length) return false;
    current.current = { ...current.current, ...fromUrl };
    return true;
  };

  useEffect(() => {
    if (adoptUrl()) setState(current.current);
  }, []);

  const set = (patch: Partial<T>) => {
    adoptUrl();
    const next = { ...current.current, ...patch };
    current.current = next;
    write(next, defaults);
    setState(next);
  };
  return [state, set];
}
