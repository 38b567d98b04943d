/**
 * The whole scenario lives in the query string so a copied address reproduces
 * it. The first render uses the defaults (identical on server and client, so
 * hydration never mismatches); the URL is read right after hydration. Every
 * change writes the address before it re-renders, so the address never lags
 * behind the results on screen. Only values that differ from the defaults are
 * written (in the defaults' order), so a shared link is as short as the scenario.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

function writeUrl(state: Record<string, string>, defaults: Record<string, string>) {
  const params = new URLSearchParams(window.location.search);
  for (const k of Object.keys(defaults)) params.delete(k);
  for (const [k, v] of Object.entries(state)) if (v !== defaults[k]) params.append(k, v);
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
}

export function useUrlState<T extends Record<string, string>>(defaults: T): [T, (patch: Partial<T>) => void] {
  const [state, setState] = useState<T>(defaults);
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const fromUrl: Partial<T> = {};
    for (const key of Object.keys(defaults) as (keyof T & string)[]) {
      const v = params.get(key);
      if (v !== null) fromUrl[key] = v as T[typeof key];
    }
    if (Object.keys(fromUrl).length) setState((s) => ({ ...s, ...fromUrl }));
  }, []);

  const set = (patch: Partial<T>) => {
    const next = { ...current.current, ...patch };
    current.current = next;
    writeUrl(next, defaults);
    setState(next);
  };
  return [state, set];
}
