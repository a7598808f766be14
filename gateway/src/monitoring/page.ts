import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXAMPLE_COHORT, type HubOperation } from './operations';

/** Where the page is served; public like the GraphiQL page, since it holds no data. */
export const MONITORING_PATH = '/monitoring';

/*
 * The assets are real .html/.css/.js files (readable, lintable) that tsc does not copy, so they
 * are read from src/ both when running from src/ (tests) and from dist/ (npm start, the image,
 * which carries the whole workspace): ../../src/monitoring/assets resolves to the same folder.
 */
const ASSETS = resolve(__dirname, '../../src/monitoring/assets');
const asset = (name: string) => readFileSync(resolve(ASSETS, name), 'utf8');

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** JSON that cannot end the <script> element it sits in. */
const scriptSafeJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

export interface MonitoringPage {
  html: string;
  headers: Record<string, string>;
}

/**
 * The monitoring page as one self-contained HTML document: inline style and script, the operations
 * embedded as JSON. The Content-Security-Policy allows exactly that script and style (by hash) and
 * requests to this origin only, so an injected script or a pasted token leaking elsewhere is refused
 * by the browser, and the page provably loads nothing from outside (usable offline).
 */
export function monitoringPage(opts: { graphqlPath: string; operations: readonly HubOperation[] }): MonitoringPage {
  const style = asset('monitoring.css');
  const script = asset('monitoring.js');
  if (/<\/(script|style)/i.test(script + style)) throw new Error('monitoring assets must not contain a closing </script> or </style>');
  const config = {
    graphqlPath: opts.graphqlPath,
    cohortYear: EXAMPLE_COHORT,
    operations: opts.operations.map(({ name, title, query, variables }) => ({ name, title, query, variables })),
  };
  const fill: Record<string, string> = { STYLE: style, SCRIPT: script, CONFIG: scriptSafeJson(config), GRAPHQL_PATH: opts.graphqlPath };
  // A function replacer: the script's own `$` characters must not be read as replacement patterns.
  const html = asset('monitoring.html').replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
    if (!(key in fill)) throw new Error(`monitoring.html: unknown placeholder {{${key}}}`);
    return fill[key]!;
  });
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    "connect-src 'self'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    html,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // Small and built at start: revalidate, so a redeploy with new reports shows at once.
      'cache-control': 'no-cache',
    },
  };
}

/** Serves the page for GET and HEAD at MONITORING_PATH; every other request passes on. */
export function useMonitoringPage(page: MonitoringPage) {
  return {
    onRequest({ request, url, endResponse }: { request: Request; url: URL; endResponse(r: Response): void }) {
      if (url.pathname !== MONITORING_PATH || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      endResponse(new Response(request.method === 'HEAD' ? null : page.html, { headers: page.headers }));
    },
  };
}
