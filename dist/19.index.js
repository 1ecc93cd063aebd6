export const id = 19;
export const ids = [19];
export const modules = {

/***/ 7019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveApiUrl: () => (/* binding */ resolveApiUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/** The GitHub API URL, apart from the client so that resolving it does not load Octokit. */

/** The API URL from the `api-url` input, else `GITHUB_API_URL`, else github.com; no trailing slash. */
function resolveApiUrl(input, env = process.env) {
    const raw = (input?.trim() || env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`api-url must be an http(s) URL (got "${raw}")`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`api-url must be an http(s) URL (got "${raw}")`);
    return raw;
}


/***/ })

};

//# sourceMappingURL=19.index.js.map