import { z } from 'zod';
import { DecisionCommand } from '../domain/decision';

// The IPC contract between the renderer and the Electron main process, declared once.
// Main parses every argument with `request`; the renderer's bridge parses every answer with
// `response`. The preload exposes exactly one function per channel (STYLE.md habit 3).

export const HostKind = z.enum(['electron', 'browser']);
export type HostKind = z.infer<typeof HostKind>;

export const HostInfo = z.object({
  kind: HostKind,
  appVersion: z.string().min(1),
  platform: z.string().min(1),
  /** The operating system's preferred UI languages, most preferred first (BCP 47). */
  systemLocales: z.array(z.string().min(1)),
  /** Origin of the central API the renderer syncs with, e.g. http://127.0.0.1:4010. */
  apiBaseUrl: z.url({ protocol: /^https?$/ }),
});
export type HostInfo = z.infer<typeof HostInfo>;

/**
 * Only web links leave the app; `file:`, `javascript:` and custom schemes never do. The raw string
 * is checked before `z.url` parses it, because the URL parser quietly trims surrounding whitespace
 * and drops tabs and newlines: a link that needed cleaning is refused, not cleaned and opened.
 */
export const ExternalUrl = z
  .string()
  .max(2048)
  .refine(
    (value) => value === value.trim() && !CONTROL_OR_SPACE.test(value),
    'a link without surrounding whitespace or control characters',
  )
  .pipe(z.url({ protocol: /^https?$/ }));
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_SPACE = /[\u0000-\u001F\u007F-\u009F]/;

export const SaveFileRequest = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\:*?"<>|]+$/, 'a file name without path separators or reserved characters')
    .refine(
      (name) => ![...name].some((c) => c.charCodeAt(0) < 0x20),
      'a file name without control characters',
    ),
  mimeType: z.string().min(3).max(100),
  content: z.union([z.string(), z.instanceof(Uint8Array)]),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequest>;

export const SaveFileOutcome = z.object({
  saved: z.boolean(),
  /** Where the file went, when the host knows (null in a browser download or when cancelled). */
  path: z.string().nullable(),
});
export type SaveFileOutcome = z.infer<typeof SaveFileOutcome>;

export const JournalAppendOutcome = z.object({
  /** False when the journal already held this decisionId, or when the host keeps no journal. */
  appended: z.boolean(),
});
export type JournalAppendOutcome = z.infer<typeof JournalAppendOutcome>;

/** Something wrong with one line of the journal file; `line` counts from 1. */
export const JournalProblem = z.object({
  line: z.number().int().min(1),
  code: z.string().min(1),
  message: z.string(),
});
export type JournalProblem = z.infer<typeof JournalProblem>;

export const JournalContents = z.object({
  /** Every valid command, in the order it was appended. */
  commands: z.array(DecisionCommand),
  problems: z.array(JournalProblem),
});
export type JournalContents = z.infer<typeof JournalContents>;

const IpcError = z.object({ code: z.string(), message: z.string() });
const resultOf = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: IpcError }),
  ]);

export const ipcChannels = {
  'host:get-info': { request: z.tuple([]), response: resultOf(HostInfo) },
  'host:open-external': { request: z.tuple([ExternalUrl]), response: resultOf(z.null()) },
  'host:save-file': { request: z.tuple([SaveFileRequest]), response: resultOf(SaveFileOutcome) },
  'journal:append': { request: z.tuple([DecisionCommand]), response: resultOf(JournalAppendOutcome) },
  'journal:read': { request: z.tuple([]), response: resultOf(JournalContents) },
} as const;

export type IpcChannel = keyof typeof ipcChannels;
export const IPC_CHANNELS = Object.keys(ipcChannels) as IpcChannel[];

export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]['response']>;
