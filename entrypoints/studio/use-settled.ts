import { useEffect, useState } from 'preact/hooks';

/** The value once it has stopped changing for `ms`: the pack is validated at a pause in typing, not on every key. */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
