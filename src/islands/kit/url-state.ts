/**
 * The whole scenario lives in the query string so a copied address reproduces
 * it. The first render uses the defaults (identical on server and client, so
 * hydration never mismatches); the URL is read right after hydration.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export function useUrlState<T extends Record<string, string>>(defaults: T): [T, (patch: Partial<T>) => void] {
  const [state, setState] = useState<T>(defaults);
  const loaded = useRef(false);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const fromUrl: Partial<T> = {};
    for (const key of Object.keys(defaults) as (keyof T & string)[]) {
      const v = params.get(key);
      if (v !== null) fromUrl[key] = v as T[typeof key];
    }
    loaded.current = true;
    if (Object.keys(fromUrl).length) setState((s) => ({ ...s, ...fromUrl }));
  }, []);

  useEffect(() => {
    if (!loaded.current) return;
    const params = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(state)) params.set(k, v);
    window.history.replaceState(null, '', `${window.location.pathname}?${params.toString()}${window.location.hash}`);
  }, [state]);

  return [state, (patch) => setState((s) => ({ ...s, ...patch }))];
}
