import { isAppUrl } from '../app-origin';

/** The identity of a frame, as Electron's WebFrameMain gives it. */
export type FrameLike = {
  readonly url: string;
  readonly processId: number;
  readonly frameToken: string;
};

/** What an ipcMain.handle listener learns about who invoked it. */
export type SenderEvent = { readonly sender: unknown; readonly senderFrame: FrameLike | null };

/** The WebContents whose top frame is allowed to call us: the main window's. */
export type TrustedContents = { readonly mainFrame: FrameLike };

/**
 * Electron security checklist item 17: validate the sender of every IPC message. Only the top
 * frame of the main window's WebContents, showing our own bundle, may call the host. A subframe,
 * another window, DevTools or a page that got navigated elsewhere is refused.
 */
export function isTrustedSender(event: SenderEvent, trusted: TrustedContents | null): boolean {
  const frame = event.senderFrame;
  if (frame === null || trusted === null || event.sender !== trusted) return false;
  try {
    // The same frame as the main frame: this is what makes it the top frame, so a subframe (even
    // one showing app://bundle) fails here. Compared by process and frame token because Electron
    // may hand out different WebFrameMain wrappers for one frame.
    const top = trusted.mainFrame;
    return frame.processId === top.processId && frame.frameToken === top.frameToken && isAppUrl(frame.url);
  } catch {
    // WebFrameMain throws when its frame was destroyed mid-call; a vanished sender is not trusted.
    return false;
  }
}
