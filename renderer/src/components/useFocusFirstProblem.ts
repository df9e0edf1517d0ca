// Forms share one rule: after a failed save, the keyboard goes to the first field that needs fixing (or the summary).
import { useEffect, type RefObject } from 'react';

/** `attempt` counts failed saves; each new one moves focus again. */
export function useFocusFirstProblem(formRef: RefObject<HTMLFormElement | null>, attempt: number): void {
  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    (form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('.form-summary'))?.focus();
  }, [formRef, attempt]);
}
