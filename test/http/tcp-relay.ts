/** A loopback TCP relay in front of the real PostgreSQL: cut and restore it, or hold new connections, without touching the server. */
import net from 'node:net';

export interface TcpRelay {
  readonly port: number;
  /** Closes every relayed connection and refuses new ones (the database "stopped"). */
  cut(): Promise<void>;
  /** Accepts and relays again. */
  restore(): Promise<void>;
  /** Nothing flows towards the server until release() (new connections wait too): a database slow to answer. */
  hold(): void;
  release(): void;
  /** Connections and requests waiting while held. */
  readonly waiting: number;
  close(): Promise<void>;
}

export async function startTcpRelay(targetHost: string, targetPort: number): Promise<TcpRelay> {
  const sockets = new Set<net.Socket>();
  let held: Array<() => void> = [];
  let holding = false;
  const relay = (client: net.Socket): void => {
    const upstream = net.connect(targetPort, targetHost);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    // Client → server goes through the hold gate; server → client flows freely.
    client.on('data', (chunk: Buffer) => {
      if (holding) held.push(() => upstream.write(chunk));
      else upstream.write(chunk);
    });
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  const onConnection = (client: net.Socket): void => {
    if (!holding) return relay(client);
    client.pause();
    sockets.add(client);
    client.on('error', () => undefined);
    held.push(() => {
      client.resume();
      relay(client);
    });
  };
  let server = net.createServer(onConnection);
  const listen = (port: number): Promise<number> => new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
  const port = await listen(0);
  const stopServer = (): Promise<void> => new Promise((resolve) => {
    for (const s of sockets) s.destroy();
    server.close(() => resolve());
  });
  return {
    port,
    get waiting() {
      return held.length;
    },
    cut: stopServer,
    async restore() {
      server = net.createServer(onConnection);
      await listen(port);
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      const wake = held;
      held = [];
      for (const go of wake) go();
    },
    close: stopServer,
  };
}
