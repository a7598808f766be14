import { Pool } from 'pg';
import type { TakeResult } from './token-bucket';

/*
 * Token buckets every gateway replica shares, in a small PostgreSQL database of the gateway's own
 * (GATEWAY_RATE_LIMIT_DATABASE_URL): a caller gets the configured rate from the deployment, not
 * from each replica its requests happen to reach. One statement per request refills the caller's
 * bucket by the time since its last request and takes a token only if one is there; the database's
 * clock decides, so replicas' clocks need not agree.
 */
const TAKE = `
insert into rate_bucket as b (caller, tokens, at) values ($1::text, $2::float8 - 1, clock_timestamp())
on conflict (caller) do update
   set tokens = least($2::float8, b.tokens + extract(epoch from clock_timestamp() - b.at)::float8 * $3::float8) - 1, at = clock_timestamp()
 where least($2::float8, b.tokens + extract(epoch from clock_timestamp() - b.at)::float8 * $3::float8) >= 1
returning tokens`;
const LEVEL = `select least($2::float8, tokens + extract(epoch from clock_timestamp() - at)::float8 * $3::float8) as tokens from rate_bucket where caller = $1::text`;

export class SharedTokenBuckets {
  private readonly pool: Pool;

  constructor(
    url: string,
    private readonly o: { ratePerSecond: number; burst: number },
  ) {
    this.pool = new Pool({ connectionString: url, max: 4 });
    // An idle connection that drops is replaced on the next take; it must not crash the gateway.
    this.pool.on('error', () => undefined);
  }

  /** Creates the table when it is missing (the gateway's role owns its small database). */
  async ready(): Promise<void> {
    await this.pool.query('create table if not exists rate_bucket (caller text primary key, tokens double precision not null, at timestamptz not null)');
  }

  async take(key: string): Promise<TakeResult> {
    const taken = await this.pool.query({ name: 'rate-take', text: TAKE, values: [key, this.o.burst, this.o.ratePerSecond] });
    if (taken.rowCount) return { allowed: true };
    const level = await this.pool.query<{ tokens: number }>({ name: 'rate-level', text: LEVEL, values: [key, this.o.burst, this.o.ratePerSecond] });
    const tokens = Number(level.rows[0]?.tokens ?? 0);
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.o.ratePerSecond)) };
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
