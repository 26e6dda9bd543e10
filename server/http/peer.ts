import type { IncomingMessage, Server } from 'node:http';
import { PEER_HEADER } from '@/lib/http/address';

const installed = Symbol.for('triglot.peerHeader');

/**
 * Stamps every incoming request with the address of the socket it came on (PEER_HEADER),
 * replacing anything a client sent under that name. Next passes a client's own
 * X-Forwarded-For through untouched, so without this a client could name any address it
 * liked in the sign-in limit per address. Installed once per process, before requests are
 * routed (instrumentation.ts).
 */
export function installPeerHeader(http: { Server: { prototype: Server } }): void {
  const proto = http.Server.prototype as Server & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? '';
    }
    return (emit as (event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as Server['emit'];
}
