import { describe, expect, it } from 'vitest';
import { isTrustedSender, type FrameLike } from './sender';

const topFrame: FrameLike = {
  url: 'app://bundle/index.html#/worklist',
  processId: 7,
  frameToken: 'top',
};
const mainContents = { mainFrame: topFrame };

describe('isTrustedSender', () => {
  it("trusts the top frame of the main window's contents on app://bundle", () => {
    expect(isTrustedSender({ sender: mainContents, senderFrame: topFrame }, mainContents)).toBe(true);
  });

  it('refuses an event without a sender frame', () => {
    expect(isTrustedSender({ sender: mainContents, senderFrame: null }, mainContents)).toBe(false);
  });

  it('refuses any sender while there is no main window', () => {
    expect(isTrustedSender({ sender: mainContents, senderFrame: topFrame }, null)).toBe(false);
  });

  it.each(['https://evil.example/', 'app://other/index.html', 'file:///index.html', 'about:blank', ''])(
    'refuses the top frame once it shows %s',
    (url) => {
      const navigated = { ...topFrame, url };
      const contents = { mainFrame: navigated };
      expect(isTrustedSender({ sender: contents, senderFrame: navigated }, contents)).toBe(false);
    },
  );

  it('refuses a subframe, even one on app://bundle', () => {
    const subframe: FrameLike = {
      url: 'app://bundle/index.html',
      processId: 7,
      frameToken: 'sub',
    };
    expect(isTrustedSender({ sender: mainContents, senderFrame: subframe }, mainContents)).toBe(false);
  });

  it('refuses a top-level frame that is not the main frame of our contents', () => {
    const stray: FrameLike = { ...topFrame, frameToken: 'stray' };
    expect(isTrustedSender({ sender: mainContents, senderFrame: stray }, mainContents)).toBe(false);
    const otherProcess: FrameLike = { ...topFrame, processId: 8 };
    expect(isTrustedSender({ sender: mainContents, senderFrame: otherProcess }, mainContents)).toBe(false);
  });

  it('refuses another WebContents, even on app://bundle', () => {
    const otherFrame: FrameLike = { ...topFrame, processId: 9, frameToken: 'other' };
    const otherContents = { mainFrame: otherFrame };
    expect(isTrustedSender({ sender: otherContents, senderFrame: otherFrame }, mainContents)).toBe(false);
  });

  it('refuses a frame that was destroyed while the call was in flight', () => {
    const destroyed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      processId: 7,
      frameToken: 'top',
    };
    expect(isTrustedSender({ sender: mainContents, senderFrame: destroyed }, mainContents)).toBe(false);
  });
});
