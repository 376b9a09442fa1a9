import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useEffect, useRef } from 'react';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { usePageHeadingFocus } from './use-page-heading-focus';

function Layout({ children }: { children?: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  usePageHeadingFocus(main);
  return (
    <>
      <nav>
        <Link to="/first">First</Link>
        <Link to="/second">Second</Link>
        <Link to="/form">Form</Link>
      </nav>
      <main ref={main}>{children ?? <Outlet />}</main>
    </>
  );
}

function FormPage() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <>
      <h1>Form</h1>
      <input ref={input} aria-label="Name" />
    </>
  );
}

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        element: <Layout />,
        children: [
          { path: '/first', element: <h1>First page</h1> },
          { path: '/second', element: <h1>Second page</h1> },
          { path: '/form', element: <FormPage /> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
}

describe('usePageHeadingFocus', () => {
  it('focuses the heading of the page a layout first shows, as a script-only stop', () => {
    renderAt('/first');
    const heading = screen.getByRole('heading', { name: 'First page' });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('moves the focus from the menu link to the new page heading on every page change', async () => {
    const user = userEvent.setup();
    renderAt('/first');
    await user.click(screen.getByRole('link', { name: 'Second' }));
    expect(screen.getByRole('heading', { name: 'Second page' })).toHaveFocus();
  });

  it('leaves the focus where a page has put it itself', async () => {
    const user = userEvent.setup();
    renderAt('/first');
    await user.click(screen.getByRole('link', { name: 'Form' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });
});
