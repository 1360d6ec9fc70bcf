export const id = 784;
export const ids = [784];
export const modules = {

/***/ 7784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operatorOf: () => (/* reexport */ operatorOf),
  planHttpsSources: () => (/* binding */ planHttpsSources)
});

// EXTERNAL MODULE: ./node_modules/tldts-icann/dist/index.cjs.min.js
var index_cjs_min = __webpack_require__(3686);
;// CONCATENATED MODULE: ./src/decide/operator.ts
/**
 * Who runs an HTTPS server, for one vote per operator. Pure.
 *
 * The operator is the host's registrable domain under the ICANN section of the Public Suffix List
 * (tldts-icann): api.github.com and github.com are `github.com`; sts.eu-west-1.amazonaws.com and
 * sts.us-east-1.amazonaws.com are `amazonaws.com`; ghe.example.co.uk is `example.co.uk`. The ICANN
 * section on purpose, not the private one: the private section lists domains whose subdomains belong to
 * different customers (`*.github.io`, many `*.amazonaws.com` service zones), but the clock behind them is
 * still the hosting operator's, which is what a vote is about. An IP literal is its own operator (nothing
 * says who runs it); a name with no public suffix at all (`localhost`) is its own too.
 *
 * Not defended: one operator under unrelated domains (github.com and githubusercontent.com), or the same
 * server named once by host name and once by IP address. The list is the user's own, and each such
 * spelling only adds a vote for a server the user chose to trust.
 */
// The package's own minified build: 84 KB in each bundle instead of 138 KB (its main entry is unminified).

/** `hostname` as URL.hostname gives it (IPv6 in brackets). */
function operatorOf(hostname) {
    const host = hostname.toLowerCase().replace(/\.$/, '');
    if (host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host))
        return host;
    return (0,index_cjs_min/* getDomain */.FB)(host, { allowPrivateDomains: false, extractHostname: false }) ?? host;
}

// EXTERNAL MODULE: ./src/sources/https-date.ts
var https_date = __webpack_require__(9268);
// EXTERNAL MODULE: ./src/sources/source.ts
var sources_source = __webpack_require__(813);
;// CONCATENATED MODULE: ./src/plan/https.ts




function httpsServerSource(server, config, env, options) {
    const source = (0,https_date/* httpsDateSource */.L)({ url: server.url, label: server.label }, {
        kind: 'https',
        env,
        thresholdsMs: [config.warnOffsetMs, config.maxOffsetMs],
        ...(options.ca ? { ca: options.ca } : {}),
    });
    const operator = operatorOf(server.url.hostname);
    // Where it came from, in every report: GITHUB_API_URL is asked without the user listing it.
    return {
        ...(0,sources_source/* withOperator */.z)(source, operator),
        measure: async (signal) => {
            const r = await source.measure(signal);
            return { ...r, operator, details: { ...r.details, from: server.from } };
        },
    };
}
function planHttpsSources(config, env = process.env, options = {}) {
    return config.httpsServers.map((s) => httpsServerSource(s, config, env, options));
}


/***/ })

};

//# sourceMappingURL=784.index.js.map