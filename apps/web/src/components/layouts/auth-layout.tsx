import { type ReactNode, useRef } from 'react';
import { Brand } from '@/components/ui/brand';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { usePageHeadingFocus } from '@/hooks/use-page-heading-focus';

type AuthLayoutProps = {
  title: string;
  /** A wider card, for content such as a QR code next to its explanation. */
  wide?: boolean;
  children: ReactNode;
};

/** The frame of the signed-out pages: product name, language, and one centred card. */
export function AuthLayout({ title, wide = false, children }: AuthLayoutProps) {
  const main = useRef<HTMLElement>(null);
  useDocumentTitle(title);
  usePageHeadingFocus(main);
  return (
    <div className="auth-page">
      <header className="auth-page__header">
        <Brand />
        <LanguageSwitcher />
      </header>
      <main ref={main} className="auth-page__main">
        <div className={wide ? 'card auth-card auth-card--wide' : 'card auth-card'}>
          <h1 className="auth-card__title" tabIndex={-1}>
            {title}
          </h1>
          {children}
        </div>
      </main>
    </div>
  );
}
