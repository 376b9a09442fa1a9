import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_ACCOUNTS, DEFAULT_PASSWORD, type DevIdpAccount } from './accounts.js';
import { DevIdpProductionError, isProduction } from './guard.js';
import { createInteractionHandler, isInteractionRequest } from './interactions.js';
import { createProvider, type DevIdpClient } from './provider.js';

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface StartDevIdpOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Defaults to `http://<host>:<port>`. */
  issuer?: string;
  clients: DevIdpClient[];
  accounts?: readonly DevIdpAccount[];
  /** The one password of every account. */
  password?: string;
  /** Defaults to process.env.NODE_ENV; the provider refuses to start in production. */
  nodeEnv?: string;
}

export interface DevIdp {
  issuer: string;
  port: number;
  accounts: readonly DevIdpAccount[];
  password: string;
  close(): Promise<void>;
}

export async function startDevIdp(options: StartDevIdpOptions): Promise<DevIdp> {
  if (isProduction(options.nodeEnv ?? process.env.NODE_ENV)) throw new DevIdpProductionError();
  const host = options.host ?? '127.0.0.1';
  const accounts = options.accounts ?? DEFAULT_ACCOUNTS;
  const password = options.password ?? DEFAULT_PASSWORD;

  // The issuer needs the real port, so the server listens before the provider exists.
  let handle: RequestHandler = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer((req, res) => handle(req, res));
  const port = await listen(server, options.port, host);
  const issuer = options.issuer ?? `http://${host}:${port}`;

  const provider = createProvider(issuer, options.clients, accounts);
  const providerHandler = provider.callback();
  const interactionHandler = createInteractionHandler(provider, { accounts, password });
  handle = (req, res) => {
    if (isInteractionRequest(req.url ?? '')) void interactionHandler(req, res);
    else void providerHandler(req, res);
  };

  return { issuer, port, accounts, password, close: () => close(server) };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive connections (fetch keeps them) would otherwise hold close() open.
    server.closeAllConnections();
  });
}
