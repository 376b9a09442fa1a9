import net from 'node:net';

/**
 * A TCP proxy in front of the test database that a test can cut, freeze and restore, to play a
 * database outage without touching the server itself. Reopening listens on the same port again.
 */
export interface TcpProxy {
  port: number;
  /** Stops accepting connections and destroys every open one, as a network failure would. */
  cut(): Promise<void>;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  /**
   * Stops forwarding in both directions while keeping every connection open (and accepting new
   * ones): a database that hangs instead of refusing. What was held back flows on at `thaw`.
   */
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const held: (() => void)[] = [];
  let frozen = false;
  let server: net.Server | undefined;

  const forward = (from: net.Socket, to: net.Socket) => {
    from.on('data', (chunk: Buffer) => {
      const send = () => {
        if (!to.destroyed) to.write(chunk);
      };
      if (frozen) held.push(send);
      else send();
    });
  };

  const listen = (port: number) =>
    new Promise<net.Server>((resolve, reject) => {
      const s = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => {
            sockets.delete(socket);
            client.destroy();
            upstream.destroy();
          });
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        forward(client, upstream);
        forward(upstream, client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve(s));
    });

  const stop = async () => {
    const s = server;
    server = undefined;
    held.length = 0;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  server = await listen(0);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  const port = address.port;

  return {
    port,
    cut: stop,
    async restore() {
      if (!server) server = await listen(port);
    },
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
      for (const send of held.splice(0)) send();
    },
    close: stop,
  };
}
