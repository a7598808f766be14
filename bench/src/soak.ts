import 'reflect-metadata';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { generate } from '@kassel-hub/datagen';
import { GATEWAY_NODE_FLAGS } from '@kassel-hub/kit';
import { startChild } from './child';
import { startBenchStack } from './stack';
import { FANOUT_QUERY, LOOKUP_QUERY, consentingPseudonyms, today } from './workloads';

/*
 * `npm run soak -- [--minutes 3] [--rate 40] [--scale 1]`: mixed reads and writes through our
 * gateway at a steady rate on loopback, for a bounded time. At the end it counts the acknowledged
 * writes back from the municipality's database (none may be lost), and fails on any 5xx, any lost
 * write, or memory that keeps growing. Not part of `npm test`.
 */
const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '3' },
    rate: { type: 'string', default: '40' },
    scale: { type: 'string', default: '1' },
  },
});
const minutes = Number(args.minutes);
const rate = Number(args.rate);
const scale = Number(args.scale);
if (!(minutes > 0 && minutes <= 30) || !(rate > 0 && rate <= 500)) throw new Error('--minutes 0–30 and --rate 1–500 per second');
const log = (m: string) => process.stdout.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

async function main() {
  log(`starting the hub at scale ${scale}`);
  const stack = await startBenchStack(scale);
  const gateway = await startChild<{ url: string }>(join(__dirname, 'hive-child.js'), { ...stack.gatewayEnv, GATEWAY_RATE_LIMIT_PER_SECOND: '100000', GATEWAY_RATE_LIMIT_BURST: '100000' }, { label: 'gateway', timeoutMs: 60_000, nodeArgs: [...GATEWAY_NODE_FLAGS] });
  try {
    const world = generate({ seed: 2014, scale });
    const people = consentingPseudonyms(world, 50);
    const headers = {
      reader: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token('coordination', 'caseworker')}`, 'x-hub-purpose': 'TRANSITION_SUPPORT' },
      writer: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token('municipality', 'caseworker')}` },
    };
    const marker = `soak-${Date.now()}`;
    const stats = { sent: 0, ok: 0, status5xx: 0, other: 0, graphqlErrors: 0, grantsAcknowledged: 0, withdrawalsAcknowledged: 0 };
    const granted: string[] = [];
    const memory: { minute: number; gatewayRssMb: number; subgraphRssMb: number }[] = [];
    const post = async (h: Record<string, string>, query: string, variables?: unknown) => {
      stats.sent += 1;
      try {
        const res = await fetch(gateway.info.url, { method: 'POST', headers: h, body: JSON.stringify({ query, variables }) });
        const body = (await res.json()) as { data?: Record<string, { id?: string }>; errors?: unknown[] };
        if (res.status >= 500) stats.status5xx += 1;
        else if (res.status !== 200) stats.other += 1;
        else if (body.errors) stats.graphqlErrors += 1;
        else stats.ok += 1;
        return res.status === 200 && !body.errors ? body.data : undefined;
      } catch {
        stats.other += 1;
        return undefined;
      }
    };
    // The mix: most requests read (fan-out of 10, a lookup), one in five writes a consent, and
    // every other written consent is withdrawn again.
    const one = async (i: number) => {
      const kind = i % 10;
      if (kind < 5) await post(headers.reader, FANOUT_QUERY, { ps: people.slice(i % 40, (i % 40) + 10) });
      else if (kind < 8) await post(headers.reader, LOOKUP_QUERY);
      else if (kind === 8 || granted.length === 0) {
        const data = await post(headers.writer, 'mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', {
          input: { pseudonym: people[i % people.length], purpose: 'CAREER_GUIDANCE', recipients: ['employment'], categories: ['GUIDANCE'], validFrom: today(), validUntil: `${Number(today().slice(0, 4)) + 1}${today().slice(4)}`, givenBy: 'YOUNG_PERSON', ageAtConsent: 17 },
        });
        if (data?.grantConsent?.id) {
          stats.grantsAcknowledged += 1;
          granted.push(data.grantConsent.id);
        }
      } else {
        const id = granted.shift()!;
        const data = await post(headers.writer, 'mutation ($id: ID!) { withdrawConsent(id: $id) { id } }', { id });
        if (data?.withdrawConsent?.id) stats.withdrawalsAcknowledged += 1;
      }
    };
    const started = Date.now();
    const end = started + minutes * 60_000;
    const inFlight = new Set<Promise<void>>();
    let i = 0;
    let nextSample = started;
    // A steady open-loop rate: one request every 1/rate s, whatever the answers take (bounded).
    while (Date.now() < end) {
      if (Date.now() >= nextSample) {
        const subgraphRssMb = Object.values(stack.subgraphs).reduce((n, s) => n + s.child.rssMb(), 0);
        memory.push({ minute: (Date.now() - started) / 60_000, gatewayRssMb: gateway.rssMb(), subgraphRssMb });
        nextSample += 15_000;
      }
      if (inFlight.size < 200) {
        const p = one(i++).finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
      const due = started + (i * 1000) / rate;
      await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
    }
    await Promise.all(inFlight);
    memory.push({ minute: (Date.now() - started) / 60_000, gatewayRssMb: gateway.rssMb(), subgraphRssMb: Object.values(stack.subgraphs).reduce((n, s) => n + s.child.rssMb(), 0) });

    // Count the writes back from the database: acknowledged grants, and withdrawals among them.
    const db = new Client({ connectionString: stack.databases.municipality });
    await db.connect();
    const counted = await db.query(
      "select count(*)::int as grants, count(withdrawn_at)::int as withdrawn from consent where recorded_by = $1 and purpose = 'CAREER_GUIDANCE'",
      ['bench-municipality-caseworker'],
    );
    await db.end();
    const { grants, withdrawn } = counted.rows[0] as { grants: number; withdrawn: number };
    const lost = stats.grantsAcknowledged - grants + (stats.withdrawalsAcknowledged - withdrawn);

    log(`marker ${marker}: ${stats.sent} requests in ${minutes} min (${(stats.sent / minutes / 60).toFixed(1)}/s)`);
    log(`answers: ${stats.ok} ok, ${stats.graphqlErrors} with GraphQL errors, ${stats.status5xx} 5xx, ${stats.other} other`);
    log(`writes: ${stats.grantsAcknowledged} grants and ${stats.withdrawalsAcknowledged} withdrawals acknowledged; in the database ${grants} and ${withdrawn}; lost ${lost}`);
    log('memory (RSS, MB): minute  gateway  subgraphs(sum)');
    for (const m of memory) log(`  ${m.minute.toFixed(2).padStart(6)}  ${m.gatewayRssMb.toFixed(0).padStart(7)}  ${m.subgraphRssMb.toFixed(0).padStart(8)}`);
    // "Flat": the last third's mean within 20% of the middle third's (the first third is warm-up),
    // for the gateway and for the four subgraphs together.
    const third = Math.max(1, Math.floor(memory.length / 3));
    const growthOf = (key: 'gatewayRssMb' | 'subgraphRssMb') => {
      const mean = (xs: typeof memory) => xs.reduce((n, m) => n + m[key], 0) / xs.length;
      return mean(memory.slice(-third)) / mean(memory.slice(third, 2 * third)) - 1;
    };
    const growth = { gateway: growthOf('gatewayRssMb'), subgraphs: growthOf('subgraphRssMb') };
    log(`memory growth, last third over middle third: gateway ${(growth.gateway * 100).toFixed(1)}%, subgraphs ${(growth.subgraphs * 100).toFixed(1)}%`);
    const pass = stats.status5xx === 0 && lost === 0 && grants >= stats.grantsAcknowledged && growth.gateway < 0.2 && growth.subgraphs < 0.2;
    log(pass ? 'PASS: zero 5xx, zero lost writes, memory flat' : 'FAIL');
    process.exitCode = pass ? 0 : 1;
  } finally {
    await gateway.stop();
    await stack.stop();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`soak failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
