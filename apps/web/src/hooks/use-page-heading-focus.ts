import { type RefObject, useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Used by the page layouts: whenever a page is shown (the layout appears, or its path changes),
 * the focus moves to the page's main heading, so a screen reader says where one has arrived and
 * Tab goes on from there. Without it the focus stays on the menu link that was used, or falls to
 * <body> when the element that had it went away (after sign-in, on the activation page).
 * A page that has put the focus inside itself (a form's first field) keeps it: the pages' own
 * effects run before their layout's.
 */
export function usePageHeadingFocus(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each page, named by its path
  useEffect(() => {
    const container = main.current;
    if (!container || container.contains(document.activeElement)) return;
    const heading = container.querySelector<HTMLElement>('h1');
    if (!heading) return;
    // Focusable by script only, not a stop for Tab (set here so no page can forget it).
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  }, [main, pathname]);
}
