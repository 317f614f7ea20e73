import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './use-location';

/** An ordinary link (open in a new tab, copy the address) that navigates in place on a plain click. */
export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className}>
      {children}
    </a>
  );
}

/** The drill-down address of any object with a global id: loaded with `node(id:)`. */
export function nodePath(id: string): string {
  return `/node/${encodeURIComponent(id)}`;
}
