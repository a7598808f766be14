import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { graphiqlPage, graphiqlTabs } from '../graphiql';
import { READ_PURPOSES } from '@kassel-hub/protocol';
import { hubOperations, leaversBySchool, youthAcrossPartners } from './operations';
import { MONITORING_PATH, monitoringPage, useMonitoringPage } from './page';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const inline = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

describe('the monitoring page', () => {
  const page = monitoringPage({ graphqlPath: '/graphql', operations: hubOperations });

  it('allows exactly its own inline script and style, and requests to its own origin only', () => {
    const csp = page.headers['content-security-policy']!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    const [script] = inline(page.html, 'script');
    const [style] = inline(page.html, 'style');
    expect(csp).toContain(`script-src ${hash(script!)}`);
    expect(csp).toContain(`style-src ${hash(style!)}`);
  });

  it('loads nothing from elsewhere, so it works offline and behind a CDN block', () => {
    expect(page.html).not.toMatch(/\b(src|href)\s*=\s*["']?https?:/i);
    expect(page.html).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect(page.html).not.toContain('{{');
  });

  it('embeds the operations as inert JSON that cannot close its script element', () => {
    const evil = { ...leaversBySchool, title: '</script><script>alert(1)</script>' };
    const html = monitoringPage({ graphqlPath: '/graphql', operations: [evil] }).html;
    expect(html).not.toContain('</script><script>alert(1)');
    const json = /<script type="application\/json" id="hub-config">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json).operations[0].title).toBe(evil.title);
  });

  it('is served for GET and HEAD at its path only', async () => {
    const plugin = useMonitoringPage(page);
    const serve = (method: string, path: string) => {
      let response: Response | undefined;
      plugin.onRequest({ request: new Request(`http://hub${path}`, { method }), url: new URL(`http://hub${path}`), endResponse: (r) => (response = r) });
      return response;
    };
    expect(await serve('GET', MONITORING_PATH)?.text()).toBe(page.html);
    expect(serve('HEAD', MONITORING_PATH)?.status).toBe(200);
    expect(serve('POST', MONITORING_PATH)).toBeUndefined();
    expect(serve('GET', '/graphql')).toBeUndefined();
  });
});

describe('GraphiQL', () => {
  it('opens with one tab per operation, its variables, and the purpose header only where a person is read', () => {
    const tabs = graphiqlTabs([leaversBySchool, youthAcrossPartners]);
    expect(tabs[0]!.query).toContain(leaversBySchool.query);
    expect(JSON.parse(tabs[0]!.variables!)).toEqual(leaversBySchool.variables);
    expect(JSON.parse(tabs[0]!.headers!)).toEqual({});
    expect(JSON.parse(tabs[1]!.headers!)).toEqual({ 'x-hub-purpose': 'TRANSITION_SUPPORT' });
  });

  it('carries the token field and the tabs in the page it renders, with no token in it', () => {
    const html = graphiqlPage([leaversBySchool], '/graphql')({});
    expect(html).toContain('id="hub-token-input"');
    // The purpose of a person-level read is chosen from the read purposes (never MONITORING), none by default.
    expect([...html.matchAll(/<option value="(\w*)">/g)].map((m) => m[1])).toEqual(['', ...READ_PURPOSES]);
    expect(html).toContain('"defaultTabs":[{"query":"# Kassel transition hub');
    expect(html).toContain('"shouldPersistHeaders":false');
    expect(html).not.toMatch(/Bearer ey/);
  });
});
