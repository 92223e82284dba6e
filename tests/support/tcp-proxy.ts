import net from "node:net";

/**
 * A TCP proxy between the app and PostgreSQL that a test can cut and restore, to stage a
 * database outage without touching the machine's server. `cut()` drops every open
 * connection and refuses new ones (as a stopped or restarting server does); `restore()`
 * accepts again on the same port.
 */
export type TcpProxy = { port: number; cut: () => Promise<void>; restore: () => Promise<void>; close: () => Promise<void> };

export async function startTcpProxy(target: { host: string; port: number }, port = 0): Promise<TcpProxy> {
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
  let server: net.Server | null = serve();
  const boundPort = await listen(server, port);
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
