import {
  REFERENCE_VERSION_HEADER,
  ReferenceManifest,
  referenceRoutes,
  type ReferencePack,
} from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain';
import { err, ok, type Result } from '@shared/util/result';
import type { ReferenceDownloadError } from '../state';
import type { FetchLike, TransportAuth } from '../sync';
import { sendWithSession } from '../sync/session-auth';
import { parsePackText } from './parse-pack';

export type ReferenceTransport = { baseUrl: string; auth: TransportAuth; fetch: FetchLike };

export type ManifestEntry = ReferenceManifest['packs'][number];

/** A pack as downloaded and checked, with what the timings of the benchmark need. */
export type DownloadedPack = {
  pack: ReferencePack;
  bytes: number;
  downloadMs: number;
  parseMs: number;
};

const url = (transport: ReferenceTransport, path: string, query: Record<string, string>) =>
  `${transport.baseUrl.replace(/\/+$/, '')}${path}?${new URLSearchParams(query).toString()}`;

const networkError = (error: unknown): ReferenceDownloadError => ({
  kind: 'network',
  message: error instanceof Error ? error.message : String(error),
});

async function get(
  transport: ReferenceTransport,
  target: string,
  signal: AbortSignal | undefined,
): Promise<Result<Response, ReferenceDownloadError>> {
  try {
    const response = await sendWithSession(
      transport.auth,
      (token) =>
        transport.fetch(target, {
          headers: token === null ? {} : { authorization: `Bearer ${token}` },
          ...(signal === undefined ? {} : { signal }),
        }),
      (attempt) => attempt.status === 401,
    );
    if (response.ok) return ok(response);
    const body = await response.text().catch(() => '');
    const message = /"message":"([^"]*)"/.exec(body)?.[1] ?? response.statusText;
    return err({ kind: 'http', status: response.status, message });
  } catch (error) {
    return err(networkError(error));
  }
}

/** What is published now for the jurisdiction. */
export async function fetchManifest(
  transport: ReferenceTransport,
  jurisdiction: Jurisdiction,
  signal?: AbortSignal,
): Promise<Result<ReferenceManifest, ReferenceDownloadError>> {
  const response = await get(transport, url(transport, referenceRoutes.manifest, { jurisdiction }), signal);
  if (!response.ok) return response;
  try {
    const parsed = ReferenceManifest.safeParse(await response.value.json());
    return parsed.success
      ? ok(parsed.data)
      : err({ kind: 'invalid', message: 'the reference manifest is not what this app understands' });
  } catch (error) {
    return err(networkError(error));
  }
}

/** SHA-256 of the bytes as the server's strong ETag spells it: `"base64url"`. */
async function etagOfBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `"${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"`;
}

/**
 * Downloads exactly the version the manifest names, reporting bytes as they arrive. The bytes are
 * not checked here (checkPack is), and nothing is stored: a failure leaves the device as it was.
 */
export async function downloadBytes(
  transport: ReferenceTransport,
  jurisdiction: Jurisdiction,
  entry: ManifestEntry,
  options: { onProgress?: (received: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<Result<Uint8Array<ArrayBuffer>, ReferenceDownloadError>> {
  const target = url(transport, referenceRoutes.reference.replace(':kind', entry.kind), {
    jurisdiction,
    version: String(entry.version),
  });
  const response = await get(transport, target, options.signal);
  if (!response.ok) return response;
  const served = response.value.headers.get(REFERENCE_VERSION_HEADER);
  if (served !== String(entry.version))
    return err({
      kind: 'invalid',
      message: `asked for ${entry.kind} version ${entry.version}, the server sent version ${served ?? 'none'}`,
    });
  // The manifest's size is of the body itself; Content-Length is the compressed size when gzipped.
  const total = entry.bytes;
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    const body = response.value.body;
    if (body === null) throw new Error('the response has no body');
    const reader = body.getReader();
    options.onProgress?.(0, total);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      options.onProgress?.(received, total);
    }
  } catch (error) {
    return err({
      kind: 'network',
      message: `the ${entry.kind} download stopped after ${received} of ${total} bytes: ${networkError(error).message}`,
    });
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return ok(bytes);
}

/** Downloaded bytes checked as the version the manifest names: its ETag, then the pack schema. */
export async function checkPack(
  bytes: Uint8Array<ArrayBuffer>,
  jurisdiction: Jurisdiction,
  entry: ManifestEntry,
): Promise<Result<ReferencePack, ReferenceDownloadError>> {
  if ((await etagOfBytes(bytes)) !== entry.etag)
    return err({
      kind: 'invalid',
      message: `the ${entry.kind} download does not match version ${entry.version} (${bytes.byteLength} of ${entry.bytes} bytes, checksum differs)`,
    });
  const parsed = parsePackText(new TextDecoder().decode(bytes), entry.kind, jurisdiction);
  return parsed.ok ? parsed : err({ kind: 'invalid', message: parsed.error });
}

/** Download and check in one, on this thread: for the benchmark and tests. */
export async function downloadPack(
  transport: ReferenceTransport,
  jurisdiction: Jurisdiction,
  entry: ManifestEntry,
  options: { onProgress?: (received: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<Result<DownloadedPack, ReferenceDownloadError>> {
  const started = performance.now();
  const bytes = await downloadBytes(transport, jurisdiction, entry, options);
  if (!bytes.ok) return bytes;
  const downloadMs = performance.now() - started;
  const checked = await checkPack(bytes.value, jurisdiction, entry);
  if (!checked.ok) return checked;
  return ok({
    pack: checked.value,
    bytes: bytes.value.byteLength,
    downloadMs,
    parseMs: performance.now() - started - downloadMs,
  });
}
