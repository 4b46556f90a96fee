// Runs createApp on a real socket, and shuts down without losing an
// acknowledged (or accepted) response: on SIGTERM/SIGINT stop accepting
// connections, let in-flight requests finish, drain the write batcher, close
// the database, exit.
import { type ServerType, serve } from '@hono/node-server';
import { type CreateAppOptions, createApp } from './app';

export interface RunningServer {
  server: ServerType;
  port: number;
  stop(): Promise<void>;
}

export function startServer(
  options: CreateAppOptions & { port: number; host: string },
): Promise<RunningServer> {
  const app = createApp(options);
  const { log, store } = options;
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info) => {
        let stopping: Promise<void> | undefined;
        const stop = () => {
          stopping ??= (async () => {
            log.info('shutting down: draining accepted responses');
            // close() stops accepting and (Node ≥ 19) closes idle keep-alive sockets;
            // connections still busy after 10 s are cut so shutdown cannot hang.
            const closed = new Promise<void>((done) => server.close(() => done()));
            const force = setTimeout(() => {
              if ('closeAllConnections' in server) server.closeAllConnections();
            }, 10_000);
            await closed;
            clearTimeout(force);
            await app.drain(); // also stops the webhook dispatcher and writes install counts
            await store.close();
            const { batches, ops } = app.services.batcher.stats;
            log.info(
              {
                batches,
                responses: ops,
                meanBatch: batches ? ops / batches : 0,
              },
              'stopped',
            );
          })();
          return stopping;
        };
        server.off('error', reject);
        app.services.webhooks.start();
        app.services.alerts.start();
        app.services.digests?.start();
        app.services.campaigns?.start();
        app.services.mailOutbox?.start();
        app.services.installs.start();
        app.services.housekeeping.start();
        resolve({ server, port: info.port, stop });
      },
    );
    // Listening failed (the port is taken, or needs more rights): the caller says so.
    server.once('error', reject);
  });
}

/** Whether starting failed because the port is taken (EADDRINUSE). */
export function isPortTaken(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
}

/** Stops cleanly on the first SIGTERM/SIGINT; a second one exits at once. */
export function stopOnSignals(running: RunningServer): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    running.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(`error while stopping after ${signal}:`, error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
