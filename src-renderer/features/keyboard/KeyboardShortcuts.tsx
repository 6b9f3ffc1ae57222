import './keyboard.css';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { listenToGlobalKeys } from './global-keys';
import { HelpDialog } from './HelpDialog';
import { runShortcut } from './run-shortcut';

const OpenHelpContext = createContext<() => void>(() => undefined);

/** Opens the shortcut help, for a button that offers it to mouse users too. */
export const useOpenShortcutHelp = () => useContext(OpenHelpContext);

/**
 * The app's keyboard: listens to every key of the window for the shortcut table and the barcode
 * scanner, and owns the help dialog. Mounted once, in the shell, inside the router.
 */
export function KeyboardShortcuts({
  onScan,
  children,
}: {
  onScan: (number: string) => void;
  children: ReactNode;
}) {
  const [helpOpen, setHelpOpen] = useState(false);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const openHelp = useCallback(() => setHelpOpen(true), []);

  // The listener is added once; it reads the screen and callbacks of the latest render from here.
  const latest = useRef({ pathname, navigate, onScan });
  useEffect(() => {
    latest.current = { pathname, navigate, onScan };
  });

  useEffect(
    () =>
      listenToGlobalKeys(window, {
        onShortcut: (id, field) =>
          runShortcut(id, {
            pathname: latest.current.pathname,
            navigate: (to) => void latest.current.navigate(to),
            doc: document,
            field,
            openHelp,
          }),
        onScan: (number) => latest.current.onScan(number),
      }),
    [openHelp],
  );

  return (
    <OpenHelpContext.Provider value={openHelp}>
      {children}
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </OpenHelpContext.Provider>
  );
}
