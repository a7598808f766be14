import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { callerOf } from './caller';
import { LimitError, limitResponse } from './limit-error';
import { TokenBuckets, type TakeResult } from './token-bucket';
import type { SharedTokenBuckets } from './shared-buckets';

export interface RateLimitOptions {
  perSecond: number;
  burst: number;
  graphqlPath: string;
  now?: () => number;
  /** Buckets shared by every replica; without them (or while their database is unreachable) each replica counts alone. */
  shared?: SharedTokenBuckets;
  onSharedFailure?: (err: Error) => void;
}

/**
 * A token bucket per client (the token's partner and subject): a partner system stuck in a retry
 * loop slows down itself, not everyone else. Checked when the request arrives, before its body is
 * read; a refusal is 429 with Retry-After, and nothing is parsed or sent upstream. With `shared`
 * buckets the limit holds for the whole deployment; should their database fail, the replica falls
 * back to its own buckets rather than refusing everyone (a limit, not a data guarantee).
 */
export function useRateLimit(o: RateLimitOptions): GatewayPlugin {
  const buckets = new TokenBuckets({ ratePerSecond: o.perSecond, burst: o.burst, now: o.now });
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== o.graphqlPath) return;
      const caller = callerOf(request);
      if (!caller) return;
      // The partner names hold no ':', so the key is unambiguous (and storable: PostgreSQL text takes no NUL).
      const key = `${caller.partner}:${caller.sub}`;
      const refuse = (taken: TakeResult) => {
        if (taken.allowed) return;
        const seconds = String(taken.retryAfterSeconds);
        endResponse(
          limitResponse(
            new LimitError('RATE_LIMITED', `too many requests: at most ${o.perSecond} per second, bursts of ${o.burst}; retry after ${seconds} s`, 429, {
              'retry-after': seconds,
            }),
          ),
        );
      };
      // Without shared buckets the check stays synchronous: no promise on the hot path.
      if (!o.shared) return refuse(buckets.take(key));
      return o.shared.take(key).then(refuse, (err: Error) => {
        o.onSharedFailure?.(err);
        refuse(buckets.take(key));
      });
    },
  };
}
