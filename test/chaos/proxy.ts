// A fault-injecting HTTP proxy between the renderer in Chromium and the central API (DESIGN.md,
// "Testing"). Loopback only. Faults hit the sync calls (push, pull, device state); static files,
// posts, sign-in and the SSE poke stream pass through untouched so a run always can sign in.
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createPrng } from './prng';

export const FAULT_KINDS = [
  'drop',
  'delay',
  'error-before',
  'error-after',
  'timeout-after-commit',
  'duplicate',
  'concurrent-duplicate',
  'replay-push',
  'truncate',
  'reset-mid-response',
  'stale-pull',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
/** Scripted only, never drawn at random: the server's clock passes the access tokens' expiry just
 * before this request reaches it, so the token expires mid-sync. */
type ScriptedKind = 'expire-auth';

type Upstream = { status: number; headers: Record<string, string>; body: Buffer };
type Recorded = { path: string; headers: Record<string, string>; body: Buffer };

export type ChaosProxy = {
  url: string;
  /** Probability that a sync call gets a fault; 0 turns faults off. */
  setFaultRate(rate: number): void;
  /** The next push gets this fault whatever the rate (a scripted step of the scenario). */
  forceNextPush(kind: FaultKind, holdMs?: number): void;
  /** The next sync call of any kind (push, pull, device state) gets this fault. */
  forceNextSync(kind: FaultKind | ScriptedKind): void;
  /**
   * Resolves once a page of changes, or of a snapshot, with at least `minChanges` entries has been
   * written to a device.
   */
  nextPullDelivered(minChanges: number): Promise<number>;
  /** Every push carrying this declaration fails with a plain 500 (a poison decision); null cures. */
  poison(declarationId: string | null): void;
  faults(): readonly string[];
  /** True once the push forced by forceNextPush has reached the proxy. */
  forcedPushArrived(): boolean;
  /** Requests still being held or forwarded. */
  inFlight(): number;
  close(): Promise<void>;
};

export type ProxyOptions = {
  upstream: string;
  seed: number;
  /** How long `timeout-after-commit` holds an answer: past the client's 20 s timeout. */
  holdMs?: number;
  /** `timeout-after-commit` costs a whole client timeout: at most this many per run. */
  maxHolds?: number;
  /** Moves the server's clock past the access tokens' lifetime (the `expire-auth` fault). */
  expireAuth?: () => Promise<void>;
  log?: (line: string) => void;
};

const FAULTABLE = /^\/sync\/v1\/(decisions|changes|devices\/)/;
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);

function headersOf(message: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name))
      out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function readBody(message: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', reject);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function startChaosProxy(options: ProxyOptions): Promise<ChaosProxy> {
  const upstream = new URL(options.upstream);
  const prng = createPrng(options.seed);
  const log = options.log ?? ((line: string) => console.log(line));
  const holdMs = options.holdMs ?? 21_000;
  let holdsLeft = options.maxHolds ?? 1;
  let faultRate = 0;
  let forced: { kind: FaultKind; holdMs?: number } | null = null;
  let forcedSync: FaultKind | ScriptedKind | null = null;
  let poisoned: string | null = null;
  const pullWaiters: { minChanges: number; resolve: (changes: number) => void }[] = [];
  let counter = 0;
  let active = 0;
  const injected: string[] = [];
  const pushes: Recorded[] = [];
  const pulls = new Map<string, Upstream[]>();
  const sockets = new Set<Socket>();

  function forward(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: Buffer,
  ): Promise<Upstream> {
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method,
          path,
          headers: { ...headers, host: upstream.host, 'content-length': String(body.length) },
        },
        (incoming) => {
          readBody(incoming).then(
            (data) =>
              resolve({ status: incoming.statusCode ?? 502, headers: headersOf(incoming), body: data }),
            reject,
          );
        },
      );
      outgoing.setTimeout(30_000, () => outgoing.destroy(new Error('upstream timeout')));
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  function reply(response: ServerResponse, answer: Upstream): void {
    response.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
    response.end(answer.body);
  }

  function error500(response: ServerResponse): void {
    reply(response, {
      status: 500,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify({ error: { code: 'CHAOS', message: 'injected by the chaos proxy' } })),
    });
  }

  function chooseFault(
    method: string,
    path: string,
  ): { kind: FaultKind | ScriptedKind; holdMs?: number } | null {
    const isPush = method === 'POST' && path.startsWith('/sync/v1/decisions');
    const isPull = path.startsWith('/sync/v1/changes');
    if (forcedSync) {
      const kind = forcedSync;
      forcedSync = null;
      return { kind };
    }
    if (isPush && forced) {
      const chosen = forced;
      forced = null;
      return chosen;
    }
    if (!prng.chance(faultRate)) return null;
    const allowed = (kind: FaultKind): boolean => {
      if (kind === 'duplicate' || kind === 'concurrent-duplicate' || kind === 'replay-push') return isPush;
      // A stale page once moved the stored cursor back (seed 2); pages now echo their cursor and the
      // client drops a mismatch. CHAOS_STALE_PULL=0 turns the fault off to isolate other failures.
      if (kind === 'stale-pull') return isPull && process.env['CHAOS_STALE_PULL'] !== '0';
      if (kind === 'timeout-after-commit') return holdsLeft > 0;
      return true;
    };
    const candidates = FAULT_KINDS.filter(allowed);
    const kind = prng.pick(candidates);
    if (kind === 'timeout-after-commit') holdsLeft -= 1;
    return { kind };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const headers = headersOf(request);
    const body = await readBody(request);
    if (path.startsWith('/sync/v1/events')) return streamThrough(request, response, headers);
    const isPush = method === 'POST' && path.startsWith('/sync/v1/decisions');
    if (isPush && poisoned !== null && body.includes(`"declarationId":"${poisoned}"`)) {
      log(`chaos seed=${options.seed} poison: push carrying ${poisoned} fails with 500`);
      return error500(response);
    }
    const fault = FAULTABLE.test(path) ? chooseFault(method, path) : null;
    const pullKey = path.startsWith('/sync/v1/changes')
      ? (new URL(path, 'http://x').searchParams.get('postId') ?? '')
      : null;
    if (fault) {
      counter += 1;
      const line = `chaos seed=${options.seed} fault#${counter} ${fault.kind} ${method} ${path.split('?')[0]}`;
      injected.push(line);
      log(line);
    }
    const forwardAndRecord = async (): Promise<Upstream> => {
      const answer = await forward(method, path, headers, body);
      if (isPush) pushes.push({ path, headers, body });
      if (pullKey !== null && answer.status === 200) {
        const list = pulls.get(pullKey) ?? [];
        list.push(answer);
        pulls.set(pullKey, list.slice(-20));
      }
      return answer;
    };
    switch (fault?.kind) {
      case undefined: {
        const answer = await forwardAndRecord();
        if (/^\/sync\/v1\/(changes|snapshot)/.test(path) && answer.status === 200)
          notifyPage(response, answer.body);
        return reply(response, answer);
      }
      case 'expire-auth':
        await options.expireAuth?.();
        return reply(response, await forwardAndRecord());
      case 'drop':
        request.socket.destroy();
        return;
      case 'delay':
        await sleep(prng.int(100, 1500));
        return reply(response, await forwardAndRecord());
      case 'error-before':
        return error500(response);
      case 'error-after':
        await forwardAndRecord();
        return error500(response);
      case 'timeout-after-commit': {
        const answer = await forwardAndRecord();
        await sleep(fault.holdMs ?? holdMs);
        if (fault.holdMs !== undefined && !response.destroyed) return reply(response, answer);
        request.socket.destroy();
        return;
      }
      case 'duplicate': {
        const first = await forwardAndRecord();
        const second = await forwardAndRecord();
        return reply(response, prng.chance(0.5) ? first : second);
      }
      case 'concurrent-duplicate': {
        // The same push reaches the server several times at once (a retrying load balancer, two
        // tabs): exactly one copy may take effect, the others must answer DUPLICATE of it.
        const answers = await Promise.all(Array.from({ length: 4 }, () => forwardAndRecord()));
        return reply(response, prng.pick(answers));
      }
      case 'replay-push': {
        const earlier = pushes.length > 0 ? prng.pick(pushes) : null;
        if (earlier) await forward('POST', earlier.path, earlier.headers, earlier.body).catch(() => null);
        return reply(response, await forwardAndRecord());
      }
      case 'truncate': {
        const answer = await forwardAndRecord();
        const cut = answer.body.subarray(0, Math.floor(answer.body.length / 2));
        response.writeHead(answer.status, answer.headers);
        response.end(cut);
        return;
      }
      case 'reset-mid-response': {
        const answer = await forwardAndRecord();
        response.writeHead(answer.status, {
          ...answer.headers,
          'content-length': String(answer.body.length),
        });
        response.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
        await sleep(20);
        request.socket.destroy();
        return;
      }
      case 'stale-pull': {
        const earlier = pullKey !== null ? pulls.get(pullKey) : undefined;
        if (earlier && earlier.length > 0) return reply(response, prng.pick(earlier));
        return reply(response, await forwardAndRecord());
      }
    }
  }

  function notifyPage(response: ServerResponse, body: Buffer): void {
    if (pullWaiters.length === 0) return;
    let changes = 0;
    try {
      const page = JSON.parse(body.toString()) as { changes?: unknown[]; declarations?: unknown[] };
      changes = (page.changes ?? page.declarations ?? []).length;
    } catch {
      return;
    }
    response.once('finish', () => {
      for (const waiter of pullWaiters.splice(0)) {
        if (changes >= waiter.minChanges) waiter.resolve(changes);
        else pullWaiters.push(waiter);
      }
    });
  }

  function streamThrough(
    request: IncomingMessage,
    response: ServerResponse,
    headers: Record<string, string>,
  ): void {
    const outgoing = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: 'GET',
        path: request.url,
        headers: { ...headers, host: upstream.host },
      },
      (incoming) => {
        response.writeHead(incoming.statusCode ?? 502, headersOf(incoming));
        incoming.pipe(response);
      },
    );
    outgoing.on('error', () => response.destroy());
    response.on('close', () => outgoing.destroy());
    outgoing.end();
  }

  const server = createServer((request, response) => {
    active += 1;
    response.on('close', () => (active -= 1));
    handle(request, response).catch(() => {
      if (!response.headersSent) {
        response.writeHead(502, { 'content-type': 'application/json' });
        response.end('{"error":{"code":"BAD_GATEWAY","message":"upstream failed"}}');
      } else response.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    setFaultRate(rate) {
      faultRate = rate;
    },
    forceNextPush(kind, hold) {
      forced = hold === undefined ? { kind } : { kind, holdMs: hold };
    },
    poison(declarationId) {
      poisoned = declarationId;
    },
    forceNextSync(kind) {
      forcedSync = kind;
    },
    nextPullDelivered(minChanges) {
      return new Promise((resolve) => pullWaiters.push({ minChanges, resolve }));
    },
    faults: () => injected,
    forcedPushArrived: () => forced === null,
    inFlight: () => active,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
