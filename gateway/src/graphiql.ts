import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { READ_PURPOSES } from '@kassel-hub/protocol';
import type { HubOperation } from './monitoring/operations';
import { MONITORING_PATH } from './monitoring/page';

type GraphiQLOptions = NonNullable<Parameters<typeof renderGraphiQL>[0]>;
type Tab = NonNullable<GraphiQLOptions['defaultTabs']>[number];

/** The key under which the browser tab keeps the token; the monitoring page reads the same one. */
export const TOKEN_STORAGE_KEY = 'kassel-hub:token';
/** The key under which the browser tab keeps the purpose chosen above GraphiQL. */
const PURPOSE_STORAGE_KEY = 'kassel-hub:purpose';

/** What the first tab says to someone who opens GraphiQL for the first time. */
const WELCOME = `# Kassel transition hub: the coordination office's
# example operations, one tab each.
#
#  1. Paste a token into the field at the top:
#     npm run token -- --partner coordination --role analyst
#  2. Pick a tab; its variables are ready below the query.
#     A person-level read also needs a Purpose (at the top).
#  3. Run it with the ▶ button or Ctrl-Enter.
#
# Reports are counts under disclosure control: a count of
# 1 or 2, or one from which such a count could be
# recomputed, comes back as { value: null, suppressed: true }.
# The same reports as charts: /monitoring
#
`;

/**
 * One GraphiQL tab per example operation, each with its variables. Reports need nothing but the
 * token (taken from the token field); a person-level read also states its purpose, so that tab
 * opens with the purpose header the README names.
 */
export function graphiqlTabs(ops: readonly HubOperation[]): Tab[] {
  return ops.map((op, i) => ({
    query: `${i === 0 ? WELCOME : ''}# ${op.title}\n# Token: ${op.needs === 'analyst' ? 'the coordination office\'s analyst' : 'a caseworker of a partner the consent names, with a Purpose'}.\n${op.query}`,
    variables: JSON.stringify(op.variables, null, 2),
    headers: JSON.stringify(op.needs === 'caseworker' ? { 'x-hub-purpose': 'TRANSITION_SUPPORT' } : {}, null, 2),
  }));
}

/*
 * A token field and a purpose choice above GraphiQL. GraphiQL's own fetcher calls the global
 * fetch, so the token and the purpose are added there, to requests for this page's GraphQL
 * endpoint only: one paste serves every tab and the schema (docs, completion) loads too. Headers
 * typed into the Headers editor still win. Both live in sessionStorage: gone when the browser tab
 * closes. GraphiQL forgets the Headers editor on reload (it must not store tokens), so the purpose
 * of a person-level read is better chosen here, where it stays for the browser tab.
 */
const tokenBar = (graphqlPath: string) => `
<style>
  #hub-token { display: flex; gap: .5rem; align-items: center; height: 40px; padding: 0 .75rem; margin: 0;
    font: 14px system-ui, sans-serif; background: #f3f4f6; border-bottom: 1px solid #d0d0d0; color: #1d1d1d; }
  #hub-token input { flex: 0 1 28rem; font: inherit; padding: .2rem .4rem; }
  #hub-token select { font: inherit; padding: .15rem .3rem; }
  #hub-token button { font: inherit; padding: .2rem .6rem; cursor: pointer; }
  #hub-token-state { color: #5c5c5c; }
  #hub-token a { margin-left: auto; color: #0b57d0; }
  .graphiql-container { height: calc(100vh - 41px) !important; }
</style>
<form id="hub-token" autocomplete="off">
  <label for="hub-token-input">Token</label>
  <input id="hub-token-input" type="password" spellcheck="false" placeholder="paste the output of: npm run token -- --partner coordination --role analyst">
  <button type="submit">Use token</button>
  <button type="button" id="hub-token-forget">Forget</button>
  <label for="hub-purpose">Purpose</label>
  <select id="hub-purpose" title="sent as x-hub-purpose: the purpose of a person-level read">
    <option value="">none (reports)</option>
${READ_PURPOSES.map((p) => `    <option value="${p}">${p}</option>`).join('\n')}
  </select>
  <span id="hub-token-state" role="status"></span>
  <a href="${MONITORING_PATH}">Monitoring charts</a>
</form>
<script>
(() => {
  // GraphiQL 5 reopens the stored tab whose contents equal the last editor contents it kept, and
  // opens a new tab when none does. It keeps those contents only once an editor changes, so a
  // reload after running an untouched tab added an empty tab, and one after editing a tab without
  // variables added a copy of it. What it did not keep is taken from the tab that was active.
  try {
    const state = JSON.parse(localStorage.getItem('graphiql:tabState') || 'null');
    const tab = state && Array.isArray(state.tabs) ? state.tabs[state.activeTabIndex] : null;
    if (tab) {
      for (const key of ['query', 'variables']) {
        if (!localStorage.getItem('graphiql:' + key) && tab[key]) localStorage.setItem('graphiql:' + key, tab[key]);
      }
    }
  } catch {
    // Unreadable or blocked storage: GraphiQL starts from its default tabs.
  }
})();
(() => {
  const KEY = ${JSON.stringify(TOKEN_STORAGE_KEY)};
  const PURPOSE_KEY = ${JSON.stringify(PURPOSE_STORAGE_KEY)};
  const endpoint = new URL(${JSON.stringify(graphqlPath)}, location.href);
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const token = sessionStorage.getItem(KEY);
    const purpose = sessionStorage.getItem(PURPOSE_KEY);
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if ((token || purpose) && url.origin === endpoint.origin && url.pathname === endpoint.pathname) {
      const headers = new Headers((init && init.headers) || (input instanceof Request ? input.headers : undefined));
      if (token && !headers.has('authorization')) headers.set('authorization', 'Bearer ' + token);
      if (purpose && !headers.has('x-hub-purpose')) headers.set('x-hub-purpose', purpose);
      init = Object.assign({}, init, { headers });
    }
    return realFetch(input, init);
  };
  const state = document.getElementById('hub-token-state');
  const purposeChoice = document.getElementById('hub-purpose');
  purposeChoice.value = sessionStorage.getItem(PURPOSE_KEY) || '';
  const show = () => {
    state.textContent = sessionStorage.getItem(KEY)
      ? 'token set for this browser tab'
      : 'no token: every request is refused (401)';
  };
  purposeChoice.addEventListener('change', () => {
    if (purposeChoice.value) sessionStorage.setItem(PURPOSE_KEY, purposeChoice.value);
    else sessionStorage.removeItem(PURPOSE_KEY);
  });
  // The schema was fetched (and refused) without a token; fetch it again with one.
  const refetchSchema = () => document.querySelector('button[aria-label^="Re-fetch GraphQL schema"]')?.click();
  document.getElementById('hub-token').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = document.getElementById('hub-token-input');
    const token = input.value.trim().replace(/^Bearer\\s+/i, '');
    input.value = '';
    if (!/^[A-Za-z0-9_\\-.]+$/.test(token)) { state.textContent = 'that is not a token'; return; }
    sessionStorage.setItem(KEY, token);
    show();
    refetchSchema();
  });
  document.getElementById('hub-token-forget').addEventListener('click', () => {
    sessionStorage.removeItem(KEY);
    show();
  });
  show();
})();
</script>
`;

/**
 * GraphiQL with its assets inlined (municipal networks block public CDNs, so the page must not load
 * anything from elsewhere), opening with the coordination office's example operations as tabs.
 */
export function graphiqlPage(ops: readonly HubOperation[], graphqlPath: string) {
  const defaultTabs = graphiqlTabs(ops);
  const bar = tokenBar(graphqlPath);
  return (opts: GraphiQLOptions) => {
    const html = renderGraphiQL({
      ...opts,
      title: 'Kassel transition hub',
      defaultTabs,
      // Headers typed into the editor (perhaps a token) are not written to localStorage.
      shouldPersistHeaders: false,
    });
    const root = '<div id="root"></div>';
    if (!html.includes(root)) throw new Error('GraphiQL page changed: no <div id="root"></div> to put the token field before');
    return html.replace(root, () => bar + root);
  };
}
