/** Test guard: any connection to an address outside 127.0.0.0/8 or ::1 throws, so a slip to the real network is loud. */
import net from 'node:net';

const isLoopback = (host: string | undefined): boolean =>
  host === undefined || host === 'localhost' || host === '::1' || host.startsWith('127.') || host.startsWith('/');

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const host = typeof first === 'object' && first !== null ? (first as { host?: string; path?: string }).path ?? (first as { host?: string }).host
    : typeof args[1] === 'string' ? args[1] : undefined;
  if (!isLoopback(host)) throw new Error(`test tried to reach ${String(host)}: tests may only talk to loopback`);
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
