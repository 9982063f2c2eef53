import { useSearchParams } from 'react-router-dom';

/** Filters kept in the address, so a filtered screen can be shared or reloaded. */
export function useFilterParams(): [URLSearchParams, (key: string, value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const update = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return [params, update];
}
