// A page's h1. It takes focus when the page opens, so keyboard and screen-reader users start at the top.
import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigated } from '../app/router';

export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Only after an in-app navigation: on first load the browser's own start position is kinder.
    if (hasNavigated()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page__title">
      {children}
    </h1>
  );
}
