/**
 * What the wall screen's elements know of the page's connection to the server: Vaadin's
 * `window.Vaadin.connectionState` and the browser's own online flag. Shared by the
 * connection dot and the freshness watchdog, so that both judge a connection alike.
 */

interface ConnectionStateStore {
  state: string;
  addStateChangeListener(listener: (previous: string, next: string) => void): void;
  removeStateChangeListener(listener: (previous: string, next: string) => void): void;
}

function store(): ConnectionStateStore | undefined {
  return (window as unknown as { Vaadin?: { connectionState?: ConnectionStateStore } }).Vaadin?.connectionState;
}

/** Whether the page is connected to the server now (loading counts as connected). */
export function connected(): boolean {
  const state = store()?.state ?? 'connected';
  return navigator.onLine && (state === 'connected' || state === 'loading');
}

/**
 * Calls `listener` whenever the connection may have changed: Vaadin's state or the
 * browser's online flag.
 * @returns what stops the calls
 */
export function watchConnection(listener: () => void): () => void {
  const vaadin = store();
  vaadin?.addStateChangeListener(listener);
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    vaadin?.removeStateChangeListener(listener);
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}
