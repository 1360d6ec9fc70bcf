/**
 * The domain's nouns, shared by sources, consensus, verdict and reports.
 *
 * Sign convention everywhere: offset = reference time − runner time (as ntpdig and the AWS SDK's
 * `systemClockOffset`). A positive offset means the runner's clock is behind.
 */

/**
 * `https-date` and `sts` are AWS's two checks (aws input); `https` is any HTTPS server's Date header
 * (https-servers input, GITHUB_API_URL by default inside GitHub Actions).
 */
export type SourceKind = 'ntp' | 'nts' | 'https-date' | 'sts' | 'https';

/** One reference's answer: the true offset lies in [offsetMs − boundMs, offsetMs + boundMs]. */
export interface Sample {
  offsetMs: number;
  /** Half-width of the correctness interval: network asymmetry (δ/2) plus the reference's own error. */
  boundMs: number;
  /** Round-trip delay of the exchange that produced the sample. */
  delayMs: number;
  /** Runner wall-clock time at which the sample was taken (Unix ms). */
  atMs: number;
}

/**
 * ok: a sample was taken. The rest say why not: rejected (a reply came and failed a test), kod (the
 * server sent a Kiss-o'-Death), timeout (silence until the deadline), error (DNS, refused, TLS, HTTP),
 * skipped (not asked: configured off, or the verdict was decided without it).
 */
export type SourceStatus = 'ok' | 'rejected' | 'kod' | 'timeout' | 'error' | 'skipped';

export interface SourceResult {
  kind: SourceKind;
  /** What the user configured, e.g. `time.cloudflare.com` or `[::1]:11123`. */
  target: string;
  /** The address actually asked, e.g. `162.159.200.1:123`. */
  address?: string;
  status: SourceStatus;
  /** For anything but ok: why, in words a person understands. */
  reason?: string;
  /** Whether the answer was cryptographically authenticated (NTS, TLS, SigV4). */
  authenticated: boolean;
  /** The best sample (smallest bound) when status is ok. */
  sample?: Sample;
  requests: number;
  stratum?: number;
  refId?: string;
  /**
   * Who runs the server, for one vote per operator: the registrable domain of an HTTPS host
   * (`github.com` for api.github.com), or the address when it is an IP literal. Set for the HTTPS sources
   * (and AWS's checks) when https servers are configured; see decide/operator.ts.
   */
  operator?: string;
  /** Source-specific facts worth reporting (AWS identity, first-signature rejection, …). */
  details?: Record<string, string | number | boolean>;
}

/** The consensus of the samples: the interval every truechimer agrees true time lies in. */
export interface Consensus {
  lowMs: number;
  highMs: number;
  /** Indices (into the input) of sources whose intervals meet the consensus. */
  truechimers: number[];
  /** Indices of sources outside the majority. */
  falsetickers: number[];
  /** The best estimate inside [lowMs, highMs], when it is not the middle (see measure.ts evaluate). */
  offsetMs?: number;
}

export type Status = 'ok' | 'warn' | 'fail' | 'unknown';

/** Who set a limit and what breaks beyond it, for the words: `github-app`, "GitHub rejects the App JWT". */
export interface LimitOrigin {
  profile: string;
  breaks: string;
}

/** The limits on one side of true time (runner ahead, or runner behind), in ms of |offset|. */
export interface SideLimits {
  warnMs: number;
  maxMs: number;
  /** Set when a profile chose the limit (an explicit warn-offset / max-offset leaves it unset). */
  warnBy?: LimitOrigin;
  maxBy?: LimitOrigin;
}

export interface Thresholds {
  /** The strictest of the two sides: what the symmetric parts of the report (drift, post step) use. */
  warnOffsetMs: number;
  maxOffsetMs: number;
  /**
   * Per side, when they differ or a profile set them: a consumer can be asymmetric (a GitHub App JWT
   * breaks at 30 s ahead and at 9 m 30 s behind). Absent: both sides are warnOffsetMs / maxOffsetMs.
   */
  sides?: { ahead: SideLimits; behind: SideLimits };
}
