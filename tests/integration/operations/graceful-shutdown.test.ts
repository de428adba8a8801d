import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as ready } from "@/app/api/ready/route";
import { db, disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { Drain, installGracefulShutdown } from "@/lib/http/graceful-shutdown";
import { startOutboxRelay } from "@/lib/outbox/relay";
import { enqueueJobEvent, transactionWithOutbox } from "@/lib/outbox/write";
import { createCreator } from "../../factories/users";

// What a rolling deploy relies on: the readiness probe, and the drain that SIGTERM starts
// (the cluster run does it to both instances under load through nginx).

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

/** A real server whose answers take `?ms=` milliseconds, and the order things happened in. */
async function slowServer() {
  const events: string[] = [];
  const server = http.createServer((request, response) => {
    const ms = Number(new URL(request.url ?? "/", "http://x").searchParams.get("ms") ?? 0);
    setTimeout(() => {
      events.push(`answered ${request.url}`);
      response.end("done");
    }, ms);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url, events };
}

describe("the readiness probe", () => {
  it("is not ready while this build's migrations are not all applied, then ready", async () => {
    const [latest] = await db.$queryRaw<Array<{ migration_name: string }>>`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = ${latest.migration_name}`;
    const starting = await ready();
    expect(starting.status).toBe(503);
    expect(await starting.json()).toEqual({ status: "starting", checks: { database: "ok", migrations: "pending" } });

    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = ${latest.migration_name}`;
    const answer = await ready();
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(await answer.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "applied" } });
  });

  it("is not ready while the pool does not answer", async () => {
    await disconnectDb();
    vi.stubEnv("DATABASE_URL", "postgresql://nobody:nothing@127.0.0.1:1/none");
    resetEnvCache();
    try {
      const answer = await ready();
      expect(answer.status).toBe(503);
      expect(await answer.json()).toEqual({ status: "starting", checks: { database: "unreachable", migrations: "unknown" } });
    } finally {
      await disconnectDb();
    }
  });
});

describe("the drain", () => {
  it("keeps accepting for the delay, closing each connection after its answer; then refuses, finishes the request in hand, stops the background work and exits 0", async () => {
    const { server, url, events } = await slowServer();
    const drain = new Drain({ delaySeconds: 0.3, graceSeconds: 5, stopBackgroundWork: async () => void events.push("background stopped"), exit: (code) => void events.push(`exit ${code}`) }).track();
    try {
      expect((await fetch(`${url}/?ms=0`)).status).toBe(200);
      const slow = fetch(`${url}/?ms=600`);
      await vi.waitFor(() => expect(drain.inFlight.size).toBe(1));
      const exited = drain.shutDown();
      expect(drain.draining).toBe(true);
      const duringDelay = await fetch(`${url}/?ms=0`);
      expect(duringDelay.status).toBe(200);
      expect(duringDelay.headers.get("connection")).toBe("close");
      await new Promise((resolve) => setTimeout(resolve, 400));
      await expect(fetch(`${url}/?ms=0`, { headers: { connection: "close" } })).rejects.toThrow();
      expect(await (await slow).text()).toBe("done");
      expect(await exited).toBe(0);
      expect(drain.shutDown()).toBe(exited);
      expect(events).toEqual(["answered /?ms=0", "answered /?ms=0", "answered /?ms=600", "background stopped", "exit 0"]);
    } finally {
      drain.untrack();
      server.closeAllConnections();
    }
  });

  it("answers a request that arrives on a kept connection while draining, with Connection: close", async () => {
    const { server, url, events } = await slowServer();
    const drain = new Drain({ delaySeconds: 0, graceSeconds: 5, stopBackgroundWork: async () => {}, exit: () => {} }).track();
    try {
      const socket = net.connect(Number(new URL(url).port), "127.0.0.1");
      let received = "";
      socket.on("data", (chunk) => (received += chunk));
      const ended = new Promise((resolve) => socket.on("close", resolve));
      socket.write("GET /?ms=300 HTTP/1.1\r\nHost: x\r\n\r\n");
      await vi.waitFor(() => expect(drain.inFlight.size).toBe(1));
      const exited = drain.shutDown();
      socket.write("GET /?ms=0 HTTP/1.1\r\nHost: x\r\n\r\n");
      await ended;
      const answers = received.split(/(?=HTTP\/1\.1 )/);
      expect(answers).toHaveLength(2);
      expect(answers[1]).toMatch(/^HTTP\/1\.1 200/);
      expect(answers[1].toLowerCase()).toContain("connection: close");
      expect(await exited).toBe(0);
      expect(events.sort()).toEqual(["answered /?ms=0", "answered /?ms=300"]);
    } finally {
      drain.untrack();
      server.closeAllConnections();
    }
  });

  it("exits 1 when the grace period ends before the requests do", async () => {
    const { server, url } = await slowServer();
    const stopped = vi.fn(async () => {});
    const exit = vi.fn();
    const drain = new Drain({ delaySeconds: 0, graceSeconds: 1, stopBackgroundWork: stopped, exit }).track();
    try {
      void fetch(`${url}/?ms=3000`).catch(() => {});
      await vi.waitFor(() => expect(drain.inFlight.size).toBe(1));
      expect(await drain.shutDown()).toBe(1);
      expect(exit).toHaveBeenCalledWith(1);
      expect(stopped).toHaveBeenCalled();
    } finally {
      drain.untrack();
      server.closeAllConnections();
    }
  });
});

describe("the outbox relay of a shutting-down instance", () => {
  it("finishes the pass in hand and claims nothing after", async () => {
    const creator = await createCreator();
    const stop = startOutboxRelay();
    const first = await transactionWithOutbox((tx) => enqueueJobEvent(tx, "creator/noted", { userId: creator.id }));
    await vi.waitFor(async () => expect((await db.outboxEvent.findUniqueOrThrow({ where: { id: first } })).status).not.toBe("pending"), { timeout: 5_000 });
    await stop();
    const second = await transactionWithOutbox((tx) => enqueueJobEvent(tx, "creator/noted", { userId: creator.id }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: "pending", lockedUntil: null, attempts: 0 });
  });
});

describe("SIGTERM", () => {
  it("turns the readiness probe to draining, and drains", async () => {
    const exit = vi.fn();
    const stopped = vi.fn(async () => {});
    const before = new Set(process.listeners("SIGINT"));
    const drain = installGracefulShutdown({ delaySeconds: 0.2, graceSeconds: 5, stopBackgroundWork: stopped, exit });
    try {
      process.emit("SIGTERM");
      const answer = await ready();
      expect(answer.status).toBe(503);
      expect(await answer.json()).toMatchObject({ status: "draining" });
      await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
      expect(stopped).toHaveBeenCalledTimes(1);
    } finally {
      drain.untrack();
      for (const listener of process.listeners("SIGINT")) if (!before.has(listener)) process.off("SIGINT", listener);
    }
  });
});
