// The provider's HTML pages: small, self-contained (no external fonts or scripts) and accessible.
import type { DevIdpAccount } from './accounts.js';

export const PAGE_HEADING = 'Reseller portal (development)';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1b1d21}
main{max-width:26rem;margin:3rem auto;padding:1.5rem 2rem;background:#fff;border-radius:8px;
box-shadow:0 1px 3px rgba(0,0,0,.2)}
h1{font-size:1.5rem;margin-top:0}h2{font-size:1.1rem}
label{display:block;font-weight:600;margin-top:1rem}
input{display:block;width:100%;box-sizing:border-box;padding:.5rem;margin-top:.25rem;font:inherit;
border:1px solid #6b7280;border-radius:4px}
.hint{font-size:.875rem;color:#4b5563;margin:.25rem 0 0}
.error{color:#a40e26;font-weight:600}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font:inherit;font-weight:600;color:#fff;
background:#1d4ed8;border:0;border-radius:4px;cursor:pointer}
button.secondary{color:#1d4ed8;background:#fff;border:1px solid #1d4ed8;margin-left:.5rem}
code{font-size:.95em}`;

function layout(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${PAGE_HEADING}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${PAGE_HEADING}</h1>
${body}
</main>
</body>
</html>`;
}

export interface LoginPageInput {
  action: string;
  accounts: readonly DevIdpAccount[];
  username?: string;
  error?: string;
}

export function renderLoginPage({ action, accounts, username = '', error }: LoginPageInput) {
  const errorAttributes = error ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  const accountList = accounts
    .map(
      (account) =>
        `<li><code>${escapeHtml(account.id)}</code>${account.mfa ? ' (with a one-time code)' : ''}</li>`,
    )
    .join('');
  return layout(
    'Sign in',
    `<p>A local identity provider for development and tests, playing the reseller portal.</p>
${error ? `<p id="login-error" class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
<label for="username">Username</label>
<input id="username" name="username" autocomplete="username" required autofocus value="${escapeHtml(username)}"${errorAttributes}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${errorAttributes}>
<label for="otp">One-time code</label>
<input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code" aria-describedby="otp-hint">
<p id="otp-hint" class="hint">For accounts with two-factor authentication. This is a development
tool: any 6 digits are accepted.</p>
<button type="submit">Sign in</button>
</form>
<h2>Accounts</h2>
<p>All accounts use the development password printed when the provider starts.</p>
<ul>${accountList}</ul>`,
  );
}

/** The RP-initiated logout confirmation; `form` is oidc-provider's hidden form (id op.logoutForm). */
export function renderLogoutPage(form: string): string {
  return layout(
    'Sign out',
    `<p>Do you want to sign out of the reseller portal?</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Sign out</button>
<button type="submit" form="op.logoutForm" class="secondary">Stay signed in</button>`,
  );
}

export function renderLogoutSuccessPage(): string {
  return layout('Signed out', '<p>You have signed out of the reseller portal.</p>');
}

export function renderErrorPage(message: string, detail?: string): string {
  return layout(
    'Error',
    `<p class="error" role="alert">${escapeHtml(message)}</p>${detail ? `<p>${escapeHtml(detail)}</p>` : ''}`,
  );
}
