import net from "node:net";

/**
 * A TCP proxy between the app and PostgreSQL that a test can cut and restore, to stage a
 * database outage without touching the machine's server. `cut()` drops every open
 * connection and refuses new ones (as a stopped or restarting server does); `restore()`
 * accepts again on the same port.
 */
export type TcpProxy = { port: number; cut: () => Promise<void>; restore: () => Promise<void>; close: () => Promise<void> };

/**
 * A port below Linux's ephemeral range (32768–60999): while the proxy is cut nothing listens
 * on its port, and a client connecting to a free ephemeral port can be given that same port
 * as its own source port and connect to itself (TCP self-connect), which looks like a
 * server that never answers.
 */
async function freeLowPort(listen: (port: number) => Promise<number>): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const candidate = 20_000 + Math.floor(Math.random() * 12_000);
    try {
      return await listen(candidate);
    } catch {
      // taken: try another
    }
  }
  throw new Error("no free port below the ephemeral range");
}

export async function startTcpProxy(target: { host: string; port: number }, port?: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const serve = () =>
    net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      track(client);
      track(upstream);
      client.pipe(upstream);
      upstream.pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
  const listen = (server: net.Server, onPort: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(onPort, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port));
    });
  let server: net.Server | null = null;
  const boundPort =
    port ??
    (await freeLowPort(async (candidate) => {
      const attempt = serve();
      const bound = await listen(attempt, candidate);
      server = attempt;
      return bound;
    }));
  if (port !== undefined) {
    server = serve();
    await listen(server, port);
  }
  const stop = async () => {
    const closing = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  };
  return {
    port: boundPort,
    cut: stop,
    restore: async () => {
      if (server) return;
      server = serve();
      await listen(server, boundPort);
    },
    close: stop,
  };
}
