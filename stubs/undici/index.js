// @actions/http-client imports ProxyAgent at the top level but uses it only in getAgentDispatcher(), for
// requests through a proxy (OIDC tokens, @actions/github). clock-preflight makes no request through
// @actions/http-client, so reaching this is a bug: fail loudly rather than send anything without a proxy.
export class ProxyAgent {
  constructor() {
    throw new Error(
      'undici is stubbed out in the clock-preflight bundle: @actions/http-client proxy requests are not supported',
    );
  }
}
