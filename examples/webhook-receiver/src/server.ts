/**
 * `startWebhookReceiver`: the receiver behind a plain `node:http` server, no framework.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookReceiver, type WebhookReceiverOptions } from './receiver.js';

/** Options of {@link startWebhookReceiver}: the receiver's, plus where to listen. */
export interface StartWebhookReceiverOptions extends WebhookReceiverOptions {
  /** 0 picks a free port. @default 8787 */
  readonly port?: number;
  /** Loopback unless told otherwise: put a TLS-terminating proxy in front for the internet. @default '127.0.0.1' */
  readonly host?: string;
}

/** A listening receiver. */
export interface RunningWebhookReceiver {
  readonly server: Server;
  /** e.g. `http://127.0.0.1:8787/`: POST deliveries here (any path). */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts a receiver and resolves once it listens.
 *
 * @example
 * const receiver = await startWebhookReceiver({ port: 0, secret, onEvent: { 'contact.created': save } });
 * console.log(receiver.url);
 * await receiver.close();
 */
export async function startWebhookReceiver(options: StartWebhookReceiverOptions): Promise<RunningWebhookReceiver> {
  const { port = 8787, host = '127.0.0.1', ...receiverOptions } = options;
  const server = createServer(createWebhookReceiver(receiverOptions));
  server.listen(port, host);
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${hostname}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would hold close() open until they time out.
        server.closeIdleConnections();
      }),
  };
}
