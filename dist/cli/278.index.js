export const id = 278;
export const ids = [278];
export const modules = {

/***/ 7278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ProxyAgent)
/* harmony export */ });
// @actions/http-client imports ProxyAgent at the top level but uses it only in getAgentDispatcher(), for
// requests through a proxy (OIDC tokens, @actions/github). clock-preflight makes no request through
// @actions/http-client, so reaching this is a bug: fail loudly rather than send anything without a proxy.
class ProxyAgent {
  constructor() {
    throw new Error(
      'undici is stubbed out in the clock-preflight bundle: @actions/http-client proxy requests are not supported',
    );
  }
}


/***/ })

};

//# sourceMappingURL=278.index.js.map