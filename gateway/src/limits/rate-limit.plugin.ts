import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { callerOf } from './caller';
import { LimitError, limitResponse } from './limit-error';
import { TokenBuckets } from './token-bucket';

export interface RateLimitOptions {
  perSecond: number;
  burst: number;
  graphqlPath: string;
  now?: () => number;
}

/**
 * A token bucket per client (the token's partner and subject): a partner system stuck in a retry
 * loop slows down itself, not everyone else. Checked when the request arrives, before its body is
 * read; a refusal is 429 with Retry-After, and nothing is parsed or sent upstream.
 */
export function useRateLimit(o: RateLimitOptions): GatewayPlugin {
  const buckets = new TokenBuckets({ ratePerSecond: o.perSecond, burst: o.burst, now: o.now });
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== o.graphqlPath) return;
      const caller = callerOf(request);
      if (!caller) return;
      const taken = buckets.take(`${caller.partner}\u0000${caller.sub}`);
      if (taken.allowed) return;
      const seconds = String(taken.retryAfterSeconds);
      endResponse(
        limitResponse(
          new LimitError('RATE_LIMITED', `too many requests: at most ${o.perSecond} per second, bursts of ${o.burst}; retry after ${seconds} s`, 429, {
            'retry-after': seconds,
          }),
        ),
      );
    },
  };
}
