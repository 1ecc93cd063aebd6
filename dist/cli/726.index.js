export const id = 726;
export const ids = [726];
export const modules = {

/***/ 8726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSources: () => (/* binding */ buildSources)
/* harmony export */ });
async function buildSources(options) {
    if (options.offline)
        return { sources: [], notes: [] };
    return { sources: [], notes: [] };
}


/***/ })

};

//# sourceMappingURL=726.index.js.map