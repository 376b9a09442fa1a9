// Our own interaction pages instead of oidc-provider's devInteractions: a login form that decides
// `amr`, and automatic consent (the reseller portal trusts the tenant portal, as a first party).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { errors, type InteractionResults } from 'oidc-provider';
import { authenticate, type DevIdpAccount } from './accounts.js';
import { renderErrorPage, renderLoginPage } from './pages.js';

type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;

export interface InteractionOptions {
  accounts: readonly DevIdpAccount[];
  password: string;
}

const INTERACTION_PATH = /^\/interaction\/([\w-]+)(\/login)?$/;
const MAX_FORM_BYTES = 10_000;

export function isInteractionRequest(url: string): boolean {
  return url.startsWith('/interaction/');
}

export function createInteractionHandler(provider: Provider, options: InteractionOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://idp.invalid').pathname;
    const match = INTERACTION_PATH.exec(path);
    res.setHeader('cache-control', 'no-store');
    try {
      const isLoginForm = match?.[2] !== undefined;
      if (match && isLoginForm && req.method === 'POST') {
        await submitLogin(provider, options, req, res);
      } else if (match && !isLoginForm && req.method === 'GET') {
        await showInteraction(provider, options, req, res);
      } else {
        sendHtml(res, 404, renderErrorPage('Not found.'));
      }
    } catch (error) {
      if (error instanceof errors.SessionNotFound) {
        const message = 'This sign-in attempt has expired or was already used.';
        sendHtml(res, 400, renderErrorPage(message, 'Start again from the tenant portal.'));
        return;
      }
      sendHtml(res, 500, renderErrorPage('The sign-in failed.', String(error)));
    }
  };
}

async function showInteraction(
  provider: Provider,
  options: InteractionOptions,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const interaction = await provider.interactionDetails(req, res);
  if (interaction.prompt.name === 'login') {
    const action = `/interaction/${interaction.uid}/login`;
    sendHtml(res, 200, renderLoginPage({ action, accounts: options.accounts }));
    return;
  }
  if (interaction.prompt.name === 'consent') {
    const consent = await grantRequestedScopes(provider, interaction);
    await provider.interactionFinished(req, res, { consent }, { mergeWithLastSubmission: true });
    return;
  }
  sendHtml(res, 400, renderErrorPage(`Unsupported prompt: ${interaction.prompt.name}.`));
}

async function submitLogin(
  provider: Provider,
  options: InteractionOptions,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const interaction = await provider.interactionDetails(req, res);
  if (interaction.prompt.name !== 'login') {
    sendHtml(res, 400, renderErrorPage('This sign-in step is already done.'));
    return;
  }
  const form = await readForm(req);
  const username = form.get('username') ?? '';
  const outcome = authenticate(options.accounts, options.password, {
    username,
    password: form.get('password') ?? '',
    otp: form.get('otp') ?? '',
  });
  if (!outcome.ok) {
    const action = `/interaction/${interaction.uid}/login`;
    const page = renderLoginPage({
      action,
      accounts: options.accounts,
      username,
      error: outcome.message,
    });
    sendHtml(res, 401, page);
    return;
  }
  const { account, amr } = outcome;
  const result: InteractionResults = {
    login: { accountId: account.id, amr, ...(account.acr ? { acr: account.acr } : {}) },
  };
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

/** The consent step without a page: grant what the client asked for (openid profile email). */
async function grantRequestedScopes(provider: Provider, interaction: Interaction) {
  const { details } = interaction.prompt;
  const accountId = interaction.session?.accountId;
  const clientId = interaction.params.client_id;
  if (!accountId || typeof clientId !== 'string') {
    throw new Error('consent without a signed-in account');
  }

  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId });
  const { missingOIDCScope, missingOIDCClaims } = details;
  if (Array.isArray(missingOIDCScope)) grant.addOIDCScope(missingOIDCScope.join(' '));
  if (Array.isArray(missingOIDCClaims)) grant.addOIDCClaims(missingOIDCClaims);
  const grantId = await grant.save();
  // An existing grant is updated in place; only a new one is handed to the provider.
  return existing ? {} : { grantId };
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res: ServerResponse, status: number, html: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(html);
}
