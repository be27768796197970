// One check's requests to the content server: under one deadline (a hung server never holds the
// kiosk), and what went wrong, sorted into the kinds staff are told about.
import type { Cancel, Clock } from '../kiosk/clock.ts';
import type { FetchLike } from './load.ts';

/** Real time one whole check (every file of the set) may take before it counts as "no answer". */
export const CHECK_TIMEOUT_MS = 8_000;

export type FailureKind = 'http' | 'timeout' | 'offline' | 'rejected';

export interface ContentFailure {
  at: Date;
  kind: FailureKind;
  /** Which files and what happened, for staff: "site.json 500", "site.json, events.json". */
  detail: string;
  /** The HTTP status, for kind 'http'. */
  status?: number;
}

/** What staff read for each kind (status view, error screen). */
export function describeFailure(failure: ContentFailure): { zh: string; en: string } {
  switch (failure.kind) {
    case 'http':
      return { zh: `服务器返回 ${failure.status ?? ''}`.trim(), en: `the server answered ${failure.status ?? 'with an error'}` };
    case 'timeout':
      return { zh: '服务器无响应（超时）', en: `the server did not answer within ${CHECK_TIMEOUT_MS / 1000} s (timeout)` };
    case 'offline':
      return { zh: '无法连接服务器（离线）', en: 'the server could not be reached (offline)' };
    case 'rejected':
      return { zh: '新内容有误，已拒绝', en: 'the new content has errors and was rejected' };
  }
}

export interface GuardedFetch {
  fetch: FetchLike;
  /** What went wrong in this check, the worst kind first (timeout, offline, http), or null. */
  failure(at: Date): ContentFailure | null;
  /** Ends the deadline's timer; call when the check is over. */
  dispose: Cancel;
}

const NULL_BODY_STATUS = new Set([204, 205, 304]);

export function guardedFetch(fetchFn: FetchLike, clock: Clock, timeoutMs = CHECK_TIMEOUT_MS): GuardedFetch {
  const controller = new AbortController();
  const timedOut: string[] = [];
  const offline: string[] = [];
  const http: { file: string; status: number }[] = [];
  let expired = false;
  let expire: (reason: unknown) => void = () => {};
  const deadline = new Promise<never>((_, reject) => (expire = reject));
  deadline.catch(() => {}); // observed only through the races below
  // Network time is real time: `?speed=` must not shorten it.
  const dispose = clock.afterReal(timeoutMs, () => {
    expired = true;
    const reason = new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError');
    controller.abort(reason);
    expire(reason);
  });

  const guarded: FetchLike = async (url, init) => {
    const file = url.slice(url.lastIndexOf('/') + 1);
    try {
      // The race also bounds a fetch that ignores the signal.
      const response = await Promise.race([fetchFn(url, { ...init, signal: controller.signal }), deadline]);
      if (!response.ok) {
        if (response.status !== 404) http.push({ file, status: response.status });
        return response;
      }
      // A body can hang after its headers: it is read within the deadline too. As bytes: text()
      // would turn a GBK file into valid-looking UTF-8 and a picture into garbage.
      const body = NULL_BODY_STATUS.has(response.status) ? null : await Promise.race([response.arrayBuffer(), deadline]);
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (error) {
      if (expired) timedOut.push(file);
      else offline.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  };

  return {
    fetch: guarded,
    dispose,
    failure(at) {
      if (timedOut.length) return { at, kind: 'timeout', detail: timedOut.join(', ') };
      if (offline.length) return { at, kind: 'offline', detail: offline.join('; ') };
      const first = http[0];
      if (first) return { at, kind: 'http', status: first.status, detail: http.map((h) => `${h.file} ${h.status}`).join(', ') };
      return null;
    },
  };
}
