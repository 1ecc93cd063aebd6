export const id = 131;
export const ids = [131];
export const modules = {

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sk: () => (/* binding */ ConfigSchema),
/* harmony export */   configJsonSchema: () => (/* binding */ configJsonSchema)
/* harmony export */ });
/* unused harmony exports RuleSettingsSchema, RULE_IDS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8439);
/* harmony import */ var _model_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1502);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(908);



const severity = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC);
/** `path/glob/**` or `path:line`: relative to the scan root. */
const ignoreEntry = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('A path glob, or path:line, relative to the scan root');
const RuleSettingsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    severity: severity.optional().describe('Replace the severity of every finding of this rule'),
    disabled: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional().describe('Turn the rule off'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ignoreEntry).optional().describe('Paths (globs, or path:line) where this rule is suppressed'),
});
const RULE_IDS = _rules_index_js__WEBPACK_IMPORTED_MODULE_1__.ALL_RULE_META.map((m) => m.id);
/** `.github/token-warden.yml`. */
const ConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1).optional().describe('Configuration format version'),
    'fail-on': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_model_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .FAIL_ON_VALUES */ .Qm).optional().describe('Fail when a finding at or above this severity is reported (default high)'),
    'min-severity': severity.optional().describe('Do not report findings below this severity (default info)'),
    ignore: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ignoreEntry).optional().describe('Paths (globs, or path:line) where every rule is suppressed'),
    rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(RULE_IDS), RuleSettingsSchema).optional().describe('Per-rule settings, keyed by rule id'),
})
    .describe('Token Warden configuration');
const _settingsMatch = true;
void _settingsMatch;
/** JSON Schema for editors (committed as schema/token-warden-config.schema.json; a test keeps it in sync). */
function configJsonSchema() {
    return { ...zod__WEBPACK_IMPORTED_MODULE_3__/* .toJSONSchema */ .bl(ConfigSchema, { target: 'draft-7' }), title: 'Token Warden configuration' };
}


/***/ })

};

//# sourceMappingURL=131.index.js.map