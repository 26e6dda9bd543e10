import type { JobView } from '@/server/actions/import-jobs';

/** What a request of the wizard's upload path answered: the JSON, or why there is none. */
export type Answer<T> = { ok: true; status: number; body: T } | { ok: false; status: number; body: { error?: string } | null };

/**
 * Sends a body with XMLHttpRequest, whose upload events tell how much has gone (fetch has no
 * upload progress in browsers yet). `onSent` gets the bytes sent so far. Aborting the signal
 * aborts the request; the promise then rejects with an AbortError.
 */
export function send<T>(
  method: 'POST',
  url: string,
  body: Blob,
  { onSent, signal }: { onSent?: (sent: number) => void; signal: AbortSignal },
): Promise<Answer<T>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.responseType = 'json';
    request.upload.onprogress = (event) => onSent?.(event.loaded);
    request.onload = () => {
      const ok = request.status >= 200 && request.status < 300;
      resolve({ ok, status: request.status, body: request.response } as Answer<T>);
    };
    request.onerror = () => reject(new TypeError('network'));
    request.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    if (signal.aborted) return reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', () => request.abort(), { once: true });
    request.setRequestHeader('Content-Type', body.type || 'application/octet-stream');
    request.send(body);
  });
}

/** How often a running job is asked for its progress. */
const POLL_MS = 400;

/**
 * Polls a job until it ends, telling `onView` each state. Resolves with the last one (done,
 * failed or cancelled). Stops polling when the signal aborts (rejects with an AbortError).
 */
export async function followJob(job: string, onView: (view: JobView) => void, signal?: AbortSignal): Promise<JobView> {
  for (;;) {
    const response = await fetch(`/api/import/jobs/${job}`, { cache: 'no-store', ...(signal ? { signal } : {}) });
    if (!response.ok) throw new TypeError(`job ${response.status}`);
    const { job: view } = (await response.json()) as { job: JobView };
    onView(view);
    if (view.state !== 'running') return view;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, POLL_MS);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(new DOMException('aborted', 'AbortError'));
        },
        { once: true },
      );
    });
  }
}

/** Asks the server to cancel a job; it stops at its next step or chunk (followJob then sees `cancelled`). */
export async function cancelJob(job: string): Promise<void> {
  const response = await fetch(`/api/import/jobs/${job}`, { method: 'DELETE' });
  if (!response.ok) throw new TypeError(`cancel ${response.status}`);
}
