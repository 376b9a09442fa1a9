import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';

type DataTableProps = {
  /** The table's name (a visually hidden caption), also the name of its scroll region. */
  caption: string;
  busy: boolean;
  children: ReactNode;
};

/**
 * A table that never squeezes its words: when it is wider than the page (a phone, a long e-mail
 * address) it scrolls sideways with its first column kept in place. The scroll area takes the
 * keyboard focus only while it can scroll, so keyboard users can scroll it too (WCAG 2.1.1)
 * without one more stop on wide screens.
 */
export function DataTable({ caption, busy, children }: DataTableProps) {
  const captionId = useId();
  const region = useRef<HTMLDivElement>(null);
  const scrolls = useScrolls(region);
  return (
    <div
      ref={region}
      className="data-table-scroll"
      {...(scrolls ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <table className="data-table" aria-busy={busy}>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

function useScrolls(region: RefObject<HTMLDivElement | null>) {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = region.current;
    // jsdom has no layout and no ResizeObserver: there nothing ever scrolls.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.firstElementChild;
    if (table) observer.observe(table);
    measure();
    return () => observer.disconnect();
  }, [region]);
  return scrolls;
}
