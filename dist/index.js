import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 103:
/***/ ((__unused_webpack_module, exports) => {

/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	var _options$implicit, _options$matchByTagPr, _options$implicitFirs, _options$represent, _options$representTag;
	return {
		tagName,
		nodeKind: "scalar",
		implicit: (_options$implicit = options.implicit) !== null && _options$implicit !== void 0 ? _options$implicit : false,
		matchByTagPrefix: (_options$matchByTagPr = options.matchByTagPrefix) !== null && _options$matchByTagPr !== void 0 ? _options$matchByTagPr : false,
		implicitFirstChars: (_options$implicitFirs = options.implicitFirstChars) !== null && _options$implicitFirs !== void 0 ? _options$implicitFirs : null,
		resolve: options.resolve,
		identify: options.identify,
		represent: (_options$represent = options.represent) !== null && _options$represent !== void 0 ? _options$represent : ((data) => String(data)),
		representTagName: (_options$representTag = options.representTagName) !== null && _options$representTag !== void 0 ? _options$representTag : (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	var _options$matchByTagPr2, _options$finalize, _options$represent2, _options$representTag2;
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: (_options$matchByTagPr2 = options.matchByTagPrefix) !== null && _options$matchByTagPr2 !== void 0 ? _options$matchByTagPr2 : false,
		create: options.create,
		addItem: options.addItem,
		finalize: (_options$finalize = options.finalize) !== null && _options$finalize !== void 0 ? _options$finalize : ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: (_options$represent2 = options.represent) !== null && _options$represent2 !== void 0 ? _options$represent2 : ((data) => data),
		representTagName: (_options$representTag2 = options.representTagName) !== null && _options$representTag2 !== void 0 ? _options$representTag2 : (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	var _options$matchByTagPr3, _options$finalize2, _options$represent3, _options$representTag3;
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: (_options$matchByTagPr3 = options.matchByTagPrefix) !== null && _options$matchByTagPr3 !== void 0 ? _options$matchByTagPr3 : false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: (_options$finalize2 = options.finalize) !== null && _options$finalize2 !== void 0 ? _options$finalize2 : ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: (_options$represent3 = options.represent) !== null && _options$represent3 !== void 0 ? _options$represent3 : ((data) => data),
		representTagName: (_options$representTag3 = options.representTagName) !== null && _options$representTag3 !== void 0 ? _options$representTag3 : (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/typeof.js
function _typeof(o) {
	"@babel/helpers - typeof";
	return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof(o);
}
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/toPrimitive.js
function toPrimitive(t, r) {
	if ("object" != _typeof(t) || !t) return t;
	var e = t[Symbol.toPrimitive];
	if (void 0 !== e) {
		var i = e.call(t, r || "default");
		if ("object" != _typeof(i)) return i;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return ("string" === r ? String : Number)(t);
}
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/toPropertyKey.js
function toPropertyKey(t) {
	var i = toPrimitive(t, "string");
	return "symbol" == _typeof(i) ? i : i + "";
}
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/defineProperty.js
function _defineProperty(e, r, t) {
	return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
		value: t,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[r] = t, e;
}
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/objectSpread2.js
function ownKeys(e, r) {
	var t = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var o = Object.getOwnPropertySymbols(e);
		r && (o = o.filter(function(r) {
			return Object.getOwnPropertyDescriptor(e, r).enumerable;
		})), t.push.apply(t, o);
	}
	return t;
}
function _objectSpread2(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
			_defineProperty(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	constructor(tags) {
		_defineProperty(this, "tags", void 0);
		_defineProperty(
			this,
			/** @internal */
			"implicitScalarTags",
			void 0
		);
		_defineProperty(
			this,
			/**
			* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
			* the resolvers that may match that key, in schema order; a key absent from
			* the map uses
			* {@link Schema.implicitScalarAnyFirstChar}
			* (resolvers that declared no first-char constraint, so they apply to any
			* first character).
			*/
			"implicitScalarByFirstChar",
			void 0
		);
		_defineProperty(this, "implicitScalarAnyFirstChar", void 0);
		_defineProperty(
			this,
			/**
			* The default scalar tag (`!!str`), resolved once so the composer's fallback
			* for unresolved plain scalars avoids a keyed lookup per scalar.
			*
			* @internal
			*/
			"defaultScalarTag",
			void 0
		);
		_defineProperty(
			this,
			/**
			* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
			* value is identified by its default tag, the tag is implicit and not
			* printed. Undefined if the schema does not define them (then such values
			* can't be dumped).
			*
			* @internal
			*/
			"defaultSequenceTag",
			void 0
		);
		_defineProperty(
			this,
			/** @internal */
			"defaultMappingTag",
			void 0
		);
		_defineProperty(this, "exact", void 0);
		_defineProperty(this, "prefix", void 0);
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		var _this$implicitScalarB;
		const candidates = (_this$implicitScalarB = this.implicitScalarByFirstChar.get(source.charAt(0))) !== null && _this$implicitScalarB !== void 0 ? _this$implicitScalarB : this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags(_objectSpread2(_objectSpread2({}, intYaml11Tag), {}, { resolve: (source, isExplicit, tagName) => {
	const result = intYaml11Tag.resolve(source, isExplicit, tagName);
	return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
} }), _objectSpread2(_objectSpread2({}, floatYaml11Tag), {}, { resolve: (source, isExplicit, tagName) => {
	const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
	return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
} }));
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = _objectSpread2(_objectSpread2({}, DEFAULT_SNIPPET_OPTIONS), options);
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		_defineProperty(this, "reason", void 0);
		_defineProperty(this, "mark", void 0);
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	var _ref, _tagHandlers$handle;
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode((_ref = (_tagHandlers$handle = tagHandlers === null || tagHandlers === void 0 ? void 0 : tagHandlers[handle]) !== null && _tagHandlers$handle !== void 0 ? _tagHandlers$handle : DEFAULT_TAG_HANDLERS[handle]) !== null && _ref !== void 0 ? _ref : handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		var _state$schema$lookupM;
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = (_state$schema$lookupM = state.schema.lookupMappingTag(tagName)) !== null && _state$schema$lookupM !== void 0 ? _state$schema$lookupM : state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		var _frame$overridable;
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		(_frame$overridable = frame.overridable) !== null && _frame$overridable !== void 0 || (frame.overridable = /* @__PURE__ */ new Set());
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	var _frame$overridable2, _frame$overridable3;
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !((_frame$overridable2 = frame.overridable) === null || _frame$overridable2 === void 0 ? void 0 : _frame$overridable2.has(key))) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	(_frame$overridable3 = frame.overridable) === null || _frame$overridable3 === void 0 || _frame$overridable3.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = _objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_CONSTRUCTOR_OPTIONS), options), {}, {
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	});
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			var _state$events$fallbac;
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && ((_state$events$fallbac = state.events[fallbackState.eventsLength]) === null || _state$events$fallbac === void 0 ? void 0 : _state$events$fallbac.type) === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					var _state$events$fallbac2;
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && ((_state$events$fallbac2 = state.events[fallbackState.eventsLength]) === null || _state$events$fallbac2 === void 0 ? void 0 : _state$events$fallbac2.type) === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if ((documentEvent === null || documentEvent === void 0 ? void 0 : documentEvent.type) === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = _objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), options), {}, {
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	});
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = _objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), DEFAULT_CONSTRUCTOR_OPTIONS);
function loadDocuments(input, options = {}) {
	const opts = _objectSpread2(_objectSpread2({}, DEFAULT_LOAD_OPTIONS), options);
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), _objectSpread2(_objectSpread2({}, pick(opts, CONSTRUCTOR_OPT_KEYS)), {}, { source }));
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	var _options$noRefs, _options$skipInvalid;
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: (_options$noRefs = options.noRefs) !== null && _options$noRefs !== void 0 ? _options$noRefs : false,
		skipInvalid: (_options$skipInvalid = options.skipInvalid) !== null && _options$skipInvalid !== void 0 ? _options$skipInvalid : false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = _objectSpread2(_objectSpread2({}, DEFAULT_PRESENTER_OPTIONS), options);
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return _objectSpread2(_objectSpread2({}, opts), {}, {
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	});
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	var _ctx$compact;
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = (_ctx$compact = ctx.compact) !== null && _ctx$compact !== void 0 ? _ctx$compact : false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && (parent === null || parent === void 0 ? void 0 : parent.kind) === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = _objectSpread2(_objectSpread2({}, DEFAULT_PRESENTER_OPTIONS), {}, {
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
});
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = _objectSpread2(_objectSpread2({}, DEFAULT_DUMP_OPTIONS), options);
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, _objectSpread2(_objectSpread2({}, pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS))), {}, { schema: opts.schema }));
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = -1;
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion
exports.CHOMPING_CLIP = CHOMPING_CLIP;
exports.CHOMPING_KEEP = CHOMPING_KEEP;
exports.CHOMPING_MODE = CHOMPING_MODE;
exports.CHOMPING_STRIP = CHOMPING_STRIP;
exports.COLLECTION_STYLE = COLLECTION_STYLE;
exports.COLLECTION_STYLE_BLOCK = COLLECTION_STYLE_BLOCK;
exports.COLLECTION_STYLE_FLOW = COLLECTION_STYLE_FLOW;
exports.CORE_SCHEMA = CORE_SCHEMA;
exports.DEFAULT_SCALAR_STYLE_RULES = DEFAULT_SCALAR_STYLE_RULES;
exports.DUMP_SCHEMA = DUMP_SCHEMA;
exports.EVENT_ALIAS = EVENT_ALIAS;
exports.EVENT_DOCUMENT = EVENT_DOCUMENT;
exports.EVENT_ID = EVENT_ID;
exports.EVENT_MAPPING = EVENT_MAPPING;
exports.EVENT_POP = EVENT_POP;
exports.EVENT_SCALAR = EVENT_SCALAR;
exports.EVENT_SEQUENCE = EVENT_SEQUENCE;
exports.FAILSAFE_SCHEMA = FAILSAFE_SCHEMA;
exports.JSON_SCHEMA = JSON_SCHEMA;
exports.NOT_RESOLVED = NOT_RESOLVED;
exports.SCALAR_STYLE = SCALAR_STYLE;
exports.SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE_DOUBLE_QUOTED;
exports.SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE_FOLDED_BLOCK;
exports.SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE_LITERAL_BLOCK;
exports.SCALAR_STYLE_PLAIN = SCALAR_STYLE_PLAIN;
exports.SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE_SINGLE_QUOTED;
exports.Schema = Schema;
exports.VISIT_BREAK = VISIT_BREAK;
exports.VISIT_SKIP = VISIT_SKIP;
exports.YAML11_SCHEMA = YAML11_SCHEMA;
exports.YAMLException = YAMLException;
exports.binaryTag = binaryTag;
exports.boolCoreTag = boolCoreTag;
exports.boolJsonTag = boolJsonTag;
exports.boolYaml11Tag = boolYaml11Tag;
exports.constructFromEvents = constructFromEvents;
exports.defineMappingTag = defineMappingTag;
exports.defineScalarTag = defineScalarTag;
exports.defineSequenceTag = defineSequenceTag;
exports.dump = dump;
exports.eventsToAst = eventsToAst;
exports.floatCoreTag = floatCoreTag;
exports.floatJsonTag = floatJsonTag;
exports.floatYaml11Tag = floatYaml11Tag;
exports.getScalarValue = getScalarValue;
exports.intCoreTag = intCoreTag;
exports.intJsonTag = intJsonTag;
exports.intYaml11Tag = intYaml11Tag;
exports.jsToAst = jsToAst;
exports.legacyMapTag = legacyMapTag;
exports.load = load;
exports.loadAll = loadAll;
exports.mapTag = mapTag;
exports.mergeTag = mergeTag;
exports.nullCoreTag = nullCoreTag;
exports.nullJsonTag = nullJsonTag;
exports.nullYaml11Tag = nullYaml11Tag;
exports.omapTag = omapTag;
exports.pairsTag = pairsTag;
exports.parseEvents = parseEvents;
exports.present = present;
exports.realMapTag = realMapTag;
exports.seqTag = seqTag;
exports.setTag = setTag;
exports.strTag = strTag;
exports.timestampTag = timestampTag;
exports.visit = visit;

//# sourceMappingURL=js-yaml.cjs.js.map

/***/ }),

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ DEFAULT_CONFIG)
/* harmony export */ });
const DEFAULT_CONFIG = { failOn: 'high', minSeverity: 'info', ignore: [], rules: {} };


/***/ }),

/***/ 257:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ConfigError: () => (/* binding */ ConfigError),
/* harmony export */   H: () => (/* binding */ formatIssue)
/* harmony export */ });
function formatIssue(i) {
    return `${i.file}:${i.line}:${i.column}: ${i.key ? `${i.key}: ` : ''}${i.message}`;
}
/** Every problem of a file, each with its position. Exit code 2 at the entry points. */
class ConfigError extends Error {
    issues;
    constructor(issues) {
        super(issues.map(formatIssue).join('\n'));
        this.issues = issues;
        this.name = 'ConfigError';
    }
}


/***/ }),

/***/ 407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(311);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_namespaceObject.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_namespaceObject.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./src/errors.ts
/** A bad flag, an unreadable path or an invalid config file: exit code 2, one clear message. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}

;// CONCATENATED MODULE: ./src/sources/files.ts
/** Finding and reading the files a scan covers. The only part of the scan that touches the disk. */



const SKIP_DIRS = new Set(['node_modules', '.git']);
const YAML_RE = /\.ya?ml$/i;
const ACTION_RE = /^action\.ya?ml$/i;
function errorCode(error) {
    return error.code ?? String(error);
}
function lstatOrThrow(p) {
    try {
        return (0,external_node_fs_namespaceObject.lstatSync)(p);
    }
    catch (error) {
        throw new UsageError(`cannot read ${p}: ${errorCode(error)}`);
    }
}
/** The canonical path (symbolic links resolved); the path itself when it cannot be resolved (it does not exist). */
function realOrSelf(p) {
    try {
        return external_node_fs_namespaceObject.realpathSync.native(p);
    }
    catch {
        return external_node_path_default().resolve(p);
    }
}
/**
 * The canonical path of `p`, which need not exist: its nearest existing ancestor resolved (symbolic links followed),
 * the rest appended. Where a file about to be written would really land.
 */
function realPathOfNearest(p, depth = 0) {
    const abs = external_node_path_default().resolve(p);
    const rest = [];
    for (let dir = abs;; dir = external_node_path_default().dirname(dir)) {
        try {
            return external_node_path_default().join(external_node_fs_namespaceObject.realpathSync.native(dir), ...rest);
        }
        catch {
            // A dangling link: writing through it would create its target, so that is where it leads.
            let link;
            try {
                if (depth < 40 && (0,external_node_fs_namespaceObject.lstatSync)(dir).isSymbolicLink())
                    link = (0,external_node_fs_namespaceObject.readlinkSync)(dir);
            }
            catch {
                // not there at all: look at its parent
            }
            if (link !== undefined)
                return external_node_path_default().join(realPathOfNearest(external_node_path_default().resolve(external_node_path_default().dirname(dir), link), depth + 1), ...rest);
            if (external_node_path_default().dirname(dir) === dir)
                return abs;
            rest.unshift(external_node_path_default().basename(dir));
        }
    }
}
/** True when `p` is `dir` or lies below it (both absolute, compared as written). */
function isWithin(dir, p) {
    const rel = external_node_path_default().relative(dir, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/**
 * Collects the files of one or more PATH arguments. Each argument is confined to a boundary (see `discover`): a
 * symbolic link whose target resolves outside it is not followed, and anything that is not a regular file or a
 * directory is never opened; both are recorded as skipped. Files reached twice (through a link inside the boundary)
 * are read once, under their own path rather than the link's.
 */
class Collector {
    /** Real path → the path the file is reported under. */
    found = new Map();
    skips = new Map();
    add(shown, real, viaLink) {
        const known = this.found.get(real);
        if (!known || (known.viaLink && !viaLink) || (known.viaLink === viaLink && shown < known.shown))
            this.found.set(real, { shown, viaLink });
    }
    skip(shown, reason) {
        if (!this.skips.has(shown))
            this.skips.set(shown, reason);
    }
    /** An entry `shown` (absolute) named `name`: a file it accepts is added, a directory is handed to `onDir`. */
    entry(shown, name, kind, parentReal, boundary, accept, onDir) {
        if (kind.isDirectory()) {
            if (onDir && !SKIP_DIRS.has(name))
                onDir(shown, external_node_path_default().join(parentReal, name), false);
        }
        else if (kind.isFile()) {
            if (accept(name))
                this.add(shown, external_node_path_default().join(parentReal, name), false);
        }
        else if (kind.isSymbolicLink()) {
            if (SKIP_DIRS.has(name))
                return;
            let real;
            let target;
            try {
                real = external_node_fs_namespaceObject.realpathSync.native(shown);
                target = (0,external_node_fs_namespaceObject.statSync)(real);
            }
            catch {
                if (accept(name))
                    this.skip(shown, 'broken-symlink');
                return;
            }
            if (target.isDirectory()) {
                if (!onDir)
                    return;
                if (!isWithin(boundary, real))
                    this.skip(shown, 'symlink-outside-root');
                else
                    onDir(shown, real, true);
            }
            else if (accept(name)) {
                if (!isWithin(boundary, real))
                    this.skip(shown, 'symlink-outside-root');
                else if (!target.isFile())
                    this.skip(shown, 'not-a-regular-file');
                else
                    this.add(shown, real, true);
            }
        }
        else if (accept(name)) {
            this.skip(shown, 'not-a-regular-file');
        }
    }
    /**
     * Every accepted file below `dir`. Real directories first, then the linked ones (each real directory once), so a
     * file is reported under its own path, and a link loop ends.
     */
    walk(dir, dirReal, boundary, accept) {
        const linked = [];
        const walked = new Set();
        const visit = (shown, real) => {
            if (walked.has(real))
                return;
            walked.add(real);
            let entries;
            try {
                entries = (0,external_node_fs_namespaceObject.readdirSync)(shown, { withFileTypes: true });
            }
            catch (error) {
                throw new UsageError(`cannot read directory ${shown}: ${errorCode(error)}`);
            }
            entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            for (const e of entries) {
                this.entry(external_node_path_default().join(shown, e.name), e.name, e, real, boundary, accept, (s, r, viaLink) => (viaLink ? linked.push([s, r]) : visit(s, r)));
            }
        };
        visit(dir, dirReal);
        while (linked.length > 0) {
            const [shown, real] = linked.shift();
            visit(shown, real);
        }
    }
    result(root) {
        const files = [...this.found.values()].map((f) => f.shown).sort();
        const skipped = [...this.skips].map(([p, reason]) => ({ path: relativePath(root, p), reason })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        return { files, skipped };
    }
}
/** A directory holding `.github/` is a repository root. */
function isRepositoryRoot(dir) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(external_node_path_default().join(dir, '.github')).isDirectory();
    }
    catch {
        return false;
    }
}
/** Adds the files of one PATH argument (absolute) to `out`, confined to `boundary` (a real path). */
function collect(target, boundary, out) {
    const st = lstatOrThrow(target);
    const name = external_node_path_default().basename(target);
    const parentReal = realOrSelf(external_node_path_default().dirname(target));
    let real = external_node_path_default().join(parentReal, name);
    let isDir = st.isDirectory();
    if (st.isSymbolicLink()) {
        try {
            real = external_node_fs_namespaceObject.realpathSync.native(target);
            isDir = (0,external_node_fs_namespaceObject.statSync)(real).isDirectory();
        }
        catch {
            out.skip(target, 'broken-symlink');
            return;
        }
    }
    if (!isWithin(boundary, real)) {
        out.skip(target, 'symlink-outside-root');
        return;
    }
    if (!isDir) {
        // A file named on the command line is scanned whatever its name.
        if ((st.isSymbolicLink() ? (0,external_node_fs_namespaceObject.statSync)(real) : st).isFile())
            out.add(target, real, st.isSymbolicLink());
        else
            out.skip(target, 'not-a-regular-file');
        return;
    }
    if (isRepositoryRoot(target)) {
        const workflows = external_node_path_default().join(target, '.github', 'workflows');
        const workflowsReal = realOrSelf(workflows);
        if (!isWithin(boundary, workflowsReal))
            out.skip(workflows, 'symlink-outside-root');
        else {
            let entries = [];
            try {
                entries = (0,external_node_fs_namespaceObject.readdirSync)(workflows, { withFileTypes: true });
            }
            catch {
                // a repository without workflows: only its actions are scanned
            }
            for (const e of entries)
                out.entry(external_node_path_default().join(workflows, e.name), e.name, e, workflowsReal, boundary, (n) => YAML_RE.test(n));
        }
        out.walk(target, real, boundary, (n) => ACTION_RE.test(n));
    }
    else {
        out.walk(target, real, boundary, (n) => YAML_RE.test(n));
    }
}
/** True for a directory, or a symbolic link to one. */
function files_isDirectory(p) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** Files of one PATH argument (see README: what gets scanned), confined to the argument itself. */
function filesUnder(target) {
    const abs = path.resolve(target);
    lstatOrThrow(abs);
    const out = new Collector();
    collect(abs, realOrSelf(files_isDirectory(abs) ? abs : path.dirname(abs)), out);
    return out.result(abs).files;
}
/**
 * Resolves PATH arguments. Findings' paths are relative to `root`: the single directory given, else the
 * current directory (or an explicit root).
 *
 * The boundary symbolic links may not lead out of is the root for an argument inside it; an argument outside the root
 * is confined to itself (a directory) or to its directory (a file).
 */
function discover(targets, cwd, explicitRoot) {
    const list = targets.length ? targets : ['.'];
    const abs = list.map((t) => external_node_path_default().resolve(cwd, t));
    for (const t of abs)
        lstatOrThrow(t);
    let root = explicitRoot ? external_node_path_default().resolve(cwd, explicitRoot) : cwd;
    if (!explicitRoot && abs.length === 1 && files_isDirectory(abs[0]))
        root = abs[0];
    const rootReal = realOrSelf(root);
    const out = new Collector();
    for (const t of abs)
        collect(t, isWithin(root, t) ? rootReal : realOrSelf(files_isDirectory(t) ? t : external_node_path_default().dirname(t)), out);
    return { root, ...out.result(root) };
}
function relativePath(root, file) {
    return external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/');
}
/**
 * Reads a file discovered as regular. Opened without blocking and checked again once open: a file swapped for a FIFO
 * or a device since discovery is refused, never waited on.
 */
function readRegularFile(file) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0));
        if (!(0,external_node_fs_namespaceObject.fstatSync)(fd).isFile())
            throw new UsageError(`cannot read ${file}: not a regular file`);
        return (0,external_node_fs_namespaceObject.readFileSync)(fd, 'utf8');
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        throw new UsageError(`cannot read ${file}: ${errorCode(error)}`);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Reads discovered files as scan inputs, lazily, so memory holds one file at a time. */
function* readInputs(found) {
    for (const file of found.files)
        yield { path: relativePath(found.root, file), text: readRegularFile(file) };
}

// EXTERNAL MODULE: ./src/model/severity.ts
var model_severity = __nccwpck_require__(502);
;// CONCATENATED MODULE: ./src/inputs.ts
/** The only reader of action inputs: validates them into one typed settings object. */





function choice(name, allowed) {
    const value = getInput(name).trim();
    if (value === '')
        return undefined;
    if (!allowed.includes(value))
        throw new UsageError(`input ${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return value;
}
function bool(name, fallback) {
    const value = getInput(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', 'on', '1'].includes(value))
        return true;
    if (['false', 'no', 'off', '0'].includes(value))
        return false;
    throw new UsageError(`input ${name} must be true or false (got "${value}")`);
}
function optional(name) {
    const v = getInput(name).trim();
    return v === '' ? undefined : v;
}
/**
 * An input naming a file to read or write: it must resolve inside the workspace, as written (`..`, an absolute path)
 * and once symbolic links are followed (an existing file, or the directory a new one would land in). Returned as
 * given: messages quote it the way the workflow wrote it.
 */
function workspaceFile(name, workspace) {
    const value = optional(name);
    if (value === undefined)
        return undefined;
    const abs = external_node_path_default().resolve(workspace, value);
    const inside = isWithin(workspace, abs) && isWithin(realOrSelf(workspace), realPathOfNearest(abs));
    if (!inside || abs === external_node_path_default().resolve(workspace)) {
        throw new UsageError(`input ${name} must name a file inside the workspace (${workspace}), got "${value}"${inside ? '' : ', which resolves outside it'}`);
    }
    return value;
}
function readSettings(env = process.env) {
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE || process.cwd());
    const paths = getMultilineInput('path').map((p) => p.trim()).filter(Boolean);
    const failOn = choice('fail-on', model_severity/* FAIL_ON_VALUES */.Qm);
    const minSeverity = choice('min-severity', model_severity/* SEVERITIES */.oC);
    // The files the action reads its settings from and writes its reports to stay in the workspace: a workflow input or
    // a symbolic link in the checkout cannot make it read or overwrite a file elsewhere on the runner.
    const config = workspaceFile('config', workspace);
    const sarifFile = workspaceFile('sarif-file', workspace);
    const jsonFile = workspaceFile('json-file', workspace);
    const registry = workspaceFile('registry', workspace);
    const settings = {
        workspace,
        paths: paths.length ? paths : ['.'],
        ...(failOn ? { failOn } : {}),
        annotations: bool('annotations', true),
        summary: bool('summary', true),
        registryReport: bool('registry-report', false),
        ...(registry ? { registry } : {}),
        ...(minSeverity ? { minSeverity } : {}),
        ...(config ? { config } : {}),
        ...(sarifFile ? { sarifFile } : {}),
        ...(jsonFile ? { jsonFile } : {}),
    };
    if (env.GITHUB_REPOSITORY)
        settings.repository = env.GITHUB_REPOSITORY;
    if (env.GITHUB_REPOSITORY && env.GITHUB_SHA) {
        settings.links = { serverUrl: env.GITHUB_SERVER_URL || 'https://github.com', repository: env.GITHUB_REPOSITORY, ref: env.GITHUB_SHA };
    }
    return settings;
}

// EXTERNAL MODULE: ./src/config/types.ts
var types = __nccwpck_require__(143);
// EXTERNAL MODULE: ./src/config/validate-error.ts
var validate_error = __nccwpck_require__(257);
// EXTERNAL MODULE: ./src/workflows/lines.ts
var workflows_lines = __nccwpck_require__(277);
// EXTERNAL MODULE: ./src/rules/hardcoded-credential.ts + 1 modules
var hardcoded_credential = __nccwpck_require__(609);
// EXTERNAL MODULE: ./src/workflows/secrets-text.ts
var secrets_text = __nccwpck_require__(579);
;// CONCATENATED MODULE: ./src/sources/config-file.ts









const DEFAULT_CONFIG_PATH = '.github/token-warden.yml';
/**
 * Loads the config: an explicit path must exist; otherwise `.github/token-warden.yml` under the root
 * is used when present. The parser (zod + yaml) is imported only when there is a file to parse.
 * Throws ConfigError (invalid content) or UsageError (unreadable file).
 *
 * Credential literals in the file go to `onSecret` (the action's log masker) as soon as it is read. When the file is
 * invalid, the error lists them (redacted) beside the problems, and no message can quote one: an invalid file is
 * never scanned, so the error is the only place they can be reported.
 */
async function loadConfig(root, explicit, cwd, onSecret) {
    const file = explicit ? external_node_path_default().resolve(cwd, explicit) : external_node_path_default().join(root, DEFAULT_CONFIG_PATH);
    if (!(0,external_node_fs_namespaceObject.existsSync)(file)) {
        if (explicit)
            throw new UsageError(`config file not found: ${explicit}`);
        return { config: types/* DEFAULT_CONFIG */.P };
    }
    // The default file comes with the repository: a link out of it is not followed (it could read any file on the
    // machine into validation messages), and it is read only if it is a regular file.
    if (!explicit && !isWithin(realOrSelf(root), realOrSelf(file))) {
        throw new UsageError(`${DEFAULT_CONFIG_PATH} is a symbolic link to a path outside the scan root: not followed (name the file with --config if it is meant)`);
    }
    let text;
    try {
        text = explicit ? (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8') : readRegularFile(file);
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        throw new UsageError(`cannot read config ${file}: ${error.code ?? String(error)}`);
    }
    const credentials = (0,hardcoded_credential/* credentialLiteralReports */.I)(text, () => []);
    if (onSecret)
        for (const c of credentials)
            onSecret(c.literal);
    const { parseConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(818)]).then(__nccwpck_require__.bind(__nccwpck_require__, 818));
    const shown = external_node_path_default().relative(cwd, file).split((external_node_path_default()).sep).join('/') || file;
    try {
        return { config: parseConfig(text, shown), file, text };
    }
    catch (error) {
        if (!(error instanceof validate_error.ConfigError))
            throw error;
        const lines = new workflows_lines/* LineIndex */.r(text);
        const leaked = credentials.map(({ report }) => ({ file: shown, ...lines.position(report.span[0]), key: '', message: report.message }));
        const issues = [...error.issues.map((i) => ({ ...i, key: (0,secrets_text/* redactTokensIn */.Ro)(i.key), message: (0,secrets_text/* redactTokensIn */.Ro)(i.message) })), ...leaked];
        throw new validate_error.ConfigError(issues.sort((a, b) => a.line - b.line || a.column - b.column));
    }
}

;// CONCATENATED MODULE: ./src/sources/git-remote.ts
/**
 * The repository a scan root belongs to, read from the `origin` remote in the git config — text only, no git binary.
 * Used to tell first-party actions (the repository owner's own) from third-party ones.
 */


const REPOSITORY_RE = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;
/** True for `OWNER/NAME` as GitHub spells repositories. */
function isRepositoryName(value) {
    return REPOSITORY_RE.test(value);
}
/** `OWNER/NAME` from a remote URL (https, ssh, scp-like), any host; undefined when the path is not two segments. */
function repositoryFromRemoteUrl(url) {
    const value = url.trim();
    let repoPath;
    const scp = /^(?:[^@/\s]+@)?[^:/\s]+:(?!\/\/)(.+)$/.exec(value); // git@github.com:owner/name.git
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        try {
            repoPath = new URL(value).pathname;
        }
        catch {
            return undefined;
        }
    }
    else if (scp)
        repoPath = scp[1];
    if (repoPath === undefined)
        return undefined;
    const parts = repoPath.replace(/\/+$/, '').replace(/\.git$/, '').split('/').filter(Boolean);
    if (parts.length !== 2)
        return undefined;
    const name = `${decodeURIComponent(parts[0])}/${decodeURIComponent(parts[1])}`;
    return isRepositoryName(name) ? name : undefined;
}
/** The `url` of `[remote "origin"]` in git config text. */
function originUrl(configText) {
    let inOrigin = false;
    for (const raw of configText.split(/\r?\n/)) {
        const line = raw.trim();
        if (line.startsWith('[')) {
            inOrigin = /^\[\s*remote\s+"origin"\s*\]$/i.test(line);
            continue;
        }
        if (!inOrigin)
            continue;
        const m = /^url\s*=\s*(.*)$/i.exec(line);
        if (m)
            return m[1].replace(/^"(.*)"$/, '$1');
    }
    return undefined;
}
function isFile(p) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function git_remote_isDirectory(p) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** The git config file of the repository holding `dir` (worktrees and submodules: through `.git` files and `commondir`). */
function gitConfigPath(dir) {
    let current = external_node_path_default().resolve(dir);
    for (;;) {
        const dotGit = external_node_path_default().join(current, '.git');
        if (git_remote_isDirectory(dotGit))
            return external_node_path_default().join(dotGit, 'config');
        if (isFile(dotGit)) {
            const m = /^gitdir:\s*(.+)$/m.exec((0,external_node_fs_namespaceObject.readFileSync)(dotGit, 'utf8'));
            if (!m)
                return undefined;
            const gitDir = external_node_path_default().resolve(current, m[1].trim());
            const commonDirFile = external_node_path_default().join(gitDir, 'commondir');
            const common = isFile(commonDirFile) ? external_node_path_default().resolve(gitDir, (0,external_node_fs_namespaceObject.readFileSync)(commonDirFile, 'utf8').trim()) : gitDir;
            return external_node_path_default().join(common, 'config');
        }
        const parent = external_node_path_default().dirname(current);
        if (parent === current)
            return undefined;
        current = parent;
    }
}
/** `OWNER/NAME` of the `origin` remote of the git repository holding `dir`; undefined when none can be read. */
function repositoryFromGit(dir) {
    try {
        const config = gitConfigPath(dir);
        if (!config || !isFile(config))
            return undefined;
        const url = originUrl((0,external_node_fs_namespaceObject.readFileSync)(config, 'utf8'));
        return url === undefined ? undefined : repositoryFromRemoteUrl(url);
    }
    catch {
        return undefined; // best effort: without it, only actions/* and github/* count as first-party
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: ./src/rules/index.ts + 23 modules
var src_rules = __nccwpck_require__(155);
// EXTERNAL MODULE: ./src/workflows/source.ts
var source = __nccwpck_require__(169);
// EXTERNAL MODULE: ./src/model/globs.ts
var globs = __nccwpck_require__(98);
;// CONCATENATED MODULE: ./src/engine.ts
/**
 * The scan engine: files → parsed sources → rules → findings, then the filtering that belongs to the
 * engine and not to rules: config severity remaps, disabled rules, ignores, inline suppressions and the
 * minimum severity. Pure: the caller supplies file contents.
 */









const INLINE_IGNORE_RE = /#\s*token-warden:\s*ignore\[([^\]]*)\]\s*(.*)$/;
function makeLocation(file, lines, span) {
    const start = lines.position(span[0]);
    let end = lines.position(Math.max(span[1], span[0]));
    // An empty span still marks one character, so every renderer has a non-empty region.
    if (end.line === start.line && end.column <= start.column)
        end = { line: start.line, column: start.column + 1 };
    return { file, startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
function fingerprintOf(ruleId, file, path) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${ruleId}\u0000${file}\u0000${path.join('\u001f')}`).digest('hex').slice(0, 32);
}
function inlineSuppression(lines, line, meta) {
    for (const l of [line, line - 1]) {
        if (l < 1)
            continue;
        const m = INLINE_IGNORE_RE.exec(lines.lineText(l));
        if (!m)
            continue;
        const ids = m[1].split(',').map((s) => s.trim().toLowerCase());
        if (ids.includes(meta.id) || ids.includes(meta.category) || ids.includes('*') || ids.includes('all')) {
            return (0,secrets_text/* redactTokensIn */.Ro)(m[2].trim()) || 'suppressed inline';
        }
    }
    return undefined;
}
function compileIgnores(entries) {
    return entries.map((entry) => {
        const m = /^(.*):(\d+)$/.exec(entry);
        const line = m ? Number(m[2]) : undefined;
        const paths = (0,globs/* pathMatcher */.k)([m ? m[1] : entry]);
        return { entry, matches: (file, l) => paths.matches(file) && (line === undefined || line === l) };
    });
}
/** Scans files and returns every finding, suppressed ones included (marked), below-minimum ones dropped. */
function scan(inputs, options = {}) {
    const config = options.config ?? types/* DEFAULT_CONFIG */.P;
    const rules = (options.rules ?? src_rules/* RULES */.y0).filter((r) => !config.rules[r.meta.id]?.disabled);
    const globalIgnores = compileIgnores(config.ignore);
    const ruleIgnores = new Map(Object.entries(config.rules).map(([id, s]) => [id, compileIgnores(s.ignore ?? [])]));
    const stats = { files: 0, workflows: 0, actions: 0, parseErrors: 0, bytes: 0, suppressed: 0, belowMinSeverity: 0 };
    const findings = [];
    const ruleFailures = [];
    const fingerprints = new Map();
    const emit = (meta, file, lines, report) => {
        const severity = config.rules[meta.id]?.severity ?? report.severity ?? meta.defaultSeverity;
        if (!(0,model_severity/* atOrAbove */.kU)(severity, config.minSeverity)) {
            stats.belowMinSeverity++;
            return;
        }
        const location = makeLocation(file, lines, report.span);
        let fingerprint = fingerprintOf(meta.id, file, report.path);
        const seen = fingerprints.get(fingerprint) ?? 0;
        fingerprints.set(fingerprint, seen + 1);
        if (seen > 0)
            fingerprint = fingerprintOf(meta.id, file, [...report.path, `#${seen + 1}`]);
        const finding = {
            ruleId: meta.id,
            category: meta.category,
            severity,
            message: (0,secrets_text/* redactTokensIn */.Ro)(report.message),
            location,
            fingerprint,
        };
        if (report.related?.length) {
            finding.related = report.related.map((r) => ({ message: (0,secrets_text/* redactTokensIn */.Ro)(r.message), location: makeLocation(file, lines, r.span) }));
        }
        const inline = inlineSuppression(lines, location.startLine, meta);
        const ignored = inline === undefined ? [...globalIgnores, ...(ruleIgnores.get(meta.id) ?? [])].find((m) => m.matches(file, location.startLine)) : undefined;
        if (inline !== undefined)
            finding.suppression = { kind: 'inline', justification: inline };
        else if (ignored)
            finding.suppression = { kind: 'config', justification: `ignore: ${ignored.entry}` };
        if (finding.suppression)
            stats.suppressed++;
        findings.push(finding);
    };
    const secretSeen = options.onSecret ?? (() => { });
    // A secret scanner reads text, not YAML: where there is no parsed tree (a file that did not parse, the config file),
    // the credential rule's own text scan still runs, as that rule, so disabling the rule turns it off too.
    const credentialRule = rules.find((r) => r.meta.id === hardcoded_credential/* hardcodedCredential */.m.meta.id);
    const scanRawText = (file, lines, text) => {
        if (!credentialRule)
            return;
        // No key path to name the token by: its redacted form and occurrence (`token#n`) do, never its line.
        for (const hit of (0,hardcoded_credential/* credentialLiteralReports */.I)(text, (_offset, redacted) => ['#text', redacted])) {
            secretSeen(hit.literal);
            emit(credentialRule.meta, file, lines, hit.report);
        }
    };
    const projectRules = (options.projectRules ?? []).filter((r) => !config.rules[r.meta.id]?.disabled);
    const collected = new Map(projectRules.map((r) => [r, []]));
    const linesOf = new Map();
    for (const extra of options.extraFiles ?? [])
        linesOf.set(extra.path, new workflows_lines/* LineIndex */.r(extra.text));
    for (const input of inputs) {
        stats.files++;
        stats.bytes += input.text.length;
        const loaded = (0,source/* loadSource */.s)(input.path, input.text);
        if ((0,source/* isParseFailure */.C)(loaded)) {
            stats.parseErrors++;
            scanRawText(input.path, loaded.lines, input.text);
            if (config.rules[src_rules/* PARSE_ERROR */.to.id]?.disabled)
                continue;
            emit(src_rules/* PARSE_ERROR */.to, input.path, loaded.lines, { message: loaded.message, span: [loaded.offset, loaded.offset], path: ['parse-error'] });
            continue;
        }
        countKind(stats, loaded.kind);
        runRules(loaded, rules, emit, ruleFailures, secretSeen, options.repositoryOwner?.toLowerCase());
        if (projectRules.length > 0) {
            linesOf.set(loaded.path, loaded.lines);
            for (const rule of projectRules) {
                try {
                    const data = rule.collect(loaded);
                    if (data !== undefined)
                        collected.get(rule).push({ path: loaded.path, kind: loaded.kind, data });
                }
                catch (error) {
                    ruleFailures.push({ file: loaded.path, ruleId: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
                }
            }
        }
    }
    for (const file of options.textFiles ?? [])
        scanRawText(file.path, new workflows_lines/* LineIndex */.r(file.text), file.text);
    for (const rule of projectRules) {
        try {
            rule.finish({
                collected: collected.get(rule),
                report: (file, r) => {
                    const lines = linesOf.get(file);
                    if (!lines)
                        throw new Error(`project rule ${rule.meta.id} reported on ${file}, which is neither scanned nor an extra file`);
                    emit(rule.meta, file, lines, r);
                },
            });
        }
        catch (error) {
            ruleFailures.push({ file: '(project)', ruleId: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
        }
    }
    findings.sort(compareFindings);
    return { findings, stats, ruleFailures };
}
function countKind(stats, kind) {
    if (kind === 'workflow')
        stats.workflows++;
    else
        stats.actions++;
}
function runRules(file, rules, emit, failures, secretSeen, repositoryOwner) {
    for (const rule of rules) {
        if (!rule.meta.appliesTo.includes(file.kind))
            continue;
        try {
            rule.check({ file, report: (r) => emit(rule.meta, file.path, file.lines, r), secretSeen, ...(repositoryOwner ? { repositoryOwner } : {}) });
        }
        catch (error) {
            failures.push({ file: file.path, ruleId: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
        }
    }
}
function compareFindings(a, b) {
    return ((a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
        a.location.startLine - b.location.startLine ||
        a.location.startColumn - b.location.startColumn ||
        (0,model_severity/* severityRank */.qs)(b.severity) - (0,model_severity/* severityRank */.qs)(a.severity) ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
/** Findings that count towards failing: unsuppressed, at or above fail-on. */
function failingFindings(findings, failOn) {
    if (failOn === 'none')
        return [];
    return findings.filter((f) => !f.suppression && (0,model_severity/* atOrAbove */.kU)(f.severity, failOn));
}

;// CONCATENATED MODULE: ./src/parallel.ts
/**
 * Spreading a scan over several threads. A shard is a list of files; each thread reads and scans its own
 * files and returns plain findings, which are merged and sorted. Findings never depend on other files
 * (fingerprints are per file), so sharding does not change the result — a test compares both ways.
 */



function scanShard(shard, onSecret) {
    return scan(readInputs({ root: shard.root, files: shard.files }), {
        config: shard.config,
        ...(onSecret ? { onSecret } : {}),
        ...(shard.repositoryOwner ? { repositoryOwner: shard.repositoryOwner } : {}),
    });
}
/** Splits files into `n` shards of similar total size (largest first, each to the lightest shard). */
function splitBySize(files, n) {
    const sized = files.map((f) => {
        let size = 0;
        try {
            size = (0,external_node_fs_namespaceObject.statSync)(f).size;
        }
        catch {
            // unreadable files are reported when read
        }
        return { f, size };
    });
    sized.sort((a, b) => b.size - a.size);
    const shards = Array.from({ length: n }, () => ({ files: [], size: 0 }));
    for (const { f, size } of sized) {
        let lightest = shards[0];
        for (const s of shards)
            if (s.size < lightest.size)
                lightest = s;
        lightest.files.push(f);
        lightest.size += size;
    }
    // Keep each shard in path order so reading is sequential on disk, as in a single-threaded scan.
    return shards.map((s) => s.files.sort()).filter((s) => s.length > 0);
}
function mergeResults(results) {
    const merged = {
        findings: results.flatMap((r) => r.findings),
        stats: { files: 0, workflows: 0, actions: 0, parseErrors: 0, bytes: 0, suppressed: 0, belowMinSeverity: 0 },
        ruleFailures: results.flatMap((r) => r.ruleFailures),
    };
    for (const r of results)
        for (const k of Object.keys(merged.stats))
            merged.stats[k] += r.stats[k];
    merged.findings.sort(compareFindings);
    return merged;
}
/**
 * Scans `files` with this thread and `extraThreads` workers. Below `minFiles` the start-up of a worker costs
 * more than it saves, so small scans stay on one thread.
 */
async function scanInParallel(shard, runner, extraThreads, minFiles = 200) {
    if (extraThreads < 1 || shard.files.length < minFiles)
        return scanShard(shard);
    const parts = splitBySize(shard.files, extraThreads + 1);
    const [own, ...others] = parts;
    // Start the workers first, then scan our own share while they run.
    const remote = others.map((files) => runner({ ...shard, files }));
    const local = scanShard({ ...shard, files: own ?? [] });
    return mergeResults([local, ...(await Promise.all(remote))]);
}

;// CONCATENATED MODULE: ./src/registry/load-file.ts
/**
 * The one place the registry touches the disk: finding the file and reading it. Everything else in src/registry is pure.
 */




const DEFAULT_REGISTRY_PATH = '.github/token-scope-map.yml';
/** Where the in-house tooling this project grew out of kept it; read when the default is absent. */
const LEGACY_REGISTRY_PATH = '.codex/tokens/token_scope_map.yaml';
function relative(root, file) {
    return external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/') || external_node_path_default().basename(file);
}
function read(file, shown) {
    try {
        if (!(0,external_node_fs_namespaceObject.statSync)(file).isFile())
            throw new UsageError(`registry is not a file: ${shown}`);
        return (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        throw new UsageError(`cannot read registry ${shown}: ${error.code ?? String(error)}`);
    }
}
/**
 * Finds the registry: an explicit path (resolved against `cwd`) must exist; otherwise `.github/token-scope-map.yml`
 * under `root`, else the legacy `.codex/tokens/token_scope_map.yaml`. Undefined when there is none (registry rules are
 * then skipped, and the summary should say so). Throws UsageError for a missing explicit path or an unreadable file.
 */
function findRegistryFile(root, explicit, cwd) {
    if (explicit) {
        const file = external_node_path_default().resolve(cwd, explicit);
        if (!(0,external_node_fs_namespaceObject.existsSync)(file))
            throw new UsageError(`registry file not found: ${explicit}`);
        return { path: relative(root, file), absolutePath: file, text: read(file, explicit), legacy: false };
    }
    for (const [candidate, legacy] of [
        [DEFAULT_REGISTRY_PATH, false],
        [LEGACY_REGISTRY_PATH, true],
    ]) {
        const file = external_node_path_default().join(root, candidate);
        if (!(0,external_node_fs_namespaceObject.existsSync)(file))
            continue;
        // The default file comes with the repository: a link out of it is not followed.
        if (!isWithin(realOrSelf(root), realOrSelf(file))) {
            throw new UsageError(`${candidate} is a symbolic link to a path outside the scan root: not followed (name the file with --registry if it is meant)`);
        }
        return { path: candidate, absolutePath: file, text: read(file, candidate), legacy };
    }
    return undefined;
}
/**
 * Finds and validates the registry, importing the parser (zod, yaml) only when there is a file. Does not throw for
 * invalid content: `check.issues` lists every problem (exit code 2 at the entry points), `check.registry` is set when
 * there are none.
 */
async function loadRegistryFile(root, explicit, cwd, onSecret) {
    const file = findRegistryFile(root, explicit, cwd);
    if (!file)
        return undefined;
    const { checkRegistry } = await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(583)]).then(__nccwpck_require__.bind(__nccwpck_require__, 583));
    return { file, check: checkRegistry(file.text, file.path, onSecret) };
}
/** Like loadRegistryFile, but throws ConfigError (every problem listed) when the registry is invalid. */
async function loadRegistry(root, explicit, cwd, onSecret) {
    const loaded = await loadRegistryFile(root, explicit, cwd, onSecret);
    if (!loaded)
        return undefined;
    if (!loaded.check.registry) {
        const { ConfigError } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 257));
        const { pastedSecretMessage } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 399));
        // An invalid registry is not scanned, so the credentials read from its text are reported here, with the problems
        // (once each: one already named by an issue at the same position is not repeated).
        const listed = new Set(loaded.check.issues.map((i) => `${i.line}:${i.column}`));
        const pasted = loaded.check.pastedSecrets
            .filter((p) => !listed.has(`${p.line}:${p.column}`))
            .map((p) => ({ file: loaded.file.path, line: p.line, column: p.column, key: '', message: pastedSecretMessage(p) }));
        throw new ConfigError([...loaded.check.issues, ...pasted].sort((a, b) => a.line - b.line || a.column - b.column));
    }
    return { file: loaded.file, registry: loaded.check.registry };
}

// EXTERNAL MODULE: ./src/registry/rules/index.ts + 11 modules
var rules = __nccwpck_require__(634);
// EXTERNAL MODULE: ./src/registry/types.ts
var registry_types = __nccwpck_require__(234);
;// CONCATENATED MODULE: ./src/registry/matrix.ts
/**
 * The token permissions matrix: every registered token with its owner, category, risk, kind, scopes, where it may be
 * used, where it is actually used, and its expiry — built from the registry and a usage summary, rendered as
 * Markdown, JSON or CSV. Pure: the clock is an argument.
 */


const MATRIX_FORMATS = (/* unused pure expression or super */ null && (['markdown', 'json', 'csv']));
const DAY_MS = 86_400_000;
function addDays(date, days) {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
function isoDay(now) {
    return now.toISOString().slice(0, 10);
}
function expiryOf(token, thresholds, now) {
    const candidates = [];
    if (token.expires)
        candidates.push(token.expires);
    if (token.rotated && token.maxAgeDays !== undefined)
        candidates.push(addDays(token.rotated, token.maxAgeDays));
    const due = candidates.sort()[0] ?? null;
    let daysLeft = null;
    let status = null;
    if (due && now) {
        daysLeft = Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${isoDay(now)}T00:00:00Z`)) / DAY_MS);
        status = daysLeft < 0 ? 'expired' : daysLeft <= thresholds.critical ? 'critical' : daysLeft <= thresholds.warning ? 'warning' : daysLeft <= thresholds.info ? 'info' : 'ok';
    }
    return { expires: token.expires ?? null, rotated: token.rotated ?? null, maxAgeDays: token.maxAgeDays ?? null, due, daysLeft, status };
}
/** Free text shown in the matrix, unless a credential was pasted into it (the pasted-secret rule reports that). */
function shown(registry, token, field) {
    const value = token[field];
    if (value === undefined)
        return null;
    const spans = registry.positions[(0,registry_types/* pathKey */.Pn)(['tokens', token.name, field])];
    const tainted = spans !== undefined && registry.pastedSecrets.some((p) => p.span[0] < spans.value[1] && spans.value[0] < p.span[1]);
    return tainted ? '[withheld: holds a pasted credential]' : (0,secrets_text/* redactTokensIn */.Ro)(value);
}
function scopeText(token) {
    return token.scopes.map((s) => (s.form === 'permission' ? `${s.name}: ${s.level}` : s.name));
}
/** The matrix data. Without `usage`, "where actually used" is unknown (null); without `now`, expiry is not graded. */
function buildTokenMatrix(registry, usage, options = {}) {
    const registered = new Set(registry.tokens.map((t) => t.key));
    const tokens = registry.tokens.map((t) => ({
        token: t.name,
        owner: shown(registry, t, 'owner'),
        category: t.category,
        risk: t.risk,
        kind: t.kind,
        scopes: scopeText(t),
        reason: shown(registry, t, 'reason'),
        usedBy: t.usedBy ?? null,
        usedIn: usage ? (usage.secrets[t.key]?.files ?? []) : null,
        environments: t.environments ?? null,
        expiry: expiryOf(t, registry.policy.thresholds, options.now),
    }));
    const unregistered = usage
        ? Object.entries(usage.secrets)
            .filter(([key]) => !registered.has(key))
            .map(([, u]) => ({ name: u.name, usedIn: u.files }))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        : [];
    return {
        version: 1,
        registry: registry.file,
        asOf: options.now ? isoDay(options.now) : null,
        scannedFiles: usage ? usage.files : null,
        policy: { defaultToken: registry.policy.defaultToken, defaultTokenAllowedIn: registry.policy.defaultTokenAllowedIn, thresholds: registry.policy.thresholds },
        tokens,
        unregistered,
        githubToken: { explicitUseIn: usage ? usage.githubTokenFiles : null, writeGrantsIn: usage ? usage.writeGrantFiles : null },
    };
}
// ---- Markdown ----
/** Inline code that survives any content: pipes escaped for tables, backticks fenced by a longer run. */
function code(text) {
    const clean = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}
function cell(text) {
    return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
function codeList(items) {
    return items.map(code).join(', ');
}
function expiryCell(e) {
    if (!e.due)
        return 'none declared';
    const how = e.expires && e.due === e.expires ? `expires ${e.due}` : `rotate by ${e.due} (${e.rotated} + ${e.maxAgeDays} d)`;
    if (e.daysLeft === null)
        return how;
    const when = e.daysLeft < 0 ? `${-e.daysLeft} d ago` : `in ${e.daysLeft} d`;
    return `${how}, ${when}${e.status && e.status !== 'ok' ? ` **${e.status}**` : ''}`;
}
function renderMatrixMarkdown(m) {
    const out = ['### Token permissions matrix', ''];
    const allowed = m.policy.defaultTokenAllowedIn.length ? ` (except in ${codeList(m.policy.defaultTokenAllowedIn)})` : '';
    const scanned = m.scannedFiles === null ? 'usage not scanned' : `${m.scannedFiles} file${m.scannedFiles === 1 ? '' : 's'} scanned`;
    out.push(`Registry ${code(m.registry)} · ${m.tokens.length} token${m.tokens.length === 1 ? '' : 's'} · ${scanned}${m.asOf ? ` · as of ${m.asOf}` : ''} · default token policy: **${m.policy.defaultToken}**${allowed}`, '');
    if (m.tokens.length === 0)
        out.push('The registry lists no tokens.', '');
    else {
        out.push('| Token | Owner | Category | Risk | Kind | Scopes | May be used in | Used in | Expiry |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
        for (const r of m.tokens) {
            const usedBy = r.usedBy === null ? 'anywhere' : r.usedBy.length === 0 ? 'no workflow' : codeList(r.usedBy);
            const envs = r.environments?.length ? ` (environments: ${codeList(r.environments)})` : '';
            const usedIn = r.usedIn === null ? 'not scanned' : r.usedIn.length === 0 ? '—' : codeList(r.usedIn);
            out.push(`| ${code(r.token)} | ${r.owner ? code(r.owner) : '—'} | ${r.category} | ${r.risk} | ${r.kind} | ${r.scopes.length ? cell(r.scopes.join(', ')) : '—'} | ${usedBy}${envs} | ${usedIn} | ${cell(expiryCell(r.expiry))} |`);
        }
        out.push('');
    }
    if (m.unregistered.length) {
        out.push('**Used but not registered:** ' + m.unregistered.map((u) => `${code(u.name)} (${codeList(u.usedIn)})`).join(', '), '');
    }
    if (m.githubToken.explicitUseIn?.length || m.githubToken.writeGrantsIn?.length) {
        const parts = [];
        if (m.githubToken.explicitUseIn?.length)
            parts.push(`used explicitly in ${codeList(m.githubToken.explicitUseIn)}`);
        if (m.githubToken.writeGrantsIn?.length)
            parts.push(`granted write access in ${codeList(m.githubToken.writeGrantsIn)}`);
        out.push(`**GITHUB_TOKEN:** ${parts.join('; ')}.`, '');
    }
    return out.join('\n');
}
// ---- JSON ----
function renderMatrixJson(m) {
    return JSON.stringify(m, null, 2) + '\n';
}
// ---- CSV (RFC 4180) ----
const MATRIX_CSV_COLUMNS = (/* unused pure expression or super */ null && ([
    'token',
    'owner',
    'category',
    'risk',
    'kind',
    'scopes',
    'reason',
    'used_by',
    'used_in',
    'environments',
    'expires',
    'rotated',
    'max_age_days',
    'due',
    'days_left',
    'status',
]));
/**
 * One CSV field. Spreadsheets run a cell starting with = + - @ (or a tab/CR) as a formula: such cells get a leading
 * apostrophe (OWASP's advice for CSV injection), so `@org/platform` reads `'@org/platform`.
 */
function csvField(value) {
    let text = value === null ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text))
        text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function renderMatrixCsv(m) {
    const list = (items, none) => (items === null ? none : items.join('; '));
    const rows = m.tokens.map((r) => [
        r.token,
        r.owner,
        r.category,
        r.risk,
        r.kind,
        r.scopes.join('; '),
        r.reason,
        list(r.usedBy, '*'),
        list(r.usedIn, 'not scanned'),
        list(r.environments, ''),
        r.expiry.expires,
        r.expiry.rotated,
        r.expiry.maxAgeDays,
        r.expiry.due,
        r.expiry.daysLeft,
        r.expiry.status,
    ]
        .map(csvField)
        .join(','));
    return [MATRIX_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
function renderTokenMatrix(m, format) {
    if (format === 'json')
        return renderMatrixJson(m);
    if (format === 'csv')
        return renderMatrixCsv(m);
    return renderMatrixMarkdown(m);
}

;// CONCATENATED MODULE: ./src/version.ts
/** The tool's version (a test keeps it equal to package.json's). */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/pipeline.ts
/** The scan pipeline shared by the CLI and the action: discover → read → scan → report input. */










async function runScan(options) {
    const found = discover(options.paths, options.cwd, options.root);
    // The config and the registry belong to the scan root: they judge the files under it. A file named on the command
    // line from outside the root (another checkout) is judged by the defaults; `fail-on`/`min-severity` given as flags
    // or inputs still apply to it. When every file found is outside the root, the root's own config and registry are
    // not even read (explicit --config/--registry still are).
    const own = found.files.filter((f) => isWithin(found.root, f));
    const foreign = found.files.filter((f) => !isWithin(found.root, f));
    const rootScanned = own.length > 0 || foreign.length === 0;
    const overrides = {
        ...(options.failOn ? { failOn: options.failOn } : {}),
        ...(options.minSeverity ? { minSeverity: options.minSeverity } : {}),
    };
    const loaded = rootScanned || options.configPath ? await loadConfig(found.root, options.configPath, options.cwd, options.onSecret) : { config: types/* DEFAULT_CONFIG */.P };
    const config = { ...loaded.config, ...overrides };
    // An invalid registry is a configuration error (ConfigError, exit code 2), like an invalid config file.
    const registry = rootScanned || options.registryPath ? await loadRegistry(found.root, options.registryPath, options.cwd, options.onSecret) : undefined;
    const repository = options.repository ?? (options.detectRepository ? repositoryFromGit(found.root) : undefined);
    const repositoryOwner = repository?.split('/')[0]?.toLowerCase();
    let result;
    let usage;
    if (registry) {
        // The registry is judged against every file at once (project rules): one thread, and never scanned as a workflow.
        const files = own.filter((f) => f !== registry.file.absolutePath);
        result = scan(readInputs({ root: found.root, files }), {
            config,
            projectRules: (0,rules/* registryProjectRules */.GZ)(registry.registry, registry.file.path, { onUsage: (u) => (usage = u) }),
            extraFiles: [{ path: registry.file.path, text: registry.file.text }],
            ...(options.onSecret ? { onSecret: options.onSecret } : {}),
            ...(repositoryOwner ? { repositoryOwner } : {}),
        });
    }
    else {
        const shard = { root: found.root, files: own, config, ...(repositoryOwner ? { repositoryOwner } : {}) };
        // Masking must happen in this process: with a secret callback, stay on this thread.
        result =
            options.parallel && !options.onSecret
                ? await scanInParallel(shard, options.parallel.runner, options.parallel.extraThreads)
                : scanShard(shard, options.onSecret);
    }
    if (foreign.length > 0) {
        const defaults = { ...types/* DEFAULT_CONFIG */.P, ...overrides };
        result = mergeResults([result, scanShard({ root: found.root, files: foreign, config: defaults }, options.onSecret)]);
    }
    // The config file is read as text too (credential literals), unless it was scanned already as one of the files.
    if (loaded.file && loaded.text !== undefined && !found.files.includes(loaded.file)) {
        const configScan = scan([], {
            config,
            textFiles: [{ path: relativePath(found.root, loaded.file), text: loaded.text }],
            ...(options.onSecret ? { onSecret: options.onSecret } : {}),
        });
        if (configScan.findings.length > 0 || configScan.stats.belowMinSeverity > 0)
            result = mergeResults([result, configScan]);
    }
    const report = {
        toolVersion: VERSION,
        findings: result.findings,
        stats: result.stats,
        ruleFailures: result.ruleFailures,
        skipped: found.skipped,
        failOn: config.failOn,
        minSeverity: config.minSeverity,
        registry: registry
            ? {
                path: registry.file.path,
                tokens: registry.registry.tokens.length,
                ...(options.registryReport ? { matrix: buildTokenMatrix(registry.registry, usage, { now: options.now ?? new Date() }) } : {}),
            }
            : null,
        ...(options.links ? { links: options.links } : {}),
    };
    return { root: found.root, config, ...(loaded.file ? { configFile: loaded.file } : {}), result, report };
}

;// CONCATENATED MODULE: ./src/report/json.ts



/** Version of the JSON report shape. Additions keep the version; removals or renames bump it. */
const JSON_REPORT_VERSION = 1;
function toJsonFinding(f) {
    const out = {
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        message: f.message,
        file: f.location.file,
        startLine: f.location.startLine,
        startColumn: f.location.startColumn,
        endLine: f.location.endLine,
        endColumn: f.location.endColumn,
        fingerprint: f.fingerprint,
        suppressed: f.suppression !== undefined,
        remediation: (0,src_rules/* ruleMeta */.ME)(f.ruleId)?.remediation ?? '',
    };
    if (f.suppression)
        out.suppression = { ...f.suppression };
    if (f.related) {
        out.related = f.related.map((r) => ({ message: r.message, file: r.location.file, startLine: r.location.startLine, startColumn: r.location.startColumn }));
    }
    return out;
}
function countBySeverity(findings) {
    const counts = Object.fromEntries(model_severity/* SEVERITIES */.oC.map((s) => [s, 0]));
    for (const f of findings)
        if (!f.suppression)
            counts[f.severity]++;
    return counts;
}
function buildJsonReport(input) {
    const active = input.findings.filter((f) => !f.suppression);
    return {
        version: JSON_REPORT_VERSION,
        tool: { name: 'token-warden', version: input.toolVersion },
        findings: input.findings.map(toJsonFinding),
        summary: {
            files: input.stats.files,
            workflows: input.stats.workflows,
            actions: input.stats.actions,
            parseErrors: input.stats.parseErrors,
            total: active.length,
            suppressed: input.stats.suppressed,
            belowMinSeverity: input.stats.belowMinSeverity,
            bySeverity: countBySeverity(input.findings),
            maxSeverity: (0,model_severity/* maxSeverity */.eL)(active.map((f) => f.severity)) ?? null,
            failOn: input.failOn,
            minSeverity: input.minSeverity,
            failed: failingFindings(input.findings, input.failOn).length > 0,
            ruleFailures: input.ruleFailures.map((r) => ({ ...r })),
            skipped: (input.skipped ?? []).map((f) => ({ path: f.path, reason: f.reason })),
            registry: input.registry ? { path: input.registry.path, tokens: input.registry.tokens } : null,
        },
    };
}
function renderJson(input) {
    return JSON.stringify(buildJsonReport(input), null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/context.ts
/** How reports describe each skip reason. */
const SKIP_REASONS = {
    'symlink-outside-root': 'symbolic link to a path outside the scan root, not followed',
    'broken-symlink': 'symbolic link that does not resolve',
    'not-a-regular-file': 'not a regular file (a FIFO, socket or device), never opened',
};

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and other consumers.
 *
 * Checked by Microsoft's SARIF multitool (`validate --rule-kind Sarif` and `--rule-kind Gh`) in
 * test/report/sarif.test.ts. What it still notes, on purpose:
 * - no `informationUri` / `helpUri`: the project has no public documentation URL yet, and both must be absolute;
 *   the full rule documentation is carried in `help.text` / `help.markdown` instead;
 * - no `region.snippet` / `contextRegion`: they would copy workflow text, token literals included, into the report;
 * - rule ids are the readable kebab-case ids users write in ignore comments, not `TW1001`-style ids.
 */






const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base every artifact URI is relative to: the scan root (the repository root in the action). */
const SRCROOT = '%SRCROOT%';
/** Key of our fingerprint in `partialFingerprints`; bump the version if the fingerprint recipe changes. */
const FINGERPRINT_KEY = 'tokenWarden/v1';
/** GitHub code scanning reads `security-severity` (0–10) from rule properties: >9 critical, ≥7 high, ≥4 medium. */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };
/**
 * Friendly names where the Pascal-cased id would equal the id but for case: SARIF1001 requires `name` to differ
 * from `id` (case-insensitively).
 */
const FRIENDLY_NAMES = { permissions: 'TokenPermissions' };
function sarifLevel(severity) {
    return severity === 'critical' || severity === 'high' ? 'error' : severity === 'medium' ? 'warning' : 'note';
}
function pascal(id) {
    return id.replace(/(^|[-_])([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}
/** A Pascal-case friendly name, or none when it could only repeat the id (SARIF1001). */
function friendlyName(id) {
    const name = FRIENDLY_NAMES[id] ?? pascal(id);
    return name.toLowerCase() === id.toLowerCase() ? undefined : name;
}
function problemSeverity(severity) {
    const level = sarifLevel(severity);
    return level === 'note' ? 'recommendation' : level;
}
function sarifRule(meta) {
    const name = friendlyName(meta.id);
    const suppress = `To accept one finding, add \`# token-warden: ignore[${meta.id}] reason\` on the flagged line or the line above it; ` +
        `to accept a path, list it under \`rules.${meta.id}.ignore\` (or the top-level \`ignore\`) in \`.github/token-warden.yml\`.`;
    return {
        id: meta.id,
        ...(name ? { name } : {}),
        shortDescription: { text: meta.summary },
        fullDescription: { text: `${meta.summary} ${meta.remediation}` },
        help: {
            text: `${meta.summary}\n\nRemediation: ${meta.remediation}\n\nDefault severity: ${meta.defaultSeverity}. ${suppress}`,
            markdown: `**${meta.id}** (${meta.category}): ${meta.summary}\n\n**Remediation:** ${meta.remediation}\n\n` +
                `Default severity: **${meta.defaultSeverity}**. ${suppress}`,
        },
        defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
        properties: {
            tags: [...new Set(['security', 'github-actions', meta.category, ...(meta.tags ?? [])])],
            precision: 'high',
            'problem.severity': problemSeverity(meta.defaultSeverity),
            'security-severity': SECURITY_SEVERITY[meta.defaultSeverity],
        },
    };
}
/**
 * Metadata for a rule id that is not one of ours (a rule injected through `scan({ rules })`): GitHub needs a
 * descriptor with help text for every result's rule, so one is made from what the findings say.
 */
function unknownRuleMeta(id, findings) {
    const own = findings.filter((f) => f.ruleId === id);
    return {
        id,
        category: own[0]?.category ?? id,
        defaultSeverity: (0,model_severity/* maxSeverity */.eL)(own.map((f) => f.severity)) ?? 'medium',
        summary: `Findings of the rule ${id}.`,
        remediation: 'See the message of each finding.',
        docs: '',
        appliesTo: ['workflow', 'action'],
    };
}
/** A relative URI reference for a scan-root-relative path: each segment percent-encoded, so `#`, `?` and `%` stay literal. */
function relativeUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/')
        .map(encodeURIComponent)
        .join('/');
}
/** SARIF region: 1-based lines and columns, end column exclusive (as in Location). */
function region(location) {
    const startLine = Math.max(1, location.startLine);
    const startColumn = Math.max(1, location.startColumn);
    let endLine = Math.max(startLine, location.endLine);
    let endColumn = Math.max(1, location.endColumn);
    if (endLine === startLine) {
        endColumn = Math.max(endColumn, startColumn + 1);
    }
    else if (endColumn === 1) {
        // The span ends with a line break: stop at the end of the previous line rather than highlight an empty line.
        endLine -= 1;
        endColumn = undefined;
    }
    return { startLine, startColumn, endLine, ...(endColumn !== undefined ? { endColumn } : {}) };
}
function physical(location) {
    return {
        physicalLocation: {
            artifactLocation: { uri: relativeUri(location.file), uriBaseId: SRCROOT },
            region: region(location),
        },
    };
}
function sarifResult(f, ruleIndex) {
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: sarifLevel(f.severity),
        message: { text: (0,secrets_text/* redactTokensIn */.Ro)(f.message) },
        locations: [physical(f.location)],
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties: { severity: f.severity, category: f.category },
    };
    if (f.related?.length) {
        result.relatedLocations = f.related.map((r, i) => ({ id: i + 1, ...physical(r.location), message: { text: (0,secrets_text/* redactTokensIn */.Ro)(r.message) } }));
    }
    if (f.suppression) {
        result.suppressions = [
            {
                kind: f.suppression.kind === 'inline' ? 'inSource' : 'external',
                status: 'accepted',
                justification: (0,secrets_text/* redactTokensIn */.Ro)(f.suppression.justification),
            },
        ];
    }
    return result;
}
function ruleFailureNotification(failure, index) {
    const ruleIndex = index.get(failure.ruleId);
    return {
        level: 'error',
        message: { text: (0,secrets_text/* redactTokensIn */.Ro)(`Rule ${failure.ruleId} failed on ${failure.file}: ${failure.message}`) },
        locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(failure.file), uriBaseId: SRCROOT } } }],
        associatedRule: { id: failure.ruleId, ...(ruleIndex !== undefined ? { index: ruleIndex } : {}) },
    };
}
/** A file found and not read: a warning on the invocation, so code scanning shows what was not covered. */
function skippedNotification(file) {
    return {
        level: 'warning',
        message: { text: `Skipped ${file.path}: ${SKIP_REASONS[file.reason]}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(file.path), uriBaseId: SRCROOT } } }],
        descriptor: { id: `skipped/${file.reason}` },
    };
}
/** `srcRoot` as an absolute URI ending in a slash (SARIF1004), from a URI or an absolute path. */
function baseUri(srcRoot) {
    let uri;
    if (/^[a-z][a-z0-9+.-]+:/i.test(srcRoot))
        uri = srcRoot;
    else if (external_node_path_default().isAbsolute(srcRoot))
        uri = (0,external_node_url_namespaceObject.pathToFileURL)(srcRoot).href;
    else
        throw new TypeError(`srcRoot must be an absolute URI or path, got "${srcRoot}"`);
    return uri.endsWith('/') ? uri : `${uri}/`;
}
/** SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and other consumers. */
function buildSarif(input, options = {}) {
    const known = new Set(src_rules/* ALL_RULE_META */.t_.map((m) => m.id));
    const foreign = [...new Set(input.findings.map((f) => f.ruleId).filter((id) => !known.has(id)))];
    const rules = [...src_rules/* ALL_RULE_META */.t_, ...foreign.map((id) => unknownRuleMeta(id, input.findings))];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const run = {
        tool: {
            driver: {
                name: 'token-warden',
                fullName: 'Token Warden',
                semanticVersion: input.toolVersion,
                version: input.toolVersion,
                rules: rules.map(sarifRule),
            },
        },
        automationDetails: { id: 'token-warden/' },
        columnKind: 'utf16CodeUnits',
        // A rule that threw on a file: reported next to the results, never hidden.
        invocations: [
            {
                executionSuccessful: true,
                ...(input.ruleFailures.length > 0 || input.skipped?.length
                    ? { toolExecutionNotifications: [...input.ruleFailures.map((failure) => ruleFailureNotification(failure, index)), ...(input.skipped ?? []).map(skippedNotification)] }
                    : {}),
            },
        ],
        results: input.findings.map((f) => sarifResult(f, index.get(f.ruleId))),
    };
    if (options.srcRoot) {
        run.originalUriBaseIds = { [SRCROOT]: { uri: baseUri(options.srcRoot), description: { text: 'The scan root.' } } };
    }
    const links = input.links;
    if (links && /^https?:\/\//i.test(links.serverUrl) && links.repository) {
        // In the action the scan root is the workspace, i.e. the checked-out repository at this revision.
        run.versionControlProvenance = [
            {
                repositoryUri: `${links.serverUrl.replace(/\/+$/, '')}/${links.repository}`,
                ...(links.ref ? { revisionId: links.ref } : {}),
                mappedTo: { uriBaseId: SRCROOT },
            },
        ];
    }
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [run],
    };
}
function renderSarif(input, options = {}) {
    return JSON.stringify(buildSarif(input, options), null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/markdown.ts






/** GitHub accepts at most 1 MiB of job summary per step; stay well below it. */
const SUMMARY_BUDGET = 900 * 1024;
const TOP_FINDINGS = 50;
const ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' };
function markdown_cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function locationCell(f, input) {
    const label = `${f.location.file}:${f.location.startLine}`;
    if (!input.links)
        return `\`${markdown_cell(label)}\``;
    const { serverUrl, repository, ref } = input.links;
    const path = f.location.file.split('/').map(encodeURIComponent).join('/');
    return `[${markdown_cell(label)}](${serverUrl}/${repository}/blob/${encodeURIComponent(ref)}/${path}#L${f.location.startLine})`;
}
/** The job summary: counts by severity, the top findings with links, and what to do about each rule. */
function renderMarkdown(input, annotationPlan) {
    const active = input.findings.filter((f) => !f.suppression);
    const counts = countBySeverity(input.findings);
    const worst = (0,model_severity/* maxSeverity */.eL)(active.map((f) => f.severity));
    const failed = failingFindings(input.findings, input.failOn).length > 0;
    const out = [];
    out.push(`## Token Warden: ${active.length === 0 ? 'no findings' : `${active.length} finding${active.length === 1 ? '' : 's'} (worst: ${worst})`}`);
    out.push('');
    out.push(`Scanned ${input.stats.workflows} workflow(s) and ${input.stats.actions} action(s)` +
        (input.stats.parseErrors ? `; ${input.stats.parseErrors} file(s) could not be parsed` : '') +
        (input.skipped?.length ? `; ${input.skipped.length} file(s) skipped (listed below)` : '') +
        `. Fails on: **${input.failOn}** → ${failed ? '**failed**' : 'passed'}.`);
    out.push('');
    if (input.registry)
        out.push(`Token registry: \`${input.registry.path}\` (${input.registry.tokens} token${input.registry.tokens === 1 ? '' : 's'}).`, '');
    else if (input.registry === null)
        out.push('No token registry (`.github/token-scope-map.yml`) was found: the registry rules were skipped.', '');
    out.push('| Severity | Findings |');
    out.push('| --- | ---: |');
    for (const s of model_severity/* SEVERITIES */.oC)
        out.push(`| ${ICON[s]} ${s} | ${counts[s]} |`);
    if (input.stats.suppressed)
        out.push(`| suppressed | ${input.stats.suppressed} |`);
    if (input.stats.belowMinSeverity)
        out.push(`| below ${input.minSeverity} (not shown) | ${input.stats.belowMinSeverity} |`);
    out.push('');
    if (annotationPlan) {
        const more = annotationPlan.omitted.error + annotationPlan.omitted.warning + annotationPlan.omitted.notice;
        if (more > 0) {
            out.push(`> GitHub shows 10 annotations per level: ${more} more finding(s) are not annotated ` +
                `(${annotationPlan.omitted.error} error, ${annotationPlan.omitted.warning} warning, ${annotationPlan.omitted.notice} notice). All are listed here and in the SARIF/JSON reports.`);
            out.push('');
        }
    }
    if (active.length > 0) {
        const top = [...active].sort((a, b) => (0,model_severity/* severityRank */.qs)(b.severity) - (0,model_severity/* severityRank */.qs)(a.severity)).slice(0, TOP_FINDINGS);
        out.push(`### ${top.length < active.length ? `Top ${top.length} of ${active.length} findings` : 'Findings'}`);
        out.push('');
        out.push('| Severity | Rule | Location | Message |');
        out.push('| --- | --- | --- | --- |');
        let size = out.join('\n').length;
        let shown = 0;
        for (const f of top) {
            const row = `| ${ICON[f.severity]} ${f.severity} | \`${f.ruleId}\` | ${locationCell(f, input)} | ${markdown_cell(f.message)} |`;
            if (size + row.length > SUMMARY_BUDGET / 2)
                break;
            out.push(row);
            size += row.length + 1;
            shown++;
        }
        if (shown < top.length)
            out.push(`\n_${top.length - shown} more rows left out to stay within GitHub's summary size limit._`);
        out.push('');
        out.push('### How to fix');
        out.push('');
        const rules = [...new Set(active.map((f) => f.ruleId))];
        for (const id of rules) {
            const meta = (0,src_rules/* ruleMeta */.ME)(id);
            if (meta)
                out.push(`- **${id}**: ${meta.remediation}`);
        }
        out.push('');
    }
    if (input.registry?.matrix) {
        out.push(renderMatrixMarkdown(input.registry.matrix));
        out.push('');
    }
    if (input.skipped?.length) {
        out.push('### Skipped files');
        out.push('');
        const shown = input.skipped.slice(0, TOP_FINDINGS);
        for (const f of shown)
            out.push(`- \`${markdown_cell(f.path)}\`: ${SKIP_REASONS[f.reason]}`);
        if (shown.length < input.skipped.length)
            out.push(`- … and ${input.skipped.length - shown.length} more (all are listed in the JSON report)`);
        out.push('');
    }
    if (input.ruleFailures.length) {
        out.push('### Rule failures');
        out.push('');
        for (const r of input.ruleFailures)
            out.push(`- \`${r.ruleId}\` on \`${r.file}\`: ${markdown_cell(r.message)}`);
        out.push('');
    }
    let text = out.join('\n');
    if (text.length > SUMMARY_BUDGET)
        text = text.slice(0, SUMMARY_BUDGET) + '\n\n_Summary truncated._\n';
    return text;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts


/** GitHub shows 10 error, 10 warning and 10 notice annotations per step. */
const ANNOTATIONS_PER_LEVEL = 10;
function level(f) {
    const l = sarifLevel(f.severity);
    return l === 'note' ? 'notice' : l;
}
/** Picks the annotations to emit: unsuppressed findings, most severe first, at most `perLevel` per level. */
function planAnnotations(findings, perLevel = ANNOTATIONS_PER_LEVEL) {
    const sorted = findings.filter((f) => !f.suppression).sort((a, b) => (0,model_severity/* severityRank */.qs)(b.severity) - (0,model_severity/* severityRank */.qs)(a.severity));
    const used = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    for (const f of sorted) {
        const l = level(f);
        if (used[l] >= perLevel) {
            omitted[l]++;
            continue;
        }
        used[l]++;
        annotations.push({
            level: l,
            title: `token-warden ${f.ruleId} (${f.severity})`,
            message: f.message,
            ...f.location,
        });
    }
    return { annotations, omitted };
}
function annotations_escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function annotations_escapeProperty(s) {
    return annotations_escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Workflow-command lines (`::error file=…::message`) for `--format github`. */
function renderGithubCommands(findings) {
    const plan = planAnnotations(findings);
    const lines = plan.annotations.map((a) => {
        const props = [
            `file=${annotations_escapeProperty(a.file)}`,
            `line=${a.startLine}`,
            `col=${a.startColumn}`,
            `endLine=${a.endLine}`,
            ...(a.endLine === a.startLine ? [`endColumn=${a.endColumn}`] : []),
            `title=${annotations_escapeProperty(a.title)}`,
        ].join(',');
        return `::${a.level} ${props}::${annotations_escapeData(a.message)}`;
    });
    const more = plan.omitted.error + plan.omitted.warning + plan.omitted.notice;
    if (more > 0)
        lines.push(`::notice title=token-warden::${more} more finding(s) not annotated (GitHub shows 10 per level); see the job summary or SARIF`);
    return lines.length ? lines.join('\n') + '\n' : '';
}

;// CONCATENATED MODULE: ./src/report/text.ts



const COLOUR = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m' };
const RESET = '\x1b[0m';
/** `file:line:col  severity  rule  message` per finding, then a one-line summary. Colour only when asked (a TTY). */
function renderText(input, options = {}) {
    const paint = (s, text) => (options.colour ? `${COLOUR[s]}${text}${RESET}` : text);
    const lines = [];
    for (const f of input.findings) {
        const where = `${f.location.file}:${f.location.startLine}:${f.location.startColumn}`;
        const sev = paint(f.severity, f.severity.padEnd(8));
        const suppressed = f.suppression ? ` [suppressed: ${f.suppression.justification}]` : '';
        lines.push(`${where}  ${sev}  ${f.ruleId}  ${f.message}${suppressed}`);
    }
    lines.push('');
    lines.push(summaryLine(input));
    if (input.registry)
        lines.push(`token registry: ${input.registry.path} (${input.registry.tokens} tokens)`);
    else if (input.registry === null)
        lines.push('no token registry found: registry rules skipped');
    for (const s of input.skipped ?? [])
        lines.push(`skipped: ${s.path}: ${SKIP_REASONS[s.reason]}`);
    for (const r of input.ruleFailures)
        lines.push(`warning: rule ${r.ruleId} failed on ${r.file}: ${r.message}`);
    return lines.join('\n') + '\n';
}
/** One line: how many findings, of which severities, and whether any is at or above fail-on. */
function summaryLine(input) {
    const counts = countBySeverity(input.findings);
    const active = input.findings.filter((f) => !f.suppression).length;
    const parts = Object.keys(counts).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
    const failing = failingFindings(input.findings, input.failOn).length;
    return (`${active} finding(s)${parts.length ? ` (${parts.join(', ')})` : ''} in ${input.stats.files} file(s)` +
        (input.stats.suppressed ? `, ${input.stats.suppressed} suppressed` : '') +
        (input.stats.parseErrors ? `, ${input.stats.parseErrors} unparsable` : '') +
        (input.skipped?.length ? `, ${input.skipped.length} skipped` : '') +
        (input.failOn === 'none' ? '' : failing ? `; ${failing} at or above ${input.failOn}` : `; none at or above ${input.failOn}`));
}

;// CONCATENATED MODULE: ./src/main.ts
/** The action: inputs → scan → reports → outputs. One catch, which fails the step with a one-line reason. */















function writeReport(workspace, file, content) {
    const abs = external_node_path_default().resolve(workspace, file);
    (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(abs), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(abs, content);
    return abs;
}
async function run() {
    try {
        const settings = readSettings();
        const { root, report } = await runScan({
            paths: settings.paths,
            cwd: settings.workspace,
            root: settings.workspace,
            ...(settings.config ? { configPath: settings.config } : {}),
            ...(settings.failOn ? { failOn: settings.failOn } : {}),
            ...(settings.minSeverity ? { minSeverity: settings.minSeverity } : {}),
            ...(settings.links ? { links: settings.links } : {}),
            ...(settings.registry ? { registryPath: settings.registry } : {}),
            ...(settings.repository ? { repository: settings.repository } : {}),
            registryReport: settings.registryReport,
            // A credential read from a scanned file (a hard-coded token, a value pasted into the registry) is masked in
            // this job's log at once, in case a later step prints the file.
            onSecret: (value) => core_setSecret(value),
        });
        const active = report.findings.filter((f) => !f.suppression);
        info(renderText(report, { colour: false }).trimEnd());
        const plan = planAnnotations(report.findings);
        if (settings.annotations) {
            for (const a of plan.annotations) {
                const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn };
                if (a.endLine === a.startLine)
                    props.endColumn = a.endColumn;
                if (a.level === 'error')
                    error(a.message, props);
                else if (a.level === 'warning')
                    warning(a.message, props);
                else
                    notice(a.message, props);
            }
        }
        if (settings.summary)
            await summary.addRaw(renderMarkdown(report, settings.annotations ? plan : undefined), true).write();
        let sarifPath = '';
        let jsonPath = '';
        if (settings.sarifFile)
            sarifPath = writeReport(settings.workspace, settings.sarifFile, renderSarif(report, { srcRoot: (0,external_node_url_namespaceObject.pathToFileURL)(root).href }));
        if (settings.jsonFile)
            jsonPath = writeReport(settings.workspace, settings.jsonFile, renderJson(report));
        setOutput('findings-count', String(active.length));
        setOutput('max-severity', (0,model_severity/* maxSeverity */.eL)(active.map((f) => f.severity)) ?? 'none');
        setOutput('sarif-file', sarifPath);
        setOutput('json-file', jsonPath);
        for (const r of report.ruleFailures)
            warning(`rule ${r.ruleId} failed on ${r.file}: ${r.message}`);
        const failing = failingFindings(report.findings, report.failOn);
        if (failing.length > 0) {
            setFailed(`${failing.length} finding(s) at or above ${report.failOn} (worst: ${(0,model_severity/* maxSeverity */.eL)(failing.map((f) => f.severity))})`);
        }
    }
    catch (error) {
        if (error instanceof validate_error.ConfigError)
            setFailed(`invalid configuration: ${error.message.replace(/\n/g, '; ')}`);
        else
            setFailed(error instanceof Error ? error.message : String(error));
        // As the CLI: 1 means findings at or above fail-on, 2 a usage or configuration error.
        if (error instanceof validate_error.ConfigError || error instanceof UsageError)
            process.exitCode = 2;
    }
}


/***/ }),

/***/ 98:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ pathMatcher)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

function pathMatcher(globs) {
    const compiled = globs.map((g) => picomatch__WEBPACK_IMPORTED_MODULE_0___default()(g.replace(/^\.\//, ''), { dot: true }));
    return {
        globs,
        matches: (file) => {
            const f = file.replace(/^\.\//, '');
            return compiled.some((m) => m(f));
        },
    };
}


/***/ }),

/***/ 502:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ bySeverityDesc),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   eL: () => (/* binding */ maxSeverity),
/* harmony export */   kU: () => (/* binding */ atOrAbove),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/* unused harmony export isSeverity */
/** The severity scale, most severe first. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
/** Threshold values accepted by `fail-on`: a severity, or `none` (never fail on findings). */
const FAIL_ON_VALUES = [...SEVERITIES.filter((s) => s !== 'info'), 'none'];
const RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
/** Numeric rank: critical = 4 … info = 0. */
function severityRank(severity) {
    return RANK[severity];
}
/** True when `severity` is at or above `threshold`. */
function atOrAbove(severity, threshold) {
    return RANK[severity] >= RANK[threshold];
}
/** Sort comparator: most severe first. */
function bySeverityDesc(a, b) {
    return RANK[b] - RANK[a];
}
function isSeverity(value) {
    return SEVERITIES.includes(value);
}
/** The most severe of a list, or undefined for an empty list. */
function maxSeverity(severities) {
    let best;
    for (const s of severities)
        if (best === undefined || RANK[s] > RANK[best])
            best = s;
    return best;
}


/***/ }),

/***/ 691:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, closest */
/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a, b) {
    if (a === b)
        return 0;
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** The closest candidate within a distance proportional to the word's length, if any. */
function closest(word, candidates) {
    const lower = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = editDistance(lower, c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    const limit = Math.max(2, Math.floor(word.length / 3));
    return bestDistance <= limit ? best : undefined;
}
/** " (did you mean "x"?)" or "". */
function didYouMean(word, candidates) {
    const c = closest(word, candidates);
    return c === undefined ? '' : ` (did you mean "${c}"?)`;
}


/***/ }),

/***/ 634:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PC: () => (/* binding */ REGISTRY_RULE_META),
  GZ: () => (/* binding */ registryProjectRules)
});

// UNUSED EXPORTS: REGISTRY_RULES, pastedSecretMessage

// EXTERNAL MODULE: ./src/model/globs.ts
var globs = __nccwpck_require__(98);
// EXTERNAL MODULE: ./src/workflows/model.ts
var model = __nccwpck_require__(523);
// EXTERNAL MODULE: ./src/workflows/source.ts
var source = __nccwpck_require__(169);
// EXTERNAL MODULE: ./src/workflows/yaml.ts
var yaml = __nccwpck_require__(471);
;// CONCATENATED MODULE: ./src/registry/usage.ts



const USAGE = Symbol('registryUsage');
function environmentOf(job) {
    const env = job.environment;
    const name = typeof env === 'string' ? env : (0,yaml/* isMap */.jh)(env) ? env.name : undefined;
    if (name === undefined || name === null)
        return { kind: 'none' };
    if (typeof name !== 'string')
        return { kind: 'dynamic' };
    if (name.includes('${{'))
        return { kind: 'dynamic' };
    return { kind: 'static', name: name.trim() };
}
function declaredSecretsOf(root) {
    const on = root.on;
    if (!(0,yaml/* isMap */.jh)(on))
        return [];
    const call = on.workflow_call;
    if (!(0,yaml/* isMap */.jh)(call) || !(0,yaml/* isMap */.jh)(call.secrets))
        return [];
    return Object.keys(call.secrets).map((n) => n.toUpperCase());
}
/** `id-token: write` lets a job request an OIDC token — the way to avoid long-lived secrets — and writes nothing. */
const NOT_A_WRITE = new Set(['id-token']);
function writeGrantOf(holder, basePath, level, job) {
    if (!('permissions' in holder))
        return undefined;
    const permissions = holder.permissions;
    const path = [...basePath, 'permissions'];
    const at = job === undefined ? {} : { job };
    if (typeof permissions === 'string' && permissions.trim() === 'write-all') {
        return { scopes: ['write-all'], level, ...at, span: (0,yaml/* valueSpan */.MK)(holder, 'permissions'), path };
    }
    if (!(0,yaml/* isMap */.jh)(permissions))
        return undefined;
    const scopes = Object.keys(permissions).filter((s) => permissions[s] === 'write' && !NOT_A_WRITE.has(s));
    if (scopes.length === 0)
        return undefined;
    return { scopes, level, ...at, span: (0,yaml/* entrySpan */.hn)(permissions, scopes[0]), path };
}
/** Extracts a file's secret and token usage (memoised per parsed file: every registry rule asks). */
function collectUsage(file) {
    const hit = file.memo.get(USAGE);
    if (hit)
        return hit;
    const root = file.root;
    const jobs = file.kind === 'workflow' ? (0,model/* jobsOf */.aG)(root) : [];
    const environments = new Map(jobs.map((j) => [j.id, environmentOf(j.job)]));
    const site = (span, path) => {
        if (file.kind !== 'workflow' || path[0] !== 'jobs' || typeof path[1] !== 'string')
            return { span, path };
        const job = path[1];
        return { span, path, job, environment: environments.get(job) ?? { kind: 'none' } };
    };
    const usage = { secrets: [], githubToken: [], bulk: [], writeGrants: [], declaredSecrets: file.kind === 'workflow' ? declaredSecretsOf(root) : [] };
    for (const ref of file.expressions.all()) {
        const a = ref.analysis;
        for (const name of a.secretNames) {
            if (name.toUpperCase() === 'GITHUB_TOKEN')
                continue;
            usage.secrets.push({ ...site(ref.span, ref.path), name, key: name.toUpperCase() });
        }
        if (a.githubToken)
            usage.githubToken.push(site(ref.span, ref.path));
        if (a.wholeSecrets)
            usage.bulk.push({ ...site(ref.span, ref.path), how: 'whole-secrets' });
        else if (a.dynamicSecretIndex)
            usage.bulk.push({ ...site(ref.span, ref.path), how: 'dynamic-index' });
    }
    for (const job of jobs) {
        if ((0,model/* isReusableCall */.qg)(job.job) && typeof job.job.secrets === 'string' && job.job.secrets.trim() === 'inherit') {
            usage.bulk.push({ ...site((0,yaml/* entrySpan */.hn)(job.job, 'secrets'), [...job.path, 'secrets']), how: 'secrets-inherit', target: String(job.job.uses) });
        }
    }
    if (file.kind === 'workflow') {
        const top = writeGrantOf(root, [], 'workflow');
        if (top)
            usage.writeGrants.push(top);
        for (const job of jobs) {
            const grant = writeGrantOf(job.job, job.path, 'job', job.id);
            if (grant)
                usage.writeGrants.push(grant);
        }
    }
    const byOffset = (a, b) => a.span[0] - b.span[0];
    usage.secrets.sort(byOffset);
    usage.githubToken.sort(byOffset);
    usage.bulk.sort(byOffset);
    file.memo.set(USAGE, usage);
    return usage;
}
function summariseUsage(collected) {
    const secrets = {};
    const github = new Set();
    const writes = new Set();
    const bulk = new Set();
    for (const { path, data } of collected) {
        for (const ref of data.secrets) {
            const entry = (secrets[ref.key] ??= { name: ref.name, files: [] });
            if (!entry.files.includes(path))
                entry.files.push(path);
        }
        if (data.githubToken.length)
            github.add(path);
        if (data.writeGrants.length)
            writes.add(path);
        if (data.bulk.length)
            bulk.add(path);
    }
    for (const entry of Object.values(secrets))
        entry.files.sort();
    return {
        files: collected.length,
        secrets,
        githubTokenFiles: [...github].sort(),
        writeGrantFiles: [...writes].sort(),
        bulkExposureFiles: [...bulk].sort(),
    };
}
/** Usage straight from file contents (for `registry matrix` without a scan); unparsable files are skipped. */
function usageOfInputs(inputs) {
    const collected = [];
    for (const input of inputs) {
        const loaded = loadSource(input.path, input.text);
        if (isParseFailure(loaded))
            continue;
        collected.push({ path: loaded.path, kind: loaded.kind, data: collectUsage(loaded) });
    }
    return summariseUsage(collected);
}

// EXTERNAL MODULE: ./src/model/suggest.ts
var suggest = __nccwpck_require__(691);
;// CONCATENATED MODULE: ./src/registry/rules/common.ts
/** "job "build"", "the workflow level" or "the action": where a site is, in words. */
function whereIs(site, kind) {
    if (site.job !== undefined)
        return `job "${site.job}"`;
    return kind === 'action' ? 'the action' : 'the workflow level';
}
/** Groups items by a key, keeping first-seen order. */
function groupBy(items, key) {
    const out = new Map();
    for (const item of items) {
        const k = key(item);
        const list = out.get(k);
        if (list)
            list.push(item);
        else
            out.set(k, [item]);
    }
    return out;
}
/** At most this many "also here" locations per finding. */
const MAX_RELATED = 10;

;// CONCATENATED MODULE: ./src/registry/rules/unregistered-secret.ts



const unregisteredSecret = {
    scope: 'workflows',
    meta: {
        id: 'unregistered-secret',
        category: 'token-registry',
        defaultSeverity: 'high',
        summary: 'A workflow or action uses a secret (`secrets.X`, also when passing it to a reusable workflow) that the token registry does not list.',
        remediation: 'Add the secret to the token registry with its owner, kind, scopes, used-by and expiry — or, if it is no longer needed, remove the reference and delete the secret.',
        docs: '#rule-unregistered-secret',
        tags: ['token-registry', 'drift'],
        appliesTo: ['workflow', 'action'],
    },
    create({ registry, registryPath }) {
        const registered = new Set(registry.tokens.map((t) => t.key));
        const names = registry.tokens.map((t) => t.name);
        return {
            meta: unregisteredSecret.meta,
            collect: collectUsage,
            finish(ctx) {
                for (const { path, data } of ctx.collected) {
                    // A reusable workflow's declared secrets are parameters: what the caller passes is checked at the call site.
                    const declared = new Set(data.declaredSecrets);
                    for (const [key, refs] of groupBy(data.secrets, (r) => r.key)) {
                        if (registered.has(key) || declared.has(key))
                            continue;
                        const first = refs[0];
                        ctx.report(path, {
                            message: `Secret "${first.name}" is not in the token registry (${registryPath})${(0,suggest/* didYouMean */.au)(first.name, names)}`,
                            span: first.span,
                            path: ['secrets', key],
                            related: refs.slice(1, 1 + MAX_RELATED).map((r) => ({ message: `"${r.name}" is also used here`, span: r.span })),
                        });
                    }
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/registry/rules/stale-registry-entry.ts

const staleRegistryEntry = {
    scope: 'workflows',
    meta: {
        id: 'stale-registry-entry',
        category: 'token-registry',
        defaultSeverity: 'low',
        summary: 'A registered token that no scanned workflow or action uses.',
        remediation: 'If the token is no longer used, revoke it and remove its entry. If it is used outside GitHub Actions (a runtime or service token), say so with `used-by: []`.',
        docs: '#rule-stale-registry-entry',
        tags: ['token-registry', 'drift'],
        appliesTo: ['registry'],
    },
    create({ registry, registryPath }) {
        return {
            meta: staleRegistryEntry.meta,
            collect: collectUsage,
            finish(ctx) {
                // Nothing scanned is nothing to compare with, not evidence that every token is unused.
                if (ctx.collected.length === 0)
                    return;
                const used = new Set(ctx.collected.flatMap((c) => c.data.secrets.map((r) => r.key)));
                const inherit = ctx.collected.flatMap((c) => c.data.bulk.filter((b) => b.how === 'secrets-inherit' && !String(b.target).startsWith('./')));
                const note = inherit.length > 0
                    ? `; ${inherit.length} reusable-workflow call${inherit.length === 1 ? '' : 's'} with \`secrets: inherit\` may use it out of sight`
                    : '';
                for (const token of registry.tokens) {
                    if (token.usedBy !== undefined && token.usedBy.length === 0)
                        continue;
                    if (used.has(token.key))
                        continue;
                    ctx.report(registryPath, {
                        message: `Token "${token.name}" is registered but no scanned workflow or action uses it${note}`,
                        span: token.span,
                        path: ['tokens', token.key],
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/registry/rules/secret-outside-scope.ts


function describeBulk(b) {
    if (b.how === 'secrets-inherit')
        return `\`secrets: inherit\` hands every secret to ${b.target}`;
    if (b.how === 'whole-secrets')
        return 'the whole `secrets` context (e.g. `toJSON(secrets)`) reaches a step';
    return '`secrets[<computed>]` can read any secret';
}
function usedByText(token) {
    return token.usedBy.length === 0 ? 'used-by: [] — no workflow may use it' : `used-by: ${token.usedBy.join(', ')}`;
}
/** Uses outside `used-by`: by name, or — for tokens meant for some workflows — through a bulk hand-over. One finding per file and token. */
function checkUsedBy(ctx, file, data, token, matcher) {
    if (matcher.matches(file))
        return;
    const refs = data.secrets.filter((r) => r.key === token.key);
    // `used-by: []` declares a token kept outside the Actions secrets (runtime, Vault …): a bulk hand-over cannot reach it.
    const bulk = token.usedBy.length > 0 ? data.bulk : [];
    if (refs.length === 0 && bulk.length === 0)
        return;
    const sites = [...refs, ...bulk];
    const first = sites[0];
    const message = refs.length > 0
        ? `Token "${token.name}" is used in ${file}, outside its registered scope (${usedByText(token)})`
        : `Token "${token.name}" reaches ${file} outside its registered scope (${usedByText(token)}): ${describeBulk(bulk[0])}`;
    ctx.report(file, {
        message,
        span: first.span,
        path: ['secrets', token.key, 'used-by'],
        related: sites.slice(1, 1 + MAX_RELATED).map((s) => ({ message: 'how' in s ? describeBulk(s) : `"${token.name}" is also used here`, span: s.span })),
    });
}
/** Name references from jobs whose environment is not one of the token's. One finding per file, job and token. */
function checkEnvironments(ctx, file, kind, data, token) {
    if (kind !== 'workflow' || !token.environments)
        return;
    const allowed = new Set(token.environments.map((e) => e.toLowerCase()));
    const refs = data.secrets.filter((r) => r.key === token.key);
    for (const [job, group] of groupBy(refs, (r) => r.job ?? '')) {
        const first = group[0];
        const env = first.environment;
        if (env?.kind === 'dynamic')
            continue;
        if (env?.kind === 'static' && allowed.has(env.name.toLowerCase()))
            continue;
        const why = env?.kind === 'static'
            ? `${whereIs(first, kind)} runs in environment "${env.name}"`
            : first.job !== undefined
                ? `${whereIs(first, kind)} has no environment`
                : 'it is read at the workflow level, outside any job environment';
        ctx.report(file, {
            message: `Token "${token.name}" is registered for environments ${token.environments.join(', ')}, but ${why}`,
            span: first.span,
            path: ['secrets', token.key, 'environments', job || '(workflow)'],
            related: group.slice(1, 1 + MAX_RELATED).map((r) => ({ message: `"${token.name}" is also used here`, span: r.span })),
        });
    }
}
const secretOutsideScope = {
    scope: 'workflows',
    meta: {
        id: 'secret-outside-scope',
        category: 'token-registry',
        defaultSeverity: 'medium',
        summary: "A registered token used in a file its `used-by` does not list (by name, or handed over in bulk), or in a job outside its `environments`.",
        remediation: 'Use the token only where the registry allows it: move the step, give the job the right `environment`, pass secrets by name instead of `secrets: inherit`/`toJSON(secrets)` — or, if the new use is intended, widen `used-by`/`environments` in the registry.',
        docs: '#rule-secret-outside-scope',
        tags: ['token-registry', 'drift', 'least-privilege'],
        appliesTo: ['workflow', 'action'],
    },
    create({ registry, usedBy }) {
        return {
            meta: secretOutsideScope.meta,
            collect: collectUsage,
            finish(ctx) {
                for (const { path, kind, data } of ctx.collected) {
                    for (const token of registry.tokens) {
                        const matcher = usedBy.get(token.key);
                        if (matcher)
                            checkUsedBy(ctx, path, data, token, matcher);
                        checkEnvironments(ctx, path, kind, data, token);
                    }
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/registry/rules/default-token-policy.ts


const defaultTokenPolicy = {
    scope: 'workflows',
    meta: {
        id: 'default-token-policy',
        category: 'token-registry',
        defaultSeverity: 'high',
        summary: 'The registry\'s `default-token` policy is broken: a write grant to the GITHUB_TOKEN (`read-only`, `forbid`), or an explicit `secrets.GITHUB_TOKEN`/`github.token` (`forbid`), outside the allowed files.',
        remediation: 'Use a registered token (a GitHub App or a fine-grained PAT) for what needs write access and keep the GITHUB_TOKEN read-only — or, for a reviewed exception, add the file to `policy.default-token-allowed-in`.',
        docs: '#rule-default-token-policy',
        tags: ['token-registry', 'policy', 'least-privilege'],
        appliesTo: ['workflow', 'action'],
    },
    create({ registry, allowedIn }) {
        const policy = registry.policy.defaultToken;
        return {
            meta: defaultTokenPolicy.meta,
            collect: collectUsage,
            finish(ctx) {
                if (policy === 'allow')
                    return;
                for (const { path, kind, data } of ctx.collected) {
                    if (allowedIn.matches(path))
                        continue;
                    for (const grant of data.writeGrants) {
                        const where = grant.level === 'workflow' ? 'the workflow' : `job "${grant.job}"`;
                        ctx.report(path, {
                            message: `The default-token policy is ${policy}, but ${where} grants the GITHUB_TOKEN write access (${grant.scopes.map((s) => (s === 'write-all' ? s : `${s}: write`)).join(', ')})`,
                            span: grant.span,
                            path: grant.path,
                        });
                    }
                    if (policy !== 'forbid')
                        continue;
                    for (const [job, sites] of groupBy(data.githubToken, (s) => s.job ?? '')) {
                        const first = sites[0];
                        ctx.report(path, {
                            message: `The default-token policy forbids the GITHUB_TOKEN, but ${whereIs(first, kind)} uses it explicitly (${sites.length} reference${sites.length === 1 ? '' : 's'})`,
                            span: first.span,
                            path: ['github-token', job || `(${kind})`],
                            related: sites.slice(1, 1 + MAX_RELATED).map((s) => ({ message: 'also used here', span: s.span })),
                        });
                    }
                }
            },
        };
    },
};

// EXTERNAL MODULE: ./src/registry/types.ts
var types = __nccwpck_require__(234);
;// CONCATENATED MODULE: ./src/registry/rules/registry-missing-reason.ts

const registryMissingReason = {
    scope: 'registry-file',
    meta: {
        id: 'registry-missing-reason',
        category: 'token-registry',
        defaultSeverity: 'low',
        summary: 'A registry entry grants a write scope without a `reason`.',
        remediation: 'Say why the token needs write access in `reason:` — or drop the scope to read.',
        docs: '#rule-registry-missing-reason',
        tags: ['token-registry', 'hygiene'],
        appliesTo: ['registry'],
    },
    create({ registry, registryPath }) {
        return {
            meta: registryMissingReason.meta,
            collect: () => undefined,
            finish(ctx) {
                for (const token of registry.tokens) {
                    if (token.reason)
                        continue;
                    const writes = token.scopes.filter(types/* isWriteScope */.Af);
                    if (writes.length === 0)
                        continue;
                    ctx.report(registryPath, {
                        message: `Token "${token.name}" has write scopes (${writes.map((s) => (s.form === 'classic' ? s.name : `${s.name}: ${s.level}`)).join(', ')}) but no \`reason\``,
                        span: writes[0].span,
                        path: ['tokens', token.key, 'reason'],
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/registry/rules/registry-missing-owner.ts
const registryMissingOwner = {
    scope: 'registry-file',
    meta: {
        id: 'registry-missing-owner',
        category: 'token-registry',
        defaultSeverity: 'medium',
        summary: 'A high-risk token in the registry has no `owner`.',
        remediation: 'Name who answers for the token (`owner: "@org/team"`): someone has to rotate it, and be told when it leaks or expires.',
        docs: '#rule-registry-missing-owner',
        tags: ['token-registry', 'hygiene'],
        appliesTo: ['registry'],
    },
    create({ registry, registryPath }) {
        return {
            meta: registryMissingOwner.meta,
            collect: () => undefined,
            finish(ctx) {
                for (const token of registry.tokens) {
                    if (token.risk !== 'high' || token.owner)
                        continue;
                    ctx.report(registryPath, { message: `High-risk token "${token.name}" has no owner`, span: token.span, path: ['tokens', token.key, 'owner'] });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/registry/rules/registry-missing-expiry.ts
const registryMissingExpiry = {
    scope: 'registry-file',
    meta: {
        id: 'registry-missing-expiry',
        category: 'token-registry',
        defaultSeverity: 'medium',
        summary: 'A high-risk token in the registry has no expiry information (`expires`, or `rotated` with `max-age-days`).',
        remediation: 'Give the token an expiry date (`expires: YYYY-MM-DD`) or a rotation schedule (`rotated:` and `max-age-days:`), so it can be renewed before it lapses or leaks for ever.',
        docs: '#rule-registry-missing-expiry',
        tags: ['token-registry', 'hygiene', 'expiry'],
        appliesTo: ['registry'],
    },
    create({ registry, registryPath }) {
        return {
            meta: registryMissingExpiry.meta,
            collect: () => undefined,
            finish(ctx) {
                for (const token of registry.tokens) {
                    if (token.risk !== 'high' || token.expires || token.rotated)
                        continue;
                    ctx.report(registryPath, {
                        message: `High-risk token "${token.name}" has no expiry information (expires, or rotated with max-age-days)`,
                        span: token.span,
                        path: ['tokens', token.key, 'expires'],
                    });
                }
            },
        };
    },
};

// EXTERNAL MODULE: ./src/registry/scopes.ts
var scopes = __nccwpck_require__(174);
;// CONCATENATED MODULE: ./src/registry/rules/registry-broad-classic-pat.ts

const registryBroadClassicPat = {
    scope: 'registry-file',
    meta: {
        id: 'registry-broad-classic-pat',
        category: 'token-registry',
        defaultSeverity: 'medium',
        summary: 'A classic PAT declared with broad scopes (`repo`, `workflow`, `delete_repo`, `admin:*` …) where a fine-grained token or a GitHub App would do.',
        remediation: 'Replace the classic PAT with a fine-grained PAT or a GitHub App installation token limited to the repositories and permissions the automation needs, then update `kind` and `scopes`.',
        docs: '#rule-registry-broad-classic-pat',
        tags: ['token-registry', 'hygiene', 'least-privilege'],
        appliesTo: ['registry'],
    },
    create({ registry, registryPath }) {
        return {
            meta: registryBroadClassicPat.meta,
            collect: () => undefined,
            finish(ctx) {
                for (const token of registry.tokens) {
                    if (token.kind !== 'github-pat')
                        continue;
                    const broad = token.scopes.filter((s) => s.form === 'classic' && (0,scopes/* isBroadClassicScope */.j4)(s.canonical));
                    if (broad.length === 0)
                        continue;
                    ctx.report(registryPath, {
                        message: `Token "${token.name}" is a classic PAT with broad scopes (${broad.map((s) => s.name).join(', ')}): a fine-grained PAT or a GitHub App would grant only what is needed`,
                        span: broad[0].span,
                        path: ['tokens', token.key, 'scopes'],
                    });
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/registry/rules/registry-lifetime-exceeded.ts

const DAY_MS = 86_400_000;
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
const registryLifetimeExceeded = {
    scope: 'registry-file',
    meta: {
        id: 'registry-lifetime-exceeded',
        category: 'token-registry',
        defaultSeverity: 'medium',
        summary: "A token's declared rotation period (`max-age-days`, or `expires` after `rotated`) is longer than `policy.max-lifetime-days` allows for its kind.",
        remediation: 'Rotate the token more often (lower `max-age-days`, or issue it with an earlier expiry) — or, if the policy is wrong, change `policy.max-lifetime-days`.',
        docs: '#rule-registry-lifetime-exceeded',
        tags: ['token-registry', 'hygiene', 'expiry'],
        appliesTo: ['registry'],
    },
    create({ registry, registryPath }) {
        return {
            meta: registryLifetimeExceeded.meta,
            collect: () => undefined,
            finish(ctx) {
                for (const token of registry.tokens) {
                    const limit = registry.policy.maxLifetimeDays[token.kind];
                    if (limit === undefined)
                        continue;
                    const path = ['tokens', token.key, 'lifetime'];
                    if (token.maxAgeDays !== undefined && token.maxAgeDays > limit) {
                        ctx.report(registryPath, {
                            message: `Token "${token.name}" is rotated every ${token.maxAgeDays} days; policy.max-lifetime-days allows ${limit} for ${token.kind}`,
                            span: (0,types/* spanAt */.i6)(registry, ['tokens', token.name, 'max-age-days'], 'value'),
                            path,
                        });
                    }
                    else if (token.expires && token.rotated && daysBetween(token.rotated, token.expires) > limit) {
                        ctx.report(registryPath, {
                            message: `Token "${token.name}" expires ${daysBetween(token.rotated, token.expires)} days after its last rotation; policy.max-lifetime-days allows ${limit} for ${token.kind}`,
                            span: (0,types/* spanAt */.i6)(registry, ['tokens', token.name, 'expires'], 'value'),
                            path,
                        });
                    }
                }
            },
        };
    },
};

// EXTERNAL MODULE: ./src/registry/rules/pasted-secret-in-registry.ts
var pasted_secret_in_registry = __nccwpck_require__(399);
;// CONCATENATED MODULE: ./src/registry/rules/index.ts













const REGISTRY_RULES = [
    unregisteredSecret,
    staleRegistryEntry,
    secretOutsideScope,
    defaultTokenPolicy,
    registryMissingReason,
    registryMissingOwner,
    registryMissingExpiry,
    registryBroadClassicPat,
    registryLifetimeExceeded,
    pasted_secret_in_registry/* pastedSecretInRegistry */.k,
];
/** Metadata of every registry rule (for the rules table, SARIF, config validation). */
const REGISTRY_RULE_META = REGISTRY_RULES.map((r) => r.meta);
/**
 * The registry rules bound to one registry, as ProjectRules for `scan(inputs, { projectRules, extraFiles })`.
 * `registryPath` must be the path of the registry in `extraFiles` (relative to the scan root, like the scanned files).
 */
function registryProjectRules(registry, registryPath, options = {}) {
    const usedBy = new Map();
    for (const token of registry.tokens)
        if (token.usedBy !== undefined)
            usedBy.set(token.key, (0,globs/* pathMatcher */.k)(token.usedBy));
    const context = { registry, registryPath, usedBy, allowedIn: (0,globs/* pathMatcher */.k)(registry.policy.defaultTokenAllowedIn) };
    const selected = REGISTRY_RULES.filter((r) => options.scope !== 'registry-file' || r.scope === 'registry-file');
    let delivered = false;
    return selected.map((r) => {
        const rule = r.create(context);
        if (!options.onUsage || r.scope !== 'workflows')
            return rule;
        const onUsage = options.onUsage;
        // Every drift rule sees the same collected data; whichever finishes first (and is not disabled) hands it over.
        const wrapped = {
            ...rule,
            finish(ctx) {
                if (!delivered) {
                    delivered = true;
                    onUsage(summariseUsage(ctx.collected));
                }
                rule.finish(ctx);
            },
        };
        return wrapped;
    });
}


/***/ }),

/***/ 399:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ pastedSecretInRegistry),
/* harmony export */   pastedSecretMessage: () => (/* binding */ pastedSecretMessage)
/* harmony export */ });
/** The finding message; also what `registry validate` prints for a file too broken to scan (never the value). */
function pastedSecretMessage(secret) {
    const where = (secret.path[0] === '#text' ? secret.path.slice(1) : secret.path).filter((s) => !String(s).startsWith('#')).join('.');
    const article = /^[aeiou]/i.test(secret.kind) ? 'An' : 'A';
    return `${article} ${secret.kind} is written in the token registry${where ? ` (at ${where})` : ''}: ${secret.redacted}; treat it as leaked`;
}
const pastedSecretInRegistry = {
    scope: 'registry-file',
    meta: {
        id: 'pasted-secret-in-registry',
        category: 'token-registry',
        defaultSeverity: 'critical',
        summary: 'A value in the token registry looks like a real credential (a token literal, or a value under `password:`/`token:`/`value:` …): the registry describes tokens and must never hold one.',
        remediation: 'Treat the credential as leaked: revoke and rotate it, keep the new value only in a secret store, and remove it from the file (and from the Git history).',
        docs: '#rule-pasted-secret-in-registry',
        tags: ['token-registry', 'secret-leak'],
        appliesTo: ['registry'],
    },
    create({ registry, registryPath }) {
        return {
            meta: pastedSecretInRegistry.meta,
            collect: () => undefined,
            finish(ctx) {
                for (const secret of registry.pastedSecrets) {
                    ctx.report(registryPath, { message: pastedSecretMessage(secret), span: secret.span, path: ['pasted', ...secret.path] });
                }
            },
        };
    },
};


/***/ }),

/***/ 174:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ FINE_GRAINED_PERMISSION_NAMES),
/* harmony export */   P3: () => (/* binding */ classicScopeLevel),
/* harmony export */   UC: () => (/* binding */ canonicalPermission),
/* harmony export */   j4: () => (/* binding */ isBroadClassicScope),
/* harmony export */   pI: () => (/* binding */ CLASSIC_SCOPES),
/* harmony export */   t5: () => (/* binding */ scopeVocabulary),
/* harmony export */   tL: () => (/* binding */ FINE_GRAINED_PERMISSIONS)
/* harmony export */ });
/**
 * Fine-grained permissions and the levels each accepts, as GitHub's REST description lists them for apps
 * (`components.schemas.app-permissions` in @octokit/openapi; a test keeps this table in step). Names are written with
 * hyphens, as in a workflow's `permissions:`; the API's underscore spelling is accepted too.
 */
const FINE_GRAINED_PERMISSIONS = {
    actions: ['read', 'write'],
    administration: ['read', 'write'],
    'artifact-metadata': ['read', 'write'],
    attestations: ['read', 'write'],
    checks: ['read', 'write'],
    'code-quality': ['read', 'write'],
    codespaces: ['read', 'write'],
    contents: ['read', 'write'],
    'dependabot-secrets': ['read', 'write'],
    deployments: ['read', 'write'],
    discussions: ['read', 'write'],
    environments: ['read', 'write'],
    issues: ['read', 'write'],
    'merge-queues': ['read', 'write'],
    metadata: ['read', 'write'],
    packages: ['read', 'write'],
    pages: ['read', 'write'],
    'pull-requests': ['read', 'write'],
    'repository-custom-properties': ['read', 'write'],
    'repository-hooks': ['read', 'write'],
    'repository-projects': ['read', 'write', 'admin'],
    'secret-scanning-alerts': ['read', 'write'],
    secrets: ['read', 'write'],
    'security-events': ['read', 'write'],
    'single-file': ['read', 'write'],
    statuses: ['read', 'write'],
    'vulnerability-alerts': ['read', 'write'],
    workflows: ['write'],
    'custom-properties-for-organizations': ['read', 'write'],
    members: ['read', 'write'],
    'organization-administration': ['read', 'write'],
    'organization-custom-roles': ['read', 'write'],
    'organization-custom-org-roles': ['read', 'write'],
    'organization-custom-properties': ['read', 'write', 'admin'],
    'organization-copilot-seat-management': ['read', 'write'],
    'organization-copilot-agent-settings': ['read', 'write'],
    'organization-announcement-banners': ['read', 'write'],
    'organization-events': ['read'],
    'organization-hooks': ['read', 'write'],
    'organization-personal-access-tokens': ['read', 'write'],
    'organization-personal-access-token-requests': ['read', 'write'],
    'organization-plan': ['read'],
    'organization-projects': ['read', 'write', 'admin'],
    'organization-packages': ['read', 'write'],
    'organization-secrets': ['read', 'write'],
    'organization-self-hosted-runners': ['read', 'write'],
    'organization-user-blocking': ['read', 'write'],
    'email-addresses': ['read', 'write'],
    followers: ['read', 'write'],
    'git-ssh-keys': ['read', 'write'],
    'gpg-keys': ['read', 'write'],
    'interaction-limits': ['read', 'write'],
    profile: ['write'],
    starring: ['read', 'write'],
    'enterprise-custom-properties-for-organizations': ['read', 'write', 'admin'],
};
const FINE_GRAINED_PERMISSION_NAMES = Object.keys(FINE_GRAINED_PERMISSIONS);
/** `pull_requests` → `pull-requests`: the registry accepts either spelling. */
function canonicalPermission(name) {
    return name.trim().toLowerCase().replace(/_/g, '-');
}
/** Classic personal-access-token (OAuth) scopes, from GitHub's "Scopes for OAuth apps". */
const CLASSIC_SCOPES = [
    'repo',
    'repo:status',
    'repo_deployment',
    'public_repo',
    'repo:invite',
    'security_events',
    'admin:repo_hook',
    'write:repo_hook',
    'read:repo_hook',
    'admin:org',
    'write:org',
    'read:org',
    'admin:public_key',
    'write:public_key',
    'read:public_key',
    'admin:org_hook',
    'gist',
    'notifications',
    'user',
    'read:user',
    'user:email',
    'user:follow',
    'project',
    'read:project',
    'delete_repo',
    'write:discussion',
    'read:discussion',
    'write:packages',
    'read:packages',
    'delete:packages',
    'admin:gpg_key',
    'write:gpg_key',
    'read:gpg_key',
    'admin:ssh_signing_key',
    'write:ssh_signing_key',
    'read:ssh_signing_key',
    'codespace',
    'codespace:secrets',
    'workflow',
    'copilot',
    'manage_billing:copilot',
    'admin:enterprise',
    'manage_runners:enterprise',
    'manage_billing:enterprise',
    'read:enterprise',
    'scim:enterprise',
    'audit_log',
    'read:audit_log',
    'site_admin',
];
/** A classic scope grants write access unless it is one of the `read:*` scopes (or only reads e-mail addresses). */
function classicScopeLevel(scope) {
    return scope.startsWith('read:') || scope === 'user:email' ? 'read' : 'write';
}
/**
 * Classic scopes broad enough that a fine-grained token or a GitHub App would almost always do: full control of every
 * repository the owner can reach, workflow files, deletion, and every `admin:*` scope.
 */
function isBroadClassicScope(scope) {
    return scope === 'repo' || scope === 'workflow' || scope === 'delete_repo' || scope === 'delete:packages' || scope.startsWith('admin:') || scope === 'site_admin';
}
function scopeVocabulary(kind) {
    if (kind === 'github-pat')
        return 'classic';
    if (kind === 'github-pat-fine-grained' || kind === 'github-app')
        return 'fine-grained';
    return 'free';
}


/***/ }),

/***/ 234:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ isWriteScope),
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   Pn: () => (/* binding */ pathKey),
/* harmony export */   V9: () => (/* binding */ DEFAULT_TOKEN_POLICIES),
/* harmony export */   Z1: () => (/* binding */ TOKEN_CATEGORIES),
/* harmony export */   i6: () => (/* binding */ spanAt),
/* harmony export */   oq: () => (/* binding */ TOKEN_KINDS),
/* harmony export */   xk: () => (/* binding */ TOKEN_RISKS)
/* harmony export */ });
const DEFAULT_TOKEN_POLICIES = ['forbid', 'read-only', 'allow'];
const TOKEN_CATEGORIES = ['ci-cd', 'runtime', 'maintainer', 'bot', 'monitoring', 'security', 'orchestration'];
const TOKEN_RISKS = ['high', 'medium', 'low'];
const TOKEN_KINDS = [
    'github-pat',
    'github-pat-fine-grained',
    'github-app',
    'runner-registration',
    'vault',
    'jwt',
    'api-key',
    'webhook-secret',
    'other',
];
const DEFAULT_THRESHOLDS = { critical: 7, warning: 30, info: 45 };
/** The key of `Registry.positions` for a key path. */
function pathKey(path) {
    return path.map(String).join('\u001f');
}
/** Offsets of the key (when it has one) or value at `path`; falls back to the nearest ancestor, then the file start. */
function spanAt(registry, path, prefer = 'key') {
    for (let n = path.length; n >= 0; n--) {
        const spans = registry.positions[pathKey(path.slice(0, n))];
        if (!spans)
            continue;
        return prefer === 'key' && spans.key ? spans.key : spans.value;
    }
    return [0, 0];
}
/** True when a scope grants more than read access. */
function isWriteScope(scope) {
    return scope.level === 'write' || scope.level === 'admin';
}


/***/ }),

/***/ 609:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  I: () => (/* binding */ credentialLiteralReports),
  m: () => (/* binding */ hardcodedCredential)
});

// EXTERNAL MODULE: ./src/workflows/yaml.ts
var yaml = __nccwpck_require__(471);
// EXTERNAL MODULE: ./src/workflows/model.ts
var model = __nccwpck_require__(523);
// EXTERNAL MODULE: ./src/workflows/paths.ts
var paths = __nccwpck_require__(646);
;// CONCATENATED MODULE: ./src/workflows/locate.ts


/** The path of the deepest key or item whose value contains `offset` (comments resolve to their parent). */
function pathAt(root, offset) {
    const path = [];
    let node = root;
    for (;;) {
        const meta = node[yaml/* META */.Ge];
        let next;
        if (meta.kind === 'map') {
            const map = node;
            for (const key of Object.keys(meta.keys)) {
                const i = meta.keys[key] * 4;
                if (offset >= meta.spans[i] && offset < Math.max(meta.spans[i + 3], meta.spans[i + 1])) {
                    path.push(key);
                    const v = map[key];
                    if ((0,yaml/* isMap */.jh)(v) || (0,yaml/* isSeq */.oP)(v))
                        next = v;
                    break;
                }
            }
        }
        else {
            const seq = node;
            for (let i = 0; i < seq.length; i++) {
                if (offset >= meta.spans[i * 2] && offset < meta.spans[i * 2 + 1]) {
                    path.push((0,paths/* pathSegment */.p)(seq, i));
                    const v = seq[i];
                    if ((0,yaml/* isMap */.jh)(v) || (0,yaml/* isSeq */.oP)(v))
                        next = v;
                    break;
                }
            }
        }
        if (!next)
            return path;
        node = next;
    }
}

// EXTERNAL MODULE: ./src/workflows/secrets-text.ts
var secrets_text = __nccwpck_require__(579);
;// CONCATENATED MODULE: ./src/rules/hardcoded-credential.ts




/**
 * The text scan of this rule, on its own: every GitHub token literal in `text` as a report, with the literal (for the
 * log masker only). `pathOf` names the flagged thing for the fingerprint: the YAML key path around the offset for a
 * parsed file; for a file that did not parse, the engine passes the token's redacted form, so the fingerprint depends
 * on the kind of token and its occurrence, never on the line or on the secret.
 */
function credentialLiteralReports(text, pathOf) {
    const seen = new Map();
    return (0,secrets_text/* findTokenLiterals */.NP)(text).map(({ start, end, literal }) => {
        const redacted = (0,secrets_text/* redactToken */.bH)(literal);
        const path = pathOf(start, redacted);
        const key = path.join('\u0000');
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        const kind = (0,secrets_text/* tokenKind */.aA)(literal);
        return {
            literal,
            report: {
                message: `A ${kind.startsWith('GitHub') ? kind : `GitHub ${kind}`} is written in the file (${redacted}); treat it as leaked`,
                span: [start, end],
                path: [...path, `token#${n}`],
            },
        };
    });
}
function checkRegistryPassword(context, holder, path, what) {
    if (!(0,yaml/* isMap */.jh)(holder))
        return;
    const credentials = holder.credentials;
    if (!(0,yaml/* isMap */.jh)(credentials))
        return;
    const password = credentials.password;
    if (password === null || password === undefined || password === '')
        return;
    if (typeof password === 'string' && password.includes('${{'))
        return;
    context.secretSeen(String(password));
    context.report({
        message: `The ${what} registry password is written in the workflow; anyone who can read the repository can use it`,
        severity: 'high',
        span: (0,yaml/* valueSpan */.MK)(credentials, 'password'),
        path: [...path, 'credentials', 'password'],
    });
}
function checkJob(context, job) {
    checkRegistryPassword(context, job.job.container, [...job.path, 'container'], `job "${job.id}" container`);
    const services = job.job.services;
    if ((0,yaml/* isMap */.jh)(services)) {
        for (const name of Object.keys(services)) {
            checkRegistryPassword(context, services[name], [...job.path, 'services', name], `service "${name}"`);
        }
    }
}
const hardcodedCredential = {
    meta: {
        id: 'hardcoded-credential',
        category: 'hardcoded-credential',
        defaultSeverity: 'critical',
        summary: 'GitHub token literals, and container or service registry passwords, written into a workflow or action.',
        remediation: 'Revoke the exposed credential now, store a new one as an encrypted secret, and reference it as `${{ secrets.NAME }}`.',
        docs: '#rule-hardcoded-credential',
        tags: ['secret-leak'],
        appliesTo: ['workflow', 'action'],
    },
    check(context) {
        const { text, root } = context.file;
        for (const hit of credentialLiteralReports(text, (offset) => pathAt(root, offset))) {
            context.secretSeen(hit.literal);
            context.report(hit.report);
        }
        if (context.file.kind === 'workflow')
            for (const job of (0,model/* jobsOf */.aG)(root))
                checkJob(context, job);
    },
};


/***/ }),

/***/ 155:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t_: () => (/* binding */ ALL_RULE_META),
  to: () => (/* binding */ PARSE_ERROR),
  y0: () => (/* binding */ RULES),
  ME: () => (/* binding */ ruleMeta)
});

// EXTERNAL MODULE: ./src/model/suggest.ts
var suggest = __nccwpck_require__(691);
// EXTERNAL MODULE: ./src/workflows/yaml.ts
var yaml = __nccwpck_require__(471);
// EXTERNAL MODULE: ./src/workflows/model.ts
var model = __nccwpck_require__(523);
;// CONCATENATED MODULE: ./src/workflows/third-party.ts
/** Whose code a `uses:` runs, and whether the reference can move under the workflow. */

/** Owners whose actions ship with the platform. */
const FIRST_PARTY_OWNERS = new Set(['actions', 'github']);
/**
 * The origin of a step's or job's `uses:`; undefined for local actions and references GitHub would not resolve.
 * `repositoryOwner` (lower case) is the scanned repository's owner, when known.
 */
function actionOrigin(uses, repositoryOwner) {
    const ref = (0,model/* parseUses */.Ap)(uses);
    if (ref.kind === 'docker')
        return { name: uses.trim().slice('docker://'.length), thirdParty: true, pinned: ref.pinned };
    if (ref.kind !== 'repository')
        return undefined;
    const owner = ref.repository.split('/')[0];
    return { name: ref.repository, thirdParty: !FIRST_PARTY_OWNERS.has(owner) && owner !== repositoryOwner, pinned: ref.pinned };
}
/** A third-party action or image whose reference is not a commit SHA (or digest). */
function isUnpinnedThirdParty(uses, repositoryOwner) {
    if (typeof uses !== 'string')
        return false;
    const origin = actionOrigin(uses, repositoryOwner);
    return origin !== undefined && origin.thirdParty && !origin.pinned;
}

;// CONCATENATED MODULE: ./src/workflows/permissions.ts
/**
 * GITHUB_TOKEN permission scopes, the levels each accepts, and how severe a workflow-wide `write`
 * of it is. Kept in step with GitHub's own workflow schema (@actions/workflow-parser) by a test.
 */
const PERMISSION_SCOPES = {
    actions: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
    'artifact-metadata': { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
    attestations: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
    checks: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
    'code-quality': { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
    contents: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
    'copilot-requests': { levels: ['write', 'none'], workflowWriteSeverity: 'medium' },
    deployments: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
    discussions: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
    drives: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
    'id-token': { levels: ['write', 'none'], workflowWriteSeverity: 'high' },
    issues: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
    models: { levels: ['read', 'none'], workflowWriteSeverity: 'medium' },
    packages: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
    pages: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
    'pull-requests': { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'high' },
    'repository-projects': { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
    'security-events': { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'medium' },
    statuses: { levels: ['read', 'write', 'none'], workflowWriteSeverity: 'low' },
    'vulnerability-alerts': { levels: ['read', 'none'], workflowWriteSeverity: 'medium' },
};
const permissions_PERMISSION_SCOPE_NAMES = Object.keys(PERMISSION_SCOPES);
/** Triggers whose runs get a write token and secrets while being started by outsiders. */
const PRIVILEGED_TRIGGERS = new Set(['pull_request_target', 'workflow_run', 'issue_comment', 'discussion_comment']);

;// CONCATENATED MODULE: ./src/workflows/effective-permissions.ts



const RANK = { none: 0, read: 1, write: 2 };
function highestUpTo(scope, ceiling) {
    const levels = PERMISSION_SCOPES[scope].levels;
    let best = 'none';
    for (const l of levels)
        if (RANK[l] <= RANK[ceiling] && RANK[l] > RANK[best])
            best = l;
    return best;
}
function allScopes(level) {
    const out = {};
    for (const scope of permissions_PERMISSION_SCOPE_NAMES)
        out[scope] = level(scope);
    return out;
}
/**
 * GitHub's permissive default ("read and write permissions"): every scope at its highest level, except `id-token`,
 * which no default grants.
 */
function permissiveDefault() {
    return allScopes((s) => (s === 'id-token' ? 'none' : highestUpTo(s, 'write')));
}
/** The grant a `permissions:` value stands for, following GitHub's expansion rules. */
function grantOf(value) {
    if (value === null || value === undefined || value === '')
        return { shape: 'none', scopes: allScopes(() => 'none'), unknownScopes: [] };
    if (typeof value === 'string') {
        if (value === 'write-all')
            return { shape: 'write-all', scopes: allScopes((s) => highestUpTo(s, 'write')), unknownScopes: [] };
        if (value === 'read-all')
            return { shape: 'read-all', scopes: allScopes((s) => highestUpTo(s, 'read')), unknownScopes: [] };
        // An expression or an invalid word: GitHub rejects the file; the most it could mean is write-all.
        return { shape: 'unknown', scopes: permissiveDefault(), unknownScopes: [...permissions_PERMISSION_SCOPE_NAMES] };
    }
    if (!(0,yaml/* isMap */.jh)(value))
        return { shape: 'unknown', scopes: permissiveDefault(), unknownScopes: [...permissions_PERMISSION_SCOPE_NAMES] };
    if (Object.keys(value).length === 0)
        return { shape: 'none', scopes: allScopes(() => 'none'), unknownScopes: [] };
    const scopes = allScopes(() => 'none');
    const unknownScopes = [];
    for (const scope of Object.keys(value)) {
        const info = PERMISSION_SCOPES[scope];
        if (!info)
            continue; // an unknown scope grants nothing (the permissions rule reports it)
        const level = value[scope];
        if (typeof level === 'string' && info.levels.includes(level))
            scopes[scope] = level;
        else {
            scopes[scope] = highestUpTo(scope, 'write');
            unknownScopes.push(scope);
        }
    }
    return { shape: 'map', scopes, unknownScopes };
}
function make(fields) {
    const { scopes } = fields;
    return {
        ...fields,
        level: (scope) => (scope === 'metadata' ? 'read' : (scopes[scope] ?? 'none')),
        hasWrite: (scope) => (scope === undefined ? Object.values(scopes).includes('write') : scopes[scope] === 'write'),
        writeScopes: () => Object.keys(scopes).filter((s) => scopes[s] === 'write').sort(),
    };
}
/** True when the workflow's only trigger is `workflow_call`: a reusable workflow, whose token comes from its caller. */
function isWorkflowCallOnly(root) {
    const events = (0,model/* triggerNames */.R0)(root);
    return events.size === 1 && events.has('workflow_call');
}
const has = (map, key) => Object.prototype.hasOwnProperty.call(map, key);
function compute(file, job) {
    const { root } = file;
    const narrowedByCaller = isWorkflowCallOnly(root);
    const holder = has(job.job, 'permissions')
        ? { map: job.job, source: 'job', path: [...job.path, 'permissions'] }
        : has(root, 'permissions')
            ? { map: root, source: 'workflow', path: ['permissions'] }
            : undefined;
    if (!holder) {
        return make({
            source: 'default',
            shape: 'default',
            scopes: permissiveDefault(),
            possiblyWriteAll: true,
            narrowedByCaller,
            unknownScopes: [],
            span: undefined,
            path: [],
        });
    }
    const grant = grantOf(holder.map.permissions);
    return make({
        source: holder.source,
        shape: grant.shape,
        scopes: grant.scopes,
        possiblyWriteAll: grant.shape === 'unknown',
        narrowedByCaller,
        unknownScopes: grant.unknownScopes,
        span: (0,yaml/* entrySpan */.hn)(holder.map, 'permissions'),
        path: holder.path,
    });
}
const MEMO = Symbol('effectivePermissions');
/** The token permissions `job` of a workflow runs with (see the module comment). Memoised per file and job. */
function effectivePermissions(file, job) {
    let byJob = file.memo.get(MEMO);
    if (!byJob) {
        byJob = new Map();
        file.memo.set(MEMO, byJob);
    }
    let result = byJob.get(job.id);
    if (!result) {
        result = compute(file, job);
        byJob.set(job.id, result);
    }
    return result;
}
/** Effective permissions of every job of a workflow, by job id. */
function effectivePermissionsByJob(file) {
    return new Map(jobsOf(file.root).map((job) => [job.id, effectivePermissions(file, job)]));
}
/**
 * The grant a job of a reusable workflow really runs with, given what the calling job passes in: each scope at the
 * lower of the two levels. The callee's `possiblyWriteAll` is resolved by the caller's.
 */
function withinCaller(caller, callee) {
    const scopes = {};
    for (const scope of PERMISSION_SCOPE_NAMES) {
        const a = caller.scopes[scope] ?? 'none';
        const b = callee.scopes[scope] ?? 'none';
        scopes[scope] = RANK[a] <= RANK[b] ? a : b;
    }
    const calleeDecides = callee.source !== 'default';
    return make({
        source: calleeDecides ? callee.source : caller.source,
        shape: calleeDecides ? callee.shape : caller.shape,
        scopes,
        possiblyWriteAll: caller.possiblyWriteAll && callee.possiblyWriteAll,
        narrowedByCaller: false,
        unknownScopes: [...new Set([...caller.unknownScopes, ...callee.unknownScopes])].filter((s) => scopes[s] !== 'none'),
        span: calleeDecides ? callee.span : caller.span,
        path: calleeDecides ? callee.path : caller.path,
    });
}
/** `uses: ./.github/workflows/x.yml` at job level → `.github/workflows/x.yml`; undefined for other references. */
function localReusableWorkflow(job) {
    const uses = job.uses;
    if (typeof uses !== 'string')
        return undefined;
    const m = /^\.\/(\.github\/workflows\/[^@\s]+\.ya?ml)$/.exec(uses.trim());
    return m ? m[1] : undefined;
}
/** Write scopes that act through the token itself (everything but `id-token`, which only mints OIDC tokens). */
function tokenWriteScopes(p) {
    return p.writeScopes().filter((s) => s !== 'id-token');
}
/** A short phrase for messages: where the grant comes from and what it holds. */
function describeGrant(p) {
    const where = p.source === 'job' ? 'its `permissions:`' : p.source === 'workflow' ? "the workflow's `permissions:`" : undefined;
    if (!where) {
        return p.narrowedByCaller
            ? "the caller's token (no `permissions:` here narrows it)"
            : "the repository's default token permissions (not in the file: possibly write-all)";
    }
    if (p.shape === 'unknown')
        return `${where}, which GitHub cannot read (taken as possibly write-all)`;
    if (p.shape === 'write-all' || p.shape === 'read-all')
        return `\`${p.shape}\` from ${where}`;
    const writes = p.writeScopes();
    const caller = p.narrowedByCaller ? ' (at most: the caller grants the rest)' : '';
    if (writes.length > 0)
        return `${writes.map((s) => `\`${s}: write\``).join(', ')} from ${where}${caller}`;
    return `no write scope, from ${where}`;
}

;// CONCATENATED MODULE: ./src/knowledge/actions.generated.ts
const ACTION_KNOWLEDGE = [
    { "action": "1password/load-secrets-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Loads secrets from 1Password with a service account or Connect token.", "source": "https://github.com/1Password/load-secrets-action#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/1password.yml:2" },
    { "action": "actions/add-to-project", "tokenInputs": [{ "name": "github-token", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Adds items to an organisation or user project (Projects v2), which the GITHUB_TOKEN cannot reach; it takes a PAT or App token.", "source": "https://github.com/actions/add-to-project#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:186" },
    { "action": "actions/attest", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "id-token", "level": "write" }, { "scope": "attestations", "level": "write" }], "reason": "Signs the attestation with a Sigstore certificate from the OIDC token and stores it (push-to-registry pushes with the docker login's credentials).", "source": "https://github.com/actions/attest#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:111" },
    { "action": "actions/attest-build-provenance", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "id-token", "level": "write" }, { "scope": "attestations", "level": "write" }], "reason": "Signs the provenance with a Sigstore certificate from the OIDC token and stores the attestation (push-to-registry pushes with the docker login's credentials).", "source": "https://github.com/actions/attest-build-provenance#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:105" },
    { "action": "actions/attest-sbom", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "id-token", "level": "write" }, { "scope": "attestations", "level": "write" }], "reason": "Signs the SBOM attestation with a Sigstore certificate from the OIDC token and stores it.", "source": "https://github.com/actions/attest-sbom#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:117" },
    { "action": "actions/cache", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uses the Actions cache service through the runtime token.", "source": "https://github.com/actions/cache (action.yml has no token input)", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:27" },
    { "action": "actions/cache/restore", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uses the Actions cache service through the runtime token.", "source": "https://github.com/actions/cache/tree/main/restore (action.yml has no token input)", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:32" },
    { "action": "actions/cache/save", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uses the Actions cache service through the runtime token.", "source": "https://github.com/actions/cache/tree/main/save (action.yml has no token input)", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:37" },
    { "action": "actions/checkout", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": true, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "read", "privateOnly": true }], "reason": "Clones the repository with the token over HTTPS; a public repository can be cloned with no permission.", "source": "https://github.com/actions/checkout#recommended-permissions", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:3" },
    { "action": "actions/configure-pages", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "pages", "level": "read" }], "reason": "Reads the repository's Pages site settings (base URL, build type).", "source": "https://github.com/actions/configure-pages#usage", "confidence": "likely", "cases": [{ "when": { "matches": { "enablement": "^true$" } }, "needs": [{ "scope": "pages", "level": "write" }], "reason": "enablement creates the Pages site if it does not exist (the README says this needs a token with more than the GITHUB_TOKEN's rights).", "confidence": "likely" }], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:156" },
    { "action": "actions/create-github-app-token", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Mints an installation token from the App's private key; it does not use the GITHUB_TOKEN.", "source": "https://github.com/actions/create-github-app-token (action.yml has no GitHub token input)", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:100" },
    { "action": "actions/create-release", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["GITHUB_TOKEN"], "needs": [{ "scope": "contents", "level": "write" }], "reason": "Creates a release (archived action; takes the token from the GITHUB_TOKEN environment variable).", "source": "https://github.com/actions/create-release#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:174" },
    { "action": "actions/dependency-review-action", "tokenInputs": [{ "name": "repo-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }, { "name": "external-repo-token", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "read" }], "reason": "Compares the dependency graphs of the base and head commits through the dependency-review API.", "source": "https://github.com/actions/dependency-review-action#configuration-options", "confidence": "certain", "cases": [{ "when": { "matches": { "comment-summary-in-pr": "^(true|always|on-failure)$" } }, "needs": [{ "scope": "pull-requests", "level": "write" }], "reason": "comment-summary-in-pr writes the summary as a pull request comment.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:123" },
    { "action": "actions/deploy-pages", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "pages", "level": "write" }, { "scope": "id-token", "level": "write" }], "reason": "Creates the Pages deployment; the OIDC token proves the deployment comes from this workflow.", "source": "https://github.com/actions/deploy-pages#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:150" },
    { "action": "actions/download-artifact", "tokenInputs": [{ "name": "github-token", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "actions", "level": "read" }], "reason": "Only with github-token (artifacts of another run or repository, with run-id) does it call the Actions API; otherwise the runtime token.", "source": "https://github.com/actions/download-artifact#download-artifacts-from-other-workflow-runs-or-repositories", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:21" },
    { "action": "actions/first-interaction", "tokenInputs": [{ "name": "repo-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "issues", "level": "write" }, { "scope": "pull-requests", "level": "write" }], "reason": "Comments on a first-time contributor's issue or pull request.", "source": "https://github.com/actions/first-interaction#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:180" },
    { "action": "actions/github-script", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Runs the script with a client authenticated by github-token; what that needs is read from the script's API calls.", "source": "https://github.com/actions/github-script#usage", "confidence": "certain", "cases": [], "shellInputs": [], "githubScriptInput": "script", "definedAt": "knowledge/actions/actions.yml:71" },
    { "action": "actions/labeler", "tokenInputs": [{ "name": "repo-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "read" }, { "scope": "pull-requests", "level": "write" }], "reason": "Reads the labeler configuration from the repository and adds or removes labels on the pull request.", "source": "https://github.com/actions/labeler#permissions", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:94" },
    { "action": "actions/publish-action", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "write" }], "reason": "Moves the major-version tag (v1, v2 …) to the released commit.", "source": "https://github.com/actions/publish-action/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:139" },
    { "action": "actions/publish-immutable-action", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "read" }, { "scope": "packages", "level": "write" }, { "scope": "id-token", "level": "write" }], "reason": "Packages the action, signs it with the OIDC token and publishes it to the GitHub Container Registry.", "source": "https://github.com/actions/publish-immutable-action#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:133" },
    { "action": "actions/setup-dotnet", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads the .NET SDK from Microsoft; no GitHub token is used.", "source": "https://github.com/actions/setup-dotnet/blob/main/action.yml (no token input)", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:66" },
    { "action": "actions/setup-go", "tokenInputs": [{ "name": "token", "default": "${{ github.server_url == 'https://github.com' && github.token || '' }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Reads the public go-versions manifest; the token only raises the API rate limit.", "source": "https://github.com/actions/setup-go/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:42" },
    { "action": "actions/setup-haskell", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs GHC and Cabal from public sources.", "source": "https://github.com/actions/setup-haskell (no token input)", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:192" },
    { "action": "actions/setup-java", "tokenInputs": [{ "name": "token", "default": "${{ github.server_url == 'https://github.com' && github.token || '' }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads JDKs from public sources; the token only raises the API rate limit for version manifests on github.com.", "source": "https://github.com/actions/setup-java/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:60" },
    { "action": "actions/setup-node", "tokenInputs": [{ "name": "token", "default": "${{ github.server_url == 'https://github.com' && github.token || '' }}", "defaultIsGithubToken": true }, { "name": "mirror-token", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Reads the public node-versions manifest; the token only raises the API rate limit.", "source": "https://github.com/actions/setup-node/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:54" },
    { "action": "actions/setup-python", "tokenInputs": [{ "name": "token", "default": "${{ github.server_url == 'https://github.com' && github.token || '' }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Reads the public python-versions manifest; the token only raises the API rate limit.", "source": "https://github.com/actions/setup-python/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:48" },
    { "action": "actions/stale", "tokenInputs": [{ "name": "repo-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Labels, comments on and closes stale issues and pull requests (v9+ also deletes its state cache and only warns without actions write).", "source": "https://github.com/actions/stale#recommended-permissions", "confidence": "certain", "cases": [{ "when": { "notMatches": { "days-before-issue-stale": "^-1$" } }, "needs": [{ "scope": "issues", "level": "write" }], "reason": "Marks, comments on and closes stale issues (off with days-before-issue-stale -1).", "confidence": "certain" }, { "when": { "notMatches": { "days-before-pr-stale": "^-1$" } }, "needs": [{ "scope": "pull-requests", "level": "write" }], "reason": "Marks, comments on and closes stale pull requests (off with days-before-pr-stale -1).", "confidence": "certain" }, { "when": { "matches": { "delete-branch": "^true$" } }, "needs": [{ "scope": "contents", "level": "write" }], "reason": "delete-branch deletes the head branch of closed pull requests.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:78" },
    { "action": "actions/upload-artifact", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uploads through the Actions runtime token (ACTIONS_RUNTIME_TOKEN), not the GITHUB_TOKEN.", "source": "https://github.com/actions/upload-artifact (action.yml has no token input)", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:11" },
    { "action": "actions/upload-artifact/merge", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads and re-uploads artifacts of the same run through the Actions runtime token.", "source": "https://github.com/actions/upload-artifact/tree/main/merge (action.yml has no token input)", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:16" },
    { "action": "actions/upload-pages-artifact", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Archives the site and uploads it with actions/upload-artifact (runtime token).", "source": "https://github.com/actions/upload-pages-artifact/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:145" },
    { "action": "actions/upload-release-asset", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["GITHUB_TOKEN"], "needs": [{ "scope": "contents", "level": "write" }], "reason": "Uploads an asset to a release (archived action; takes the token from the GITHUB_TOKEN environment variable).", "source": "https://github.com/actions/upload-release-asset#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/actions.yml:168" },
    { "action": "alisajid/random-wait-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Waits a random number of seconds; no token is used.", "source": "https://github.com/AliSajid/random-wait-action (inputs minimum and maximum)", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/alisajid.yml:2" },
    { "action": "amannn/action-semantic-pull-request", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["GITHUB_TOKEN"], "needs": [{ "scope": "pull-requests", "level": "read" }], "reason": "Reads the pull request's title (and commits) to check them against Conventional Commits.", "source": "https://github.com/amannn/action-semantic-pull-request#installation", "confidence": "certain", "cases": [{ "when": { "matches": { "wip": "^true$" } }, "needs": [{ "scope": "statuses", "level": "write" }], "reason": "wip reports a pending commit status for work-in-progress pull requests.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/amannn.yml:2" },
    { "action": "anchore/sbom-action", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Generates an SBOM with Syft and uploads it as a workflow artifact.", "source": "https://github.com/anchore/sbom-action#configuration", "confidence": "certain", "cases": [{ "when": { "matches": { "dependency-snapshot": "^true$" } }, "needs": [{ "scope": "contents", "level": "write" }], "reason": "dependency-snapshot submits the SBOM to the dependency submission API.", "confidence": "certain" }, { "when": { "set": ["upload-release-assets"] }, "needs": [{ "scope": "contents", "level": "write" }], "reason": "On release events, upload-release-assets (true by default) attaches the SBOM to the release.", "confidence": "likely" }], "shellInputs": [], "definedAt": "knowledge/actions/anchore.yml:2" },
    { "action": "anchore/sbom-action/download-syft", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads Syft from public releases.", "source": "https://github.com/anchore/sbom-action/tree/main/download-syft", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/anchore.yml:16" },
    { "action": "anchore/scan-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Scans an image or directory with Grype (uploading the SARIF is upload-sarif's job).", "source": "https://github.com/anchore/scan-action#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/anchore.yml:21" },
    { "action": "anthropics/claude-code-action", "tokenInputs": [{ "name": "github_token", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "write" }, { "scope": "pull-requests", "level": "write" }, { "scope": "issues", "level": "write" }], "reason": "With github_token, Claude reads and edits the repository, pushes branches and comments on issues and pull requests with it.", "source": "https://github.com/anthropics/claude-code-action#readme", "confidence": "likely", "cases": [{ "when": { "unset": ["github_token"] }, "needs": [{ "scope": "id-token", "level": "write" }], "reason": "Without github_token it exchanges GitHub's OIDC token for a Claude GitHub App token and works with that.", "confidence": "likely" }], "shellInputs": [], "definedAt": "knowledge/actions/anthropics.yml:2" },
    { "action": "apache/infrastructure-actions/stash/restore", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "actions", "level": "read" }], "reason": "Finds the stash artifact of an earlier run through the Actions API and downloads it with gh run download.", "source": "https://github.com/apache/infrastructure-actions/blob/main/stash/restore/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/apache.yml:2" },
    { "action": "apache/infrastructure-actions/stash/save", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uploads the stash with actions/upload-artifact (runtime token).", "source": "https://github.com/apache/infrastructure-actions/blob/main/stash/save/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/apache.yml:8" },
    { "action": "apache/skywalking-eyes", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["GITHUB_TOKEN"], "needs": [], "reason": "Checks license headers (mode check); commenting on pull requests with fixes needs pull-requests write.", "source": "https://github.com/apache/skywalking-eyes#usage", "confidence": "certain", "cases": [{ "when": { "matches": { "mode": "^fix$" } }, "needs": [{ "scope": "pull-requests", "level": "write" }], "reason": "mode fix comments the fixes on the pull request.", "confidence": "likely" }], "shellInputs": [], "definedAt": "knowledge/actions/apache.yml:13" },
    { "action": "aquasecurity/setup-trivy", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs Trivy from public releases; the token only raises the API rate limit.", "source": "https://github.com/aquasecurity/setup-trivy#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/aquasecurity.yml:13" },
    { "action": "aquasecurity/trivy-action", "tokenInputs": [{ "name": "github-pat", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Scans images, file systems or repositories with Trivy (uploading the SARIF is upload-sarif's job).", "source": "https://github.com/aquasecurity/trivy-action#inputs", "confidence": "certain", "cases": [{ "when": { "matches": { "format": "^github$" } }, "needs": [{ "scope": "contents", "level": "write" }], "reason": "format github with github-pat submits the dependency snapshot to the dependency submission API.", "confidence": "likely" }], "shellInputs": [], "definedAt": "knowledge/actions/aquasecurity.yml:2" },
    { "action": "arduino/setup-protoc", "tokenInputs": [{ "name": "repo-token", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads protoc from public releases; the token only raises the API rate limit.", "source": "https://github.com/arduino/setup-protoc#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/arduino.yml:2" },
    { "action": "astral-sh/setup-uv", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads uv from public releases; the token only raises the API rate limit.", "source": "https://github.com/astral-sh/setup-uv#github-authentication-token", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/astral-sh.yml:2" },
    { "action": "aws-actions/amazon-ecr-login", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Logs in to Amazon ECR with the AWS credentials already configured.", "source": "https://github.com/aws-actions/amazon-ecr-login#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/aws-actions.yml:11" },
    { "action": "aws-actions/configure-aws-credentials", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Sets up AWS credentials from access keys, a web identity token file, or by assuming a role.", "source": "https://github.com/aws-actions/configure-aws-credentials#oidc", "confidence": "certain", "cases": [{ "when": { "set": ["role-to-assume"], "unset": ["aws-access-key-id", "web-identity-token-file"] }, "needs": [{ "scope": "id-token", "level": "write" }], "reason": "Assumes the role with AssumeRoleWithWebIdentity, using GitHub's OIDC token.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/aws-actions.yml:2" },
    { "action": "azure/cli", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Runs an Azure CLI script with the session of azure/login; no GitHub token is used.", "source": "https://github.com/Azure/cli#sample-workflow", "confidence": "certain", "cases": [], "shellInputs": ["inlineScript"], "definedAt": "knowledge/actions/azure.yml:17" },
    { "action": "azure/login", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Logs in to Azure with a service principal secret (creds), a managed identity, or OIDC.", "source": "https://github.com/Azure/login#login-with-openid-connect-oidc-recommended", "confidence": "certain", "cases": [{ "when": { "unset": ["creds"], "notMatches": { "auth-type": "^identity$" } }, "needs": [{ "scope": "id-token", "level": "write" }], "reason": "With no creds and no managed identity it logs in with a federated credential, from GitHub's OIDC token.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/azure.yml:2" },
    { "action": "azure/powershell", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Runs an Azure PowerShell script with the session of azure/login; no GitHub token is used.", "source": "https://github.com/Azure/powershell#sample-workflow", "confidence": "certain", "cases": [], "shellInputs": ["inlineScript"], "definedAt": "knowledge/actions/azure.yml:11" },
    { "action": "azure/setup-helm", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads Helm from public releases; the token only raises the API rate limit.", "source": "https://github.com/Azure/setup-helm/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/azure.yml:23" },
    { "action": "azure/setup-kubectl", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads kubectl from public releases.", "source": "https://github.com/Azure/setup-kubectl/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/azure.yml:29" },
    { "action": "camshaft/rust-cache", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Caches Rust builds through the Actions cache service.", "source": "https://github.com/camshaft/rust-cache", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/camshaft.yml:2" },
    { "action": "chainguard-dev/actions/kind-diag", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Collects diagnostics of a kind cluster and uploads them with actions/upload-artifact.", "source": "https://github.com/chainguard-dev/actions/blob/main/kind-diag/action.yaml", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/chainguard-dev.yml:2" },
    { "action": "chainguard-dev/actions/setup-mirror", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Starts a registry mirror for the kind cluster.", "source": "https://github.com/chainguard-dev/actions/blob/main/setup-mirror/action.yaml", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/chainguard-dev.yml:8" },
    { "action": "changesets/action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["GITHUB_TOKEN"], "needs": [{ "scope": "contents", "level": "write" }, { "scope": "pull-requests", "level": "write" }], "reason": "Pushes the version branch and opens or updates the \"Version Packages\" pull request (and creates releases when publishing).", "source": "https://github.com/changesets/action#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/changesets.yml:2" },
    { "action": "codecov/codecov-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uploads coverage to Codecov with the Codecov token (or tokenless for public repositories).", "source": "https://github.com/codecov/codecov-action#usage", "confidence": "certain", "cases": [{ "when": { "matches": { "use_oidc": "^true$" } }, "needs": [{ "scope": "id-token", "level": "write" }], "reason": "use_oidc authenticates to Codecov with GitHub's OIDC token.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/codecov.yml:2" },
    { "action": "codecov/test-results-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uploads test results to Codecov with the Codecov token.", "source": "https://github.com/codecov/test-results-action#usage", "confidence": "certain", "cases": [{ "when": { "matches": { "use_oidc": "^true$" } }, "needs": [{ "scope": "id-token", "level": "write" }], "reason": "use_oidc authenticates to Codecov with GitHub's OIDC token.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/codecov.yml:11" },
    { "action": "codspeedhq/action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Runs the benchmark command and uploads the results to CodSpeed with the CodSpeed token.", "source": "https://github.com/CodSpeedHQ/action#usage", "confidence": "certain", "cases": [{ "when": { "unset": ["token"] }, "needs": [{ "scope": "id-token", "level": "write" }], "reason": "Recent versions authenticate to CodSpeed with GitHub's OIDC token when no CodSpeed token is given (older ones upload tokenless for public repositories).", "confidence": "likely" }], "shellInputs": ["run"], "definedAt": "knowledge/actions/codspeedhq.yml:2" },
    { "action": "conda-incubator/setup-miniconda", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs Miniconda and creates the environment.", "source": "https://github.com/conda-incubator/setup-miniconda#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/conda-incubator.yml:2" },
    { "action": "coursier/cache-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Caches Coursier, Ivy and sbt directories through the Actions cache service.", "source": "https://github.com/coursier/cache-action#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/coursier.yml:2" },
    { "action": "coursier/setup-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs Coursier and JVM tools from public downloads.", "source": "https://github.com/coursier/setup-action#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/coursier.yml:7" },
    { "action": "coverallsapp/github-action", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uploads coverage to Coveralls, which uses the token only to identify the repository.", "source": "https://github.com/coverallsapp/github-action#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/coverallsapp.yml:2" },
    { "action": "crate-ci/typos", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Checks spelling in the workspace.", "source": "https://github.com/crate-ci/typos/blob/master/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/crate-ci.yml:2" },
    { "action": "crazy-max/ghaction-github-runtime", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Exports the Actions runtime variables (cache URL, runtime token) for docker buildx; no GitHub API call.", "source": "https://github.com/crazy-max/ghaction-github-runtime#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/crazy-max.yml:2" },
    { "action": "crazy-max/ghaction-import-gpg", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Imports a GPG key (and configures git to sign with it).", "source": "https://github.com/crazy-max/ghaction-import-gpg#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/crazy-max.yml:7" },
    { "action": "dawidd6/action-download-artifact", "tokenInputs": [{ "name": "github_token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "actions", "level": "read" }], "reason": "Finds a workflow run and downloads its artifacts through the Actions API.", "source": "https://github.com/dawidd6/action-download-artifact#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/dawidd6.yml:2" },
    { "action": "denoland/setup-deno", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads Deno from public releases.", "source": "https://github.com/denoland/setup-deno/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/denoland.yml:2" },
    { "action": "dependabot/fetch-metadata", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "pull-requests", "level": "read" }], "reason": "Reads the Dependabot pull request and its commit message.", "source": "https://github.com/dependabot/fetch-metadata#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/dependabot.yml:2" },
    { "action": "dessant/lock-threads", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Locks closed issues, pull requests and discussions that have been inactive.", "source": "https://github.com/dessant/lock-threads#usage", "confidence": "certain", "cases": [{ "when": { "unset": ["process-only"] }, "needs": [{ "scope": "issues", "level": "write" }, { "scope": "pull-requests", "level": "write" }, { "scope": "discussions", "level": "write" }], "reason": "Locks inactive closed issues, pull requests and discussions (all three unless process-only narrows it).", "confidence": "certain" }, { "when": { "matches": { "process-only": "issues" } }, "needs": [{ "scope": "issues", "level": "write" }], "reason": "Locks inactive closed issues (process-only names issues).", "confidence": "certain" }, { "when": { "matches": { "process-only": "prs" } }, "needs": [{ "scope": "pull-requests", "level": "write" }], "reason": "Locks inactive closed pull requests (process-only names prs).", "confidence": "certain" }, { "when": { "matches": { "process-only": "discussions" } }, "needs": [{ "scope": "discussions", "level": "write" }], "reason": "Locks inactive closed discussions (process-only names discussions).", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/dessant.yml:2" },
    { "action": "dmnemec/copy_file_to_another_repo_action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["API_TOKEN_GITHUB"], "needs": [], "reason": "Pushes files to another repository with the personal access token in API_TOKEN_GITHUB (the GITHUB_TOKEN cannot write other repositories).", "source": "https://github.com/dmnemec/copy_file_to_another_repo_action#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/dmnemec.yml:2" },
    { "action": "docker/bake-action", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Builds and pushes images with the registry credentials of docker login; github-token only fetches a Git build context.", "source": "https://github.com/docker/bake-action#inputs", "confidence": "certain", "cases": [{ "when": { "unset": ["source"] }, "needs": [{ "scope": "contents", "level": "read", "privateOnly": true }], "reason": "Recent versions default to the Git context, fetching the repository with github-token (older ones read the workspace).", "confidence": "likely" }], "shellInputs": [], "definedAt": "knowledge/actions/docker.yml:39" },
    { "action": "docker/build-push-action", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Builds and pushes images with the registry credentials of docker login; github-token only fetches a Git build context.", "source": "https://github.com/docker/build-push-action/blob/master/action.yml", "confidence": "certain", "cases": [{ "when": { "unset": ["context"] }, "needs": [{ "scope": "contents", "level": "read", "privateOnly": true }], "reason": "Without context it builds from the Git context, fetching the repository with github-token.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/docker.yml:28" },
    { "action": "docker/login-action", "tokenInputs": [{ "name": "password", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Logs in to a container registry with the username and password it is given.", "source": "https://github.com/docker/login-action#github-container-registry", "confidence": "certain", "cases": [{ "when": { "matches": { "registry": "^(https?://)?ghcr\\.io" } }, "needs": [{ "scope": "packages", "level": "write" }], "reason": "Logged in to ghcr.io with the GITHUB_TOKEN, presumably to push images (pulling private images needs only packages read).", "confidence": "likely" }], "shellInputs": [], "definedAt": "knowledge/actions/docker.yml:17" },
    { "action": "docker/metadata-action", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Reads the repository's description, license and default branch (GET /repos, metadata every token has) for the labels.", "source": "https://github.com/docker/metadata-action#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/docker.yml:51" },
    { "action": "docker/setup-buildx-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs and configures Buildx; no GitHub token permission is used.", "source": "https://github.com/docker/setup-buildx-action#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/docker.yml:2" },
    { "action": "docker/setup-docker-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs Docker Engine from public downloads.", "source": "https://github.com/docker/setup-docker-action#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/docker.yml:12" },
    { "action": "docker/setup-qemu-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs QEMU binfmt handlers from a public image.", "source": "https://github.com/docker/setup-qemu-action#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/docker.yml:7" },
    { "action": "dorny/paths-filter", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "pull-requests", "level": "read" }], "reason": "On pull_request events it lists the changed files through the API; on other events it compares commits with git.", "source": "https://github.com/dorny/paths-filter#usage", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/dorny.yml:2" },
    { "action": "dorny/test-reporter", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "checks", "level": "write" }, { "scope": "actions", "level": "read" }], "reason": "Creates a check run with the test results (actions read to find artifacts of the run).", "source": "https://github.com/dorny/test-reporter#recommended-setup-for-public-repositories", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/dorny.yml:9" },
    { "action": "dsherret/rust-toolchain-file", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs the toolchain named in rust-toolchain.toml with rustup.", "source": "https://github.com/dsherret/rust-toolchain-file#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/dsherret.yml:2" },
    { "action": "dtolnay/rust-toolchain", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs a Rust toolchain with rustup; no GitHub token is used.", "source": "https://github.com/dtolnay/rust-toolchain/blob/master/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/dtolnay.yml:2" },
    { "action": "duckdb/duckdb-ci/.github/actions/checkout", "tokenInputs": [], "implicitToken": true, "gitCredentials": false, "checkout": true, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "read", "privateOnly": true }], "reason": "Checks the repository out with actions/checkout and its default token (persisted for git), or Namespace's checkout on their runners.", "source": "https://github.com/duckdb/duckdb-ci/blob/main/.github/actions/checkout/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/duckdb.yml:2" },
    { "action": "duckdb/duckdb-ci/build-duckdb", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Builds DuckDB.", "source": "https://github.com/duckdb/duckdb-ci", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/duckdb.yml:10" },
    { "action": "elgohr/publish-docker-github-action", "tokenInputs": [{ "name": "password", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Builds the image and pushes it with the registry username and password it is given.", "source": "https://github.com/elgohr/Publish-Docker-Github-Action#usage", "confidence": "certain", "cases": [{ "when": { "matches": { "registry": "^(https?://)?ghcr\\.io" } }, "needs": [{ "scope": "packages", "level": "write" }], "reason": "Pushing to ghcr.io with the GITHUB_TOKEN as password needs packages write.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/elgohr.yml:2" },
    { "action": "embarkstudios/cargo-deny-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Runs cargo-deny in a container over the workspace.", "source": "https://github.com/EmbarkStudios/cargo-deny-action#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/embarkstudios.yml:2" },
    { "action": "enricomi/publish-unit-test-result-action", "tokenInputs": [{ "name": "github_token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "checks", "level": "write" }, { "scope": "pull-requests", "level": "write" }, { "scope": "contents", "level": "read", "privateOnly": true }, { "scope": "issues", "level": "read", "privateOnly": true }], "reason": "Publishes the test results as a check run and a pull request comment.", "source": "https://github.com/EnricoMi/publish-unit-test-result-action#permissions", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/enricomi.yml:2" },
    { "action": "enricomi/publish-unit-test-result-action/composite", "tokenInputs": [{ "name": "github_token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "checks", "level": "write" }, { "scope": "pull-requests", "level": "write" }, { "scope": "contents", "level": "read", "privateOnly": true }, { "scope": "issues", "level": "read", "privateOnly": true }], "reason": "Publishes the test results as a check run and a pull request comment.", "source": "https://github.com/EnricoMi/publish-unit-test-result-action#permissions", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/enricomi.yml:20" },
    { "action": "enricomi/publish-unit-test-result-action/linux", "tokenInputs": [{ "name": "github_token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "checks", "level": "write" }, { "scope": "pull-requests", "level": "write" }, { "scope": "contents", "level": "read", "privateOnly": true }, { "scope": "issues", "level": "read", "privateOnly": true }], "reason": "Publishes the test results as a check run and a pull request comment.", "source": "https://github.com/EnricoMi/publish-unit-test-result-action#permissions", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/enricomi.yml:11" },
    { "action": "extractions/setup-just", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["GITHUB_TOKEN"], "needs": [], "reason": "Downloads just from public releases; the token only raises the API rate limit.", "source": "https://github.com/extractions/setup-just#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/extractions.yml:2" },
    { "action": "geekyeggo/delete-artifact", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "v4+: deletes artifacts of the current run through the Actions runtime token (@actions/artifact); older versions and other runs use the token with actions: write.", "source": "https://github.com/GeekyEggo/delete-artifact#usage", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/geekyeggo.yml:2" },
    { "action": "github/codeql-action/analyze", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "security-events", "level": "write" }, { "scope": "actions", "level": "read", "privateOnly": true }, { "scope": "contents", "level": "read", "privateOnly": true }], "reason": "Uploads the analysis to code scanning (action.yml says the token needs security-events write).", "source": "https://github.com/github/codeql-action/blob/main/analyze/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/github.yml:10" },
    { "action": "github/codeql-action/autobuild", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "security-events", "level": "write" }], "reason": "Builds the code; sends status reports to code scanning (action.yml says the token needs security-events write).", "source": "https://github.com/github/codeql-action/blob/main/autobuild/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/github.yml:28" },
    { "action": "github/codeql-action/init", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "actions", "level": "read", "privateOnly": true }, { "scope": "contents", "level": "read", "privateOnly": true }], "reason": "Reads the workflow run and the repository (private repositories only) and sets up CodeQL; status reports to code scanning only warn when security-events write is missing.", "source": "https://github.com/github/codeql-action#permissions", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/github.yml:2" },
    { "action": "github/codeql-action/resolve-environment", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Runs CodeQL locally to work out the build environment.", "source": "https://github.com/github/codeql-action/blob/main/resolve-environment/action.yml", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/github.yml:41" },
    { "action": "github/codeql-action/setup-codeql", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads the CodeQL bundle from public releases.", "source": "https://github.com/github/codeql-action/blob/main/setup-codeql/action.yml", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/github.yml:34" },
    { "action": "github/codeql-action/upload-sarif", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "security-events", "level": "write" }, { "scope": "actions", "level": "read", "privateOnly": true }, { "scope": "contents", "level": "read", "privateOnly": true }], "reason": "Uploads a SARIF file to code scanning (action.yml says the token needs security-events write).", "source": "https://github.com/github/codeql-action/blob/main/upload-sarif/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/github.yml:19" },
    { "action": "github/gh-aw-actions/setup", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Copies the agentic-workflow scripts to a folder; the steps that then run them are judged on their own.", "source": "https://github.com/github/gh-aw (the setup action writes files only)", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/github.yml:48" },
    { "action": "github/issue-labeler", "tokenInputs": [{ "name": "repo-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "read" }, { "scope": "issues", "level": "write" }], "reason": "Reads its configuration from the repository and labels issues by their body (on a pull request, pull-requests write is enough for the labels).", "source": "https://github.com/github/issue-labeler#usage", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/github.yml:55" },
    { "action": "go-task/setup-task", "tokenInputs": [{ "name": "repo-token", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads Task from public releases; the token only raises the API rate limit.", "source": "https://github.com/go-task/setup-task#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/go-task.yml:2" },
    { "action": "golangci/golangci-lint-action", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads golangci-lint and reports problems as annotations.", "source": "https://github.com/golangci/golangci-lint-action#how-to-use", "confidence": "certain", "cases": [{ "when": { "matches": { "only-new-issues": "^true$" } }, "needs": [{ "scope": "pull-requests", "level": "read" }], "reason": "only-new-issues reads the pull request's diff through the API.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/golangci.yml:2" },
    { "action": "google-github-actions/auth", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Authenticates to Google Cloud with a service account key or Workload Identity Federation.", "source": "https://github.com/google-github-actions/auth#prerequisites", "confidence": "certain", "cases": [{ "when": { "set": ["workload_identity_provider"] }, "needs": [{ "scope": "id-token", "level": "write" }], "reason": "Workload Identity Federation exchanges GitHub's OIDC token for Google credentials.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/google-github-actions.yml:2" },
    { "action": "google-github-actions/deploy-cloudrun", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Deploys to Cloud Run with the Google credentials of google-github-actions/auth.", "source": "https://github.com/google-github-actions/deploy-cloudrun#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/google-github-actions.yml:26" },
    { "action": "google-github-actions/get-secretmanager-secrets", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Reads Secret Manager secrets with the Google credentials of google-github-actions/auth.", "source": "https://github.com/google-github-actions/get-secretmanager-secrets#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/google-github-actions.yml:16" },
    { "action": "google-github-actions/setup-gcloud", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs the gcloud SDK; credentials come from google-github-actions/auth.", "source": "https://github.com/google-github-actions/setup-gcloud/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/google-github-actions.yml:11" },
    { "action": "google-github-actions/upload-cloud-storage", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uploads to Cloud Storage with the Google credentials of google-github-actions/auth.", "source": "https://github.com/google-github-actions/upload-cloud-storage#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/google-github-actions.yml:21" },
    { "action": "google/oss-fuzz/infra/cifuzz/actions/build_fuzzers", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Builds the project's fuzzers in Docker; it takes no GitHub token.", "source": "https://github.com/google/oss-fuzz/blob/master/infra/cifuzz/actions/build_fuzzers/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/google.yml:2" },
    { "action": "google/oss-fuzz/infra/cifuzz/actions/run_fuzzers", "tokenInputs": [{ "name": "github-token", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "actions", "level": "read" }], "reason": "Runs the fuzzers; with github-token it reads artifacts of earlier runs (corpus, coverage) through the Actions API.", "source": "https://github.com/google/oss-fuzz/blob/master/infra/cifuzz/actions/run_fuzzers/action.yml", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/google.yml:7" },
    { "action": "goreleaser/goreleaser-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["GITHUB_TOKEN"], "needs": [], "reason": "Runs GoReleaser, which reads a GitHub token from the GITHUB_TOKEN environment variable.", "source": "https://github.com/goreleaser/goreleaser-action#usage", "confidence": "certain", "cases": [{ "when": { "matches": { "args": "(^|\\s)release(\\s|$)" }, "notMatches": { "args": "--snapshot|--skip-publish|--skip[= ][^ ]*publish" } }, "needs": [{ "scope": "contents", "level": "write" }], "reason": "goreleaser release creates the GitHub release and uploads its assets (pushing to ghcr.io or a tap needs more, per its configuration).", "confidence": "likely" }], "shellInputs": [], "definedAt": "knowledge/actions/goreleaser.yml:2" },
    { "action": "graalvm/setup-graalvm", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads GraalVM from public releases; the token only raises the API rate limit.", "source": "https://github.com/graalvm/setup-graalvm#options", "confidence": "certain", "cases": [{ "when": { "matches": { "native-image-pr-reports": "^true$" } }, "needs": [{ "scope": "pull-requests", "level": "write" }], "reason": "native-image-pr-reports comments build reports on the pull request.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/graalvm.yml:2" },
    { "action": "gradle/actions/dependency-submission", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "write" }], "reason": "Generates and submits the dependency graph to the dependency submission API.", "source": "https://github.com/gradle/actions/blob/main/docs/dependency-submission.md", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/gradle.yml:15" },
    { "action": "gradle/actions/setup-gradle", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Sets up Gradle and caches its state through the Actions cache service.", "source": "https://github.com/gradle/actions/blob/main/docs/setup-gradle.md", "confidence": "certain", "cases": [{ "when": { "matches": { "dependency-graph": "^generate-(and-submit|submit-and-upload)$" } }, "needs": [{ "scope": "contents", "level": "write" }], "reason": "Submits the dependency graph to the dependency submission API.", "confidence": "certain" }, { "when": { "matches": { "add-job-summary-as-pr-comment": "^(always|on-failure)$" } }, "needs": [{ "scope": "pull-requests", "level": "write" }], "reason": "Adds the job summary as a pull request comment.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/gradle.yml:2" },
    { "action": "gradle/actions/wrapper-validation", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Checks the Gradle wrapper checksums against the public list.", "source": "https://github.com/gradle/actions/blob/main/docs/wrapper-validation.md", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/gradle.yml:21" },
    { "action": "gradle/gradle-build-action", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Sets up Gradle and caches its state (predecessor of gradle/actions/setup-gradle).", "source": "https://github.com/gradle/gradle-build-action#readme", "confidence": "certain", "cases": [{ "when": { "matches": { "dependency-graph": "^generate-and-submit$" } }, "needs": [{ "scope": "contents", "level": "write" }], "reason": "Submits the dependency graph to the dependency submission API.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/gradle.yml:31" },
    { "action": "gradle/wrapper-validation-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Checks the Gradle wrapper checksums against the public list.", "source": "https://github.com/gradle/wrapper-validation-action#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/gradle.yml:26" },
    { "action": "grafana/shared-workflows/actions/create-github-app-token", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "id-token", "level": "write" }], "reason": "Logs in to Grafana's Vault with GitHub's OIDC token and mints a GitHub App token from the key stored there.", "source": "https://github.com/grafana/shared-workflows/tree/main/actions/create-github-app-token#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/grafana.yml:2" },
    { "action": "grafana/shared-workflows/actions/dockerhub-login", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "id-token", "level": "write" }], "reason": "Reads the Docker Hub credentials from Grafana's Vault with GitHub's OIDC token.", "source": "https://github.com/grafana/shared-workflows/tree/main/actions/dockerhub-login#readme", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/grafana.yml:17" },
    { "action": "grafana/shared-workflows/actions/get-vault-secrets", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "id-token", "level": "write" }], "reason": "Logs in to Grafana's Vault with GitHub's OIDC token and exports the secrets it reads.", "source": "https://github.com/grafana/shared-workflows/tree/main/actions/get-vault-secrets#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/grafana.yml:7" },
    { "action": "grafana/shared-workflows/actions/login-to-gar", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "id-token", "level": "write" }], "reason": "Logs in to Google Artifact Registry through Workload Identity Federation (GitHub's OIDC token).", "source": "https://github.com/grafana/shared-workflows/tree/main/actions/login-to-gar#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/grafana.yml:12" },
    { "action": "grafana/shared-workflows/actions/push-to-gar-docker", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "id-token", "level": "write" }], "reason": "Logs in to Google Artifact Registry through Workload Identity Federation and pushes the image.", "source": "https://github.com/grafana/shared-workflows/tree/main/actions/push-to-gar-docker#readme", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/grafana.yml:23" },
    { "action": "hashicorp/actions-go-build", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Builds a Go binary reproducibly and uploads it with actions/upload-artifact.", "source": "https://github.com/hashicorp/actions-go-build#readme", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/hashicorp.yml:7" },
    { "action": "hashicorp/setup-terraform", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs Terraform from public releases.", "source": "https://github.com/hashicorp/setup-terraform#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/hashicorp.yml:2" },
    { "action": "hashicorp/vault-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Reads secrets from Vault with the auth method it is given.", "source": "https://github.com/hashicorp/vault-action#jwt-with-github-oidc-tokens", "confidence": "certain", "cases": [{ "when": { "unset": ["jwtPrivateKey"], "matches": { "method": "^jwt$" } }, "needs": [{ "scope": "id-token", "level": "write" }], "reason": "The jwt method without a private key logs in with GitHub's OIDC token.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/hashicorp.yml:13" },
    { "action": "helm/chart-releaser-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["CR_TOKEN"], "needs": [{ "scope": "contents", "level": "write" }], "reason": "Creates releases for the charts and pushes the index to the gh-pages branch (token from CR_TOKEN).", "source": "https://github.com/helm/chart-releaser-action#example-workflow", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/helm.yml:12" },
    { "action": "helm/chart-testing-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs the chart-testing tool.", "source": "https://github.com/helm/chart-testing-action#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/helm.yml:7" },
    { "action": "helm/kind-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Creates a kind Kubernetes cluster.", "source": "https://github.com/helm/kind-action#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/helm.yml:2" },
    { "action": "homebrew/actions/setup-homebrew", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Sets up Homebrew and its taps; the token only raises the rate limit.", "source": "https://github.com/Homebrew/actions/tree/master/setup-homebrew", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/homebrew.yml:2" },
    { "action": "ilammy/msvc-dev-cmd", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Sets up the MSVC developer command prompt environment.", "source": "https://github.com/ilammy/msvc-dev-cmd#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/ilammy.yml:7" },
    { "action": "ilammy/setup-nasm", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs NASM.", "source": "https://github.com/ilammy/setup-nasm#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/ilammy.yml:2" },
    { "action": "jamesives/github-pages-deploy-action", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Commits the folder to the deployment branch and pushes it.", "source": "https://github.com/JamesIves/github-pages-deploy-action#configuration-", "confidence": "certain", "cases": [{ "when": { "unset": ["ssh-key"] }, "needs": [{ "scope": "contents", "level": "write" }], "reason": "Without ssh-key it pushes the deployment branch with the token.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/jamesives.yml:2" },
    { "action": "jasonetco/create-an-issue", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["GITHUB_TOKEN"], "needs": [{ "scope": "issues", "level": "write" }], "reason": "Creates (or updates) an issue from a template.", "source": "https://github.com/JasonEtco/create-an-issue#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/jasonetco.yml:2" },
    { "action": "jdx/mise-action", "tokenInputs": [{ "name": "github_token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs mise and its tools from public releases; the token only raises the rate limit.", "source": "https://github.com/jdx/mise-action/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/jdx.yml:2" },
    { "action": "jlumbroso/free-disk-space", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Deletes preinstalled software from the runner.", "source": "https://github.com/jlumbroso/free-disk-space#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/jlumbroso.yml:2" },
    { "action": "ko-build/setup-ko", "tokenInputs": [], "implicitToken": true, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "packages", "level": "write" }], "reason": "Installs ko and, unless KO_DOCKER_REPO is set, logs in to ghcr.io with github.token so ko can push images there.", "source": "https://github.com/ko-build/setup-ko/blob/main/action.yml", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/ko-build.yml:2" },
    { "action": "lukka/get-cmake", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads CMake and Ninja from public releases.", "source": "https://github.com/lukka/get-cmake#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/lukka.yml:2" },
    { "action": "marocchino/sticky-pull-request-comment", "tokenInputs": [{ "name": "GITHUB_TOKEN", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "pull-requests", "level": "write" }], "reason": "Creates or updates a comment on the pull request.", "source": "https://github.com/marocchino/sticky-pull-request-comment#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/marocchino.yml:2" },
    { "action": "microsoft/setup-msbuild", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Finds MSBuild with vswhere and adds it to the PATH.", "source": "https://github.com/microsoft/setup-msbuild#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/microsoft.yml:2" },
    { "action": "mikefarah/yq", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Runs a yq command in a container.", "source": "https://github.com/mikefarah/yq#github-action", "confidence": "certain", "cases": [], "shellInputs": ["cmd"], "definedAt": "knowledge/actions/mikefarah.yml:2" },
    { "action": "moonrepo/setup-rust", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["GITHUB_TOKEN"], "needs": [], "reason": "Installs Rust and cargo binaries from public downloads (a GITHUB_TOKEN in the environment only raises the rate limit).", "source": "https://github.com/moonrepo/setup-rust#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/moonrepo.yml:2" },
    { "action": "moonrepo/setup-toolchain", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs proto/moon from public downloads.", "source": "https://github.com/moonrepo/setup-toolchain#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/moonrepo.yml:8" },
    { "action": "msys2/setup-msys2", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs MSYS2 and its packages from public mirrors (caching through the Actions cache).", "source": "https://github.com/msys2/setup-msys2#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/msys2.yml:2" },
    { "action": "ncipollo/release-action", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "write" }], "reason": "Creates or updates the release and uploads its artifacts.", "source": "https://github.com/ncipollo/release-action#action-inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/ncipollo.yml:2" },
    { "action": "nick-fields/retry", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Runs its command again on failure; what the command does is read like a run script.", "source": "https://github.com/nick-fields/retry#inputs", "confidence": "certain", "cases": [], "shellInputs": ["command"], "definedAt": "knowledge/actions/nick-fields.yml:2" },
    { "action": "nick-invision/retry", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Runs its command again on failure (the old name of nick-fields/retry); the command is read like a run script.", "source": "https://github.com/nick-fields/retry#inputs", "confidence": "certain", "cases": [], "shellInputs": ["command"], "definedAt": "knowledge/actions/nick-invision.yml:2" },
    { "action": "ossf/scorecard-action", "tokenInputs": [{ "name": "repo_token", "default": "${{ github.token }}", "defaultIsGithubToken": true }, { "name": "internal_default_token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "read", "privateOnly": true }, { "scope": "actions", "level": "read", "privateOnly": true }], "reason": "Reads the repository, its workflows and their runs to score them (uploading the SARIF is upload-sarif's job).", "source": "https://github.com/ossf/scorecard-action#workflow-restrictions", "confidence": "certain", "cases": [{ "when": { "matches": { "publish_results": "^true$" } }, "needs": [{ "scope": "id-token", "level": "write" }], "reason": "publish_results signs the results for the public Scorecard API with GitHub's OIDC token.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/ossf.yml:2" },
    { "action": "peaceiris/actions-gh-pages", "tokenInputs": [{ "name": "github_token", "default": "", "defaultIsGithubToken": false }, { "name": "personal_token", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "write" }], "reason": "With github_token it commits the site to the publishing branch and pushes it (deploy_key uses SSH instead).", "source": "https://github.com/peaceiris/actions-gh-pages#getting-started", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/peaceiris.yml:2" },
    { "action": "peaceiris/actions-hugo", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs Hugo from public releases.", "source": "https://github.com/peaceiris/actions-hugo#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/peaceiris.yml:8" },
    { "action": "peaceiris/actions-mdbook", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs mdBook from public releases.", "source": "https://github.com/peaceiris/actions-mdbook#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/peaceiris.yml:13" },
    { "action": "peter-evans/create-or-update-comment", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "issues", "level": "write" }, { "scope": "pull-requests", "level": "write" }], "reason": "Creates or edits a comment on an issue or pull request (pull request comments need pull-requests write).", "source": "https://github.com/peter-evans/create-or-update-comment#action-inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/peter-evans.yml:8" },
    { "action": "peter-evans/create-pull-request", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }, { "name": "branch-token", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "write" }, { "scope": "pull-requests", "level": "write" }], "reason": "Pushes a branch with the changes and creates or updates the pull request.", "source": "https://github.com/peter-evans/create-pull-request#workflow-permissions", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/peter-evans.yml:2" },
    { "action": "peter-evans/enable-pull-request-automerge", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "pull-requests", "level": "write" }, { "scope": "contents", "level": "write" }], "reason": "Enables auto-merge on a pull request.", "source": "https://github.com/peter-evans/enable-pull-request-automerge#action-inputs", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/peter-evans.yml:33" },
    { "action": "peter-evans/find-comment", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "issues", "level": "read" }, { "scope": "pull-requests", "level": "read" }], "reason": "Lists the comments of an issue or pull request.", "source": "https://github.com/peter-evans/find-comment#action-inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/peter-evans.yml:14" },
    { "action": "peter-evans/repository-dispatch", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "write" }], "reason": "Sends a repository_dispatch event (with the GITHUB_TOKEN only to this repository; other repositories need a PAT).", "source": "https://github.com/peter-evans/repository-dispatch#token", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/peter-evans.yml:20" },
    { "action": "peter-evans/slash-command-dispatch", "tokenInputs": [{ "name": "token", "default": "", "defaultIsGithubToken": false }, { "name": "reaction-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "issues", "level": "write" }, { "scope": "pull-requests", "level": "write" }], "reason": "Reacts to the slash-command comment with reaction-token (dispatching takes a PAT in token).", "source": "https://github.com/peter-evans/slash-command-dispatch#token", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/peter-evans.yml:26" },
    { "action": "peter-murray/workflow-application-token-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Mints a GitHub App installation token from the App's private key; it does not use the GITHUB_TOKEN.", "source": "https://github.com/peter-murray/workflow-application-token-action#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/peter-murray.yml:2" },
    { "action": "pnpm/action-setup", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs pnpm from the npm registry.", "source": "https://github.com/pnpm/action-setup#inputs", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/pnpm.yml:2" },
    { "action": "pnpm/setup", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs pnpm (and a runtime) from public downloads.", "source": "https://github.com/pnpm/setup", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/pnpm.yml:7" },
    { "action": "pre-commit/action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Runs pre-commit hooks (caching them through the Actions cache).", "source": "https://github.com/pre-commit/action#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/pre-commit.yml:2" },
    { "action": "prefix-dev/setup-pixi", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs pixi and the project's environment (registry credentials are its own inputs).", "source": "https://github.com/prefix-dev/setup-pixi#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/prefix-dev.yml:2" },
    { "action": "pyo3/maturin-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Builds (and with command upload publishes) Python wheels with maturin.", "source": "https://github.com/PyO3/maturin-action#usage", "confidence": "certain", "cases": [{ "when": { "matches": { "command": "^(upload|publish)$" } }, "needs": [{ "scope": "id-token", "level": "write" }], "reason": "maturin upload can use PyPI trusted publishing (GitHub's OIDC token) when no PyPI token is set.", "confidence": "likely" }], "shellInputs": [], "definedAt": "knowledge/actions/pyo3.yml:2" },
    { "action": "pypa/cibuildwheel", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Builds wheels; no GitHub token is used.", "source": "https://github.com/pypa/cibuildwheel/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/pypa.yml:12" },
    { "action": "pypa/gh-action-pypi-publish", "tokenInputs": [{ "name": "password", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uploads distributions to PyPI with the API token given as password.", "source": "https://github.com/pypa/gh-action-pypi-publish#trusted-publishing", "confidence": "certain", "cases": [{ "when": { "unset": ["password"] }, "needs": [{ "scope": "id-token", "level": "write" }], "reason": "Trusted publishing exchanges GitHub's OIDC token for a short-lived PyPI token (and signs attestations with it).", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/pypa.yml:2" },
    { "action": "re-actors/alls-green", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Checks the results of the jobs it is given (from the needs context); no API call.", "source": "https://github.com/re-actors/alls-green#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/re-actors.yml:2" },
    { "action": "release-drafter/release-drafter", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["GITHUB_TOKEN"], "needs": [{ "scope": "contents", "level": "write" }, { "scope": "pull-requests", "level": "read" }], "reason": "Reads the merged pull requests and creates or updates the draft release.", "source": "https://github.com/release-drafter/release-drafter#usage", "confidence": "certain", "cases": [{ "when": { "notMatches": { "disable-autolabeler": "^true$" } }, "needs": [{ "scope": "pull-requests", "level": "write" }], "reason": "The autolabeler (when the configuration has rules) labels pull requests.", "confidence": "likely" }], "shellInputs": [], "definedAt": "knowledge/actions/release-drafter.yml:2" },
    { "action": "ruby/setup-ruby", "tokenInputs": [{ "name": "token", "default": "${{ github.server_url == 'https://github.com' && github.token || '' }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads prebuilt Rubies from public releases; the token only raises the rate limit.", "source": "https://github.com/ruby/setup-ruby/blob/master/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/ruby.yml:2" },
    { "action": "rui314/setup-mold", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs the mold linker.", "source": "https://github.com/rui314/setup-mold/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/rui314.yml:2" },
    { "action": "rustsec/audit-check", "tokenInputs": [{ "name": "token", "default": "", "defaultIsGithubToken": false }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "checks", "level": "write" }, { "scope": "issues", "level": "write" }], "reason": "Reports advisories as a check run, and on scheduled runs as issues.", "source": "https://github.com/rustsec/audit-check#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/rustsec.yml:2" },
    { "action": "s4u/maven-settings-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Writes a Maven settings.xml.", "source": "https://github.com/s4u/maven-settings-action#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/s4u.yml:2" },
    { "action": "sbt/setup-sbt", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs sbt from public downloads.", "source": "https://github.com/sbt/setup-sbt/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/sbt.yml:2" },
    { "action": "seemethere/upload-artifact-s3", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uploads files to S3 with the AWS credentials already configured.", "source": "https://github.com/seemethere/upload-artifact-s3#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/seemethere.yml:2" },
    { "action": "shimataro/ssh-key-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs an SSH key and known_hosts entries.", "source": "https://github.com/shimataro/ssh-key-action#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/shimataro.yml:2" },
    { "action": "shivammathur/setup-php", "tokenInputs": [{ "name": "github-token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs PHP and extensions (the token only raises the rate limit, e.g. for Composer).", "source": "https://github.com/shivammathur/setup-php#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/shivammathur.yml:2" },
    { "action": "sigstore/cosign-installer", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads cosign from public releases.", "source": "https://github.com/sigstore/cosign-installer/blob/main/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/sigstore.yml:2" },
    { "action": "slackapi/slack-github-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Sends a message to Slack with a Slack webhook or bot token.", "source": "https://github.com/slackapi/slack-github-action#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/slackapi.yml:2" },
    { "action": "slsa-framework/slsa-github-generator/.github/actions/rng", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Generates a random string.", "source": "https://github.com/slsa-framework/slsa-github-generator/blob/main/.github/actions/rng/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/slsa-framework.yml:10" },
    { "action": "slsa-framework/slsa-github-generator/.github/actions/secure-builder-checkout", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "read", "privateOnly": true }], "reason": "Checks out the builder repository with actions/checkout.", "source": "https://github.com/slsa-framework/slsa-github-generator/blob/main/.github/actions/secure-builder-checkout/action.yaml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/slsa-framework.yml:3" },
    { "action": "slsa-framework/slsa-github-generator/.github/actions/secure-download-artifact", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads an artifact of the same run with actions/download-artifact and checks its hash.", "source": "https://github.com/slsa-framework/slsa-github-generator/blob/main/.github/actions/secure-download-artifact/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/slsa-framework.yml:25" },
    { "action": "slsa-framework/slsa-github-generator/.github/actions/secure-download-folder", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Downloads an artifact of the same run with actions/download-artifact and checks its hash.", "source": "https://github.com/slsa-framework/slsa-github-generator/blob/main/.github/actions/secure-download-folder/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/slsa-framework.yml:15" },
    { "action": "slsa-framework/slsa-github-generator/.github/actions/secure-upload-artifact", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uploads a file with actions/upload-artifact and outputs its hash.", "source": "https://github.com/slsa-framework/slsa-github-generator/blob/main/.github/actions/secure-upload-artifact/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/slsa-framework.yml:30" },
    { "action": "slsa-framework/slsa-github-generator/.github/actions/secure-upload-folder", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Uploads a folder with actions/upload-artifact and outputs its hash.", "source": "https://github.com/slsa-framework/slsa-github-generator/blob/main/.github/actions/secure-upload-folder/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/slsa-framework.yml:20" },
    { "action": "snok/install-poetry", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs Poetry with its official installer.", "source": "https://github.com/snok/install-poetry#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/snok.yml:2" },
    { "action": "softprops/action-gh-release", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["GITHUB_TOKEN"], "needs": [{ "scope": "contents", "level": "write" }], "reason": "Creates or updates the release and uploads its assets.", "source": "https://github.com/softprops/action-gh-release#permissions", "confidence": "certain", "cases": [{ "when": { "set": ["discussion_category_name"] }, "needs": [{ "scope": "discussions", "level": "write" }], "reason": "discussion_category_name also opens a discussion for the release.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/softprops.yml:2" },
    { "action": "stefanzweifel/git-auto-commit-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": true, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "write" }], "reason": "Commits the changes and pushes them with the git credentials actions/checkout persisted.", "source": "https://github.com/stefanzweifel/git-auto-commit-action#usage", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/stefanzweifel.yml:2" },
    { "action": "step-security/harden-runner", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Monitors or blocks the runner's network egress; works with permissions {}.", "source": "https://github.com/step-security/harden-runner#readme", "confidence": "certain", "cases": [{ "when": { "set": ["policy"] }, "needs": [{ "scope": "id-token", "level": "write" }], "reason": "A policy from the StepSecurity policy store is fetched with GitHub's OIDC token.", "confidence": "likely" }], "shellInputs": [], "definedAt": "knowledge/actions/step-security.yml:2" },
    { "action": "swatinem/rust-cache", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Caches Rust builds through the Actions cache service (runtime token).", "source": "https://github.com/Swatinem/rust-cache/blob/master/action.yml", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/swatinem.yml:2" },
    { "action": "taiki-e/cache-cargo-install-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs a crate with cargo install and caches it through the Actions cache.", "source": "https://github.com/taiki-e/cache-cargo-install-action#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/taiki-e.yml:8" },
    { "action": "taiki-e/install-action", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": ["GITHUB_TOKEN"], "needs": [], "reason": "Downloads tool binaries from public releases (a GITHUB_TOKEN in the environment only raises the rate limit).", "source": "https://github.com/taiki-e/install-action#readme", "confidence": "certain", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/taiki-e.yml:2" },
    { "action": "tj-actions/changed-files", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Lists the changed files with git (fetching more history with the checkout's credentials).", "source": "https://github.com/tj-actions/changed-files#permissions", "confidence": "likely", "cases": [{ "when": { "matches": { "use_rest_api": "^true$" } }, "needs": [{ "scope": "pull-requests", "level": "read" }], "reason": "use_rest_api lists the pull request's files through the API.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/tj-actions.yml:2" },
    { "action": "voidzero-dev/setup-vp", "tokenInputs": [], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [], "reason": "Installs Node.js and the vp toolchain from public downloads.", "source": "https://github.com/voidzero-dev/setup-vp", "confidence": "likely", "cases": [], "shellInputs": [], "definedAt": "knowledge/actions/voidzero-dev.yml:2" },
    { "action": "zizmorcore/zizmor-action", "tokenInputs": [{ "name": "token", "default": "${{ github.token }}", "defaultIsGithubToken": true }], "implicitToken": false, "gitCredentials": false, "checkout": false, "tokenEnv": [], "needs": [{ "scope": "contents", "level": "read", "privateOnly": true }, { "scope": "actions", "level": "read", "privateOnly": true }], "reason": "Audits the workflows; the token lets online audits read the repository and its actions.", "source": "https://github.com/zizmorcore/zizmor-action#usage", "confidence": "certain", "cases": [{ "when": { "notMatches": { "advanced-security": "^false$" } }, "needs": [{ "scope": "security-events", "level": "write" }], "reason": "With advanced-security (the default) it uploads the results to code scanning.", "confidence": "certain" }], "shellInputs": [], "definedAt": "knowledge/actions/zizmorcore.yml:2" },
];

;// CONCATENATED MODULE: ./src/knowledge/index.ts


let byAction;
/** The knowledge base key of a `uses:` reference: `owner/repo` or `owner/repo/path`, lower case; undefined for local and docker actions. */
function knowledgeKey(ref) {
    if (ref.kind !== 'repository' || ref.repository === undefined)
        return undefined;
    return ref.subpath === undefined ? ref.repository : `${ref.repository}/${ref.subpath.replace(/\/+$/, '').toLowerCase()}`;
}
/** The entry for `owner/repo[/path]` (lower case), or undefined. */
function knowledgeFor(action) {
    byAction ??= new Map(ACTION_KNOWLEDGE.map((e) => [e.action, e]));
    return byAction.get(action);
}

// EXTERNAL MODULE: ./src/workflows/expressions.ts + 29 modules
var expressions = __nccwpck_require__(675);
;// CONCATENATED MODULE: ./src/workflows/github-api.ts
const READ_METHODS = new Set(['GET', 'HEAD']);
/** Repository sub-resources (`repos/{owner}/{repo}/<area>`) → scope. */
const REPO_AREAS = {
    issues: 'issues',
    labels: 'issues',
    milestones: 'issues',
    assignees: 'issues',
    pulls: 'pull-requests',
    contents: 'contents',
    git: 'contents',
    commits: 'contents',
    branches: 'contents',
    tags: 'contents',
    releases: 'contents',
    compare: 'contents',
    merges: 'contents',
    readme: 'contents',
    tarball: 'contents',
    zipball: 'contents',
    dispatches: 'contents',
    'dependency-graph': 'contents',
    comments: 'contents',
    actions: 'actions',
    'check-runs': 'checks',
    'check-suites': 'checks',
    statuses: 'statuses',
    deployments: 'deployments',
    pages: 'pages',
    'code-scanning': 'security-events',
    attestations: 'attestations',
    projects: 'repository-projects',
    discussions: 'discussions',
    packages: 'packages',
};
/** Readable by any token: public or metadata. */
const REPO_METADATA_AREAS = new Set(['languages', 'contributors', 'stargazers', 'subscribers', 'topics', 'license', 'collaborators', 'events', 'teams']);
/** Endpoints outside repos/ that need no permission when read. */
const PUBLIC_READ_ROOTS = new Set(['users', 'user', 'rate_limit', 'meta', 'emojis', 'licenses', 'gitignore', 'search', 'octocat', 'zen', 'codes_of_conduct', 'markdown']);
/** Repository endpoints the GITHUB_TOKEN has no permission for. */
const UNREACHABLE = /^(?:actions\/(?:secrets|variables|runners|permissions)|environments\/[^/]+\/(?:secrets|variables)|hooks|keys|invitations|rulesets|vulnerability-alerts|automated-security-fixes|secret-scanning|branches\/[^/]+\/protection)/;
/**
 * `repos/{owner}/{repo}/…` paths as written in scripts, with the repository given by a placeholder or a variable,
 * normalised to `repos/O/R/…`; undefined when the path is not a literal GitHub API path.
 */
function normaliseApiPath(raw) {
    let path = raw.trim().replace(/^["']|["']$/g, '');
    path = path.replace(/^https?:\/\/(?:api\.github\.com|uploads\.github\.com)/i, '');
    path = path.replace(/^(?:\$\{?GITHUB_API_URL\}?|\$\{\{\s*github\.api_url\s*\}\})/, '');
    path = path.replace(/\$\{\{\s*github\.repository\s*\}\}|\$\{?(?:env:)?GITHUB_REPOSITORY\}?|\{owner\}\/\{repo\}|:owner\/:repo/g, 'O/R');
    path = path.replace(/^\/+/, '').replace(/[?#].*$/, '');
    return path === '' ? undefined : path;
}
function level(method) {
    return READ_METHODS.has(method.toUpperCase()) ? 'read' : 'write';
}
/** What `METHOD path` needs, path as given to `gh api` or in a URL. */
function endpointNeed(method, rawPath) {
    const path = normaliseApiPath(rawPath);
    if (path === undefined)
        return undefined;
    const lvl = level(method);
    const segments = path.split('/');
    const root = segments[0].toLowerCase();
    if (root === 'graphql')
        return undefined;
    if (root !== 'repos')
        return PUBLIC_READ_ROOTS.has(root) && lvl === 'read' ? 'none' : undefined;
    if (segments.length < 3 || segments[1].includes('$') || segments[2].includes('$')) {
        // repos/$VAR/…: a variable may hold owner/repo — read on from the next segment only if it is literal.
        if (segments.length >= 2 && /^\$(?:env:)?\{?[A-Za-z_]\w*\}?$/.test(segments[1]) && segments.length >= 3 && !segments[2].includes('$')) {
            return repoNeed(['O', 'R', ...segments.slice(2)], lvl);
        }
        return undefined;
    }
    return repoNeed(segments.slice(1), lvl);
}
/** `[owner, repo, area, …]`. */
function repoNeed(rest, lvl) {
    const area = rest[2];
    if (area === undefined || area === '')
        return lvl === 'read' ? 'none' : undefined;
    if (area.includes('$') || area.includes('{'))
        return undefined;
    const tail = rest.slice(2).join('/');
    if (UNREACHABLE.test(tail))
        return undefined;
    if (REPO_METADATA_AREAS.has(area))
        return lvl === 'read' ? 'none' : undefined;
    // commits/{sha}/status(es) and /check-runs belong to other scopes than the commit itself.
    if (area === 'commits' && rest.length >= 5) {
        const sub = rest[4];
        if (sub === 'status' || sub === 'statuses')
            return [{ scope: 'statuses', level: lvl }];
        if (sub === 'check-runs' || sub === 'check-suites')
            return [{ scope: 'checks', level: lvl }];
        if (sub === 'pulls')
            return [{ scope: 'pull-requests', level: 'read' }];
    }
    if (area === 'pulls' && rest.length >= 5 && (rest[4] === 'merge' || rest[4] === 'update-branch') && lvl === 'write') {
        return [
            { scope: 'pull-requests', level: 'write' },
            { scope: 'contents', level: 'write' },
        ];
    }
    const scope = REPO_AREAS[area];
    return scope === undefined ? undefined : [{ scope, level: lvl }];
}
// ---- Octokit methods (github.rest.<area>.<method>) ----
const READ_METHOD_RE = /^(?:get|list|check|compare|download|search|export)/;
function octokitLevel(method) {
    return READ_METHOD_RE.test(method) ? 'read' : 'write';
}
/** Octokit areas whose every method needs one scope. */
const OCTOKIT_AREAS = {
    issues: 'issues',
    pulls: 'pull-requests',
    actions: 'actions',
    checks: 'checks',
    git: 'contents',
    codeScanning: 'security-events',
    packages: 'packages',
    projects: 'repository-projects',
};
const OCTOKIT_NO_PERMISSION = new Set(['users', 'rateLimit', 'meta', 'search', 'emojis', 'licenses', 'markdown', 'codesOfConduct', 'gitignore']);
/** `repos.<method>` → scope, by method name. Everything else in `repos` is left unknown. */
const REPOS_METHODS = [
    [/Release|^generateReleaseNotes$/, 'contents'],
    [/^(?:getContent|getReadme|getReadmeInDirectory|createOrUpdateFileContents|deleteFile|downloadArchive|downloadTarballArchive|downloadZipballArchive)$/, 'contents'],
    [/^(?:getCommit|listCommits|compareCommits|compareCommitsWithBasehead|getBranch|listBranches|listTags|merge|mergeUpstream|createCommitComment|listCommentsForCommit|listCommitCommentsForRepo|updateCommitComment|deleteCommitComment|listBranchesForHeadCommit|createDispatchEvent)$/, 'contents'],
    [/^listPullRequestsAssociatedWithCommit$/, 'pull-requests'],
    [/^(?:createCommitStatus|getCombinedStatusForRef|listCommitStatusesForRef)$/, 'statuses'],
    [/Deployment(?!Branch)/, 'deployments'],
    [/Pages/, 'pages'],
    [/^(?:get|listLanguages|listContributors|listTopics|getCollaboratorPermissionLevel|checkCollaborator|listCollaborators|listForOrg|listForUser|listPublic|listForks)$/, 'none'],
];
/** `reactions.<method>` → scope, by what is reacted to. */
function reactionsNeed(method) {
    const lvl = octokitLevel(method);
    if (/PullRequestReviewComment/.test(method))
        return [{ scope: 'pull-requests', level: lvl }];
    if (/CommitComment/.test(method))
        return [{ scope: 'contents', level: lvl }];
    if (/Issue|IssueComment/.test(method))
        return [{ scope: 'issues', level: lvl }];
    if (/Release/.test(method))
        return [{ scope: 'contents', level: lvl }];
    if (/TeamDiscussion/.test(method))
        return undefined;
    return undefined;
}
/** What `github.rest.<area>.<method>` (or the older `github.<area>.<method>`) needs. */
function octokitNeed(area, method) {
    if (OCTOKIT_NO_PERMISSION.has(area))
        return 'none';
    if (area === 'repos') {
        for (const [re, scope] of REPOS_METHODS) {
            if (re.test(method))
                return scope === 'none' ? 'none' : [{ scope, level: octokitLevel(method) }];
        }
        return undefined;
    }
    if (area === 'reactions')
        return reactionsNeed(method);
    if (area === 'pulls' && (method === 'merge' || method === 'updateBranch')) {
        return [
            { scope: 'pull-requests', level: 'write' },
            { scope: 'contents', level: 'write' },
        ];
    }
    if (area === 'actions' && /Secret|Variable|Runner|Permissions|WorkflowAccess/.test(method))
        return undefined;
    if (area === 'dependabot')
        return /^(?:listAlerts|getAlert)/.test(method) ? [{ scope: 'vulnerability-alerts', level: 'read' }] : undefined;
    const scope = OCTOKIT_AREAS[area];
    return scope === undefined ? undefined : [{ scope, level: octokitLevel(method) }];
}
/** Octokit areas we recognise after `github.` without `.rest` (actions/github-script before v5). */
const OCTOKIT_AREA_NAMES = new Set([
    ...Object.keys(OCTOKIT_AREAS),
    ...OCTOKIT_NO_PERMISSION,
    'repos',
    'reactions',
    'dependabot',
    'orgs',
    'teams',
    'apps',
    'activity',
    'gists',
    'migrations',
    'interactions',
    'secretScanning',
    'billing',
    'codespaces',
    'copilot',
    'oidc',
    'securityAdvisories',
]);

;// CONCATENATED MODULE: ./src/workflows/token-flow.ts


const ORDER = { none: 0, other: 1, maybe: 2, github: 3 };
/** The most GITHUB_TOKEN-like of several: any github → github; else any maybe → maybe; else other; else none. */
function strongestToken(kinds) {
    let best = 'none';
    for (const k of kinds)
        if (ORDER[k] > ORDER[best])
            best = k;
    return best;
}
function envLayers(step, job, root) {
    const out = [];
    if (step && (0,yaml/* isMap */.jh)(step.env))
        out.push({ level: 'step', env: step.env });
    if (job && (0,yaml/* isMap */.jh)(job.env))
        out.push({ level: 'job', env: job.env });
    if (root && (0,yaml/* isMap */.jh)(root.env))
        out.push({ level: 'workflow', env: root.env });
    return out;
}
/** The value of env var `name` as the step sees it (the most specific layer wins). */
function envEntry(layers, name) {
    for (const layer of layers) {
        if (Object.prototype.hasOwnProperty.call(layer.env, name))
            return { value: layer.env[name], layer };
    }
    return undefined;
}
/** Every env var visible to the step, with the layer that sets it. */
function visibleEnv(layers) {
    const out = new Map();
    for (const layer of layers) {
        for (const name of Object.keys(layer.env))
            if (!out.has(name))
                out.set(name, { value: layer.env[name], layer });
    }
    return out;
}
const STRING_LITERAL_RE = /'(?:[^']|'')*'/g;
const ENV_REF_RE = /(?<![.\w-])env\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*'([^']+)'\s*\])/g;
const INPUT_REF_RE = /(?<![.\w-])inputs\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g;
const OUTPUT_REF_RE = /(?<![.\w-])(?:steps|needs|jobs)\s*[.[]/;
/** An input named like a credential: when we cannot resolve it, it may be the GITHUB_TOKEN. */
const TOKENISH_INPUT_RE = /token|(?:^|[_-])pat(?:$|[_-])|passw(?:or)?d|secret|credential|(?:^|[_-])auth(?:$|[_-])/i;
/** An env var named like a GitHub token (GH_TOKEN, GITHUB_TOKEN, GITHUB_PAT …): set elsewhere, it may be the GITHUB_TOKEN. */
const GITHUB_TOKENISH_ENV_RE = /(?:^|_)(?:GH|GITHUB)(?:_[A-Z0-9]+)*_(?:TOKEN|PAT)$|^TOKEN$/i;
const VARS_REF_RE = /(?<![.\w-])vars\s*[.[]/;
const SHAPES = new Map();
function expressionShape(file, inner) {
    let shape = SHAPES.get(inner);
    if (!shape) {
        const analysis = file.expressions.analyse(inner);
        const code = inner.replace(STRING_LITERAL_RE, "''");
        shape = {
            analysis,
            otherSecrets: analysis.secretNames.some((n) => n.toUpperCase() !== 'GITHUB_TOKEN'),
            envRefs: [...code.matchAll(ENV_REF_RE)].map((m) => m[1] ?? m[2]),
            inputRefs: [...code.matchAll(INPUT_REF_RE)].map((m) => m[1] ?? m[2]),
            outputRef: OUTPUT_REF_RE.test(code),
            varsRef: VARS_REF_RE.test(code),
        };
        if (SHAPES.size >= 20_000)
            SHAPES.clear();
        SHAPES.set(inner, shape);
    }
    return shape;
}
/** The kind of an expression that reads no env var and no input. */
function staticKind(analysis, otherSecrets, outputRef, varsRef) {
    if (otherSecrets || outputRef || varsRef)
        return analysis.wholeSecrets || analysis.dynamicSecretIndex ? 'maybe' : 'other';
    if (analysis.wholeSecrets || analysis.dynamicSecretIndex)
        return 'maybe';
    return 'other';
}
class TokenClassifier {
    file;
    layers;
    constructor(file, layers) {
        this.file = file;
        this.layers = layers;
    }
    /** What a YAML value (a `with:` input, an env value) carries. */
    value(value, depth = 0) {
        if (value === undefined || value === null || value === '')
            return 'none';
        if (typeof value !== 'string')
            return typeof value === 'object' ? 'none' : 'other';
        if (!value.includes('${{'))
            return value.trim() === '' ? 'none' : 'other';
        return strongestToken((0,expressions/* findExpressions */.zV)(value).map((e) => this.expression(e.inner, depth)));
    }
    /** What one expression (the text between `${{` and `}}`) carries. */
    expression(inner, depth = 0) {
        const { analysis, otherSecrets, envRefs, inputRefs, outputRef, varsRef } = expressionShape(this.file, inner);
        if (analysis.githubToken) {
            // `secrets.PAT || github.token` and the like: the GITHUB_TOKEN only when the other is empty.
            const alternatives = otherSecrets || envRefs.length > 0 || inputRefs.length > 0 || outputRef || analysis.dynamicSecretIndex;
            return alternatives ? 'maybe' : 'github';
        }
        if (envRefs.length === 0 && inputRefs.length === 0)
            return staticKind(analysis, otherSecrets, outputRef, varsRef);
        const kinds = [];
        if (otherSecrets || outputRef || varsRef)
            kinds.push('other');
        if (analysis.wholeSecrets || analysis.dynamicSecretIndex)
            kinds.push('maybe');
        for (const name of envRefs)
            kinds.push(this.env(name, depth));
        for (const name of inputRefs)
            kinds.push(this.input(name, depth));
        // Anything else (github.event.*, matrix.*, runner.*) is not a token of ours.
        return kinds.length === 0 ? 'other' : strongestToken(kinds);
    }
    /**
     * `env.NAME`: resolved through the step's env layers. Set elsewhere (e.g. through $GITHUB_ENV): maybe when it is
     * named like a GitHub token, else other.
     */
    env(name, depth) {
        const entry = depth > 4 ? undefined : envEntry(this.layers, name);
        if (entry === undefined)
            return GITHUB_TOKENISH_ENV_RE.test(name) ? 'maybe' : 'other';
        return this.value(entry.value, depth + 1);
    }
    /**
     * `inputs.NAME`: in an action, its default (the caller may pass another token, but a default of github.token is
     * how these actions are written to be used). Otherwise (a workflow's caller or dispatcher, an input without a
     * default): maybe when its name suggests a credential, else other.
     */
    input(name, depth) {
        const guess = TOKENISH_INPUT_RE.test(name) ? 'maybe' : 'other';
        if (this.file.kind !== 'action' || depth > 4)
            return guess;
        const inputs = this.file.root.inputs;
        const input = (0,yaml/* isMap */.jh)(inputs) ? inputs[name] : undefined;
        if (!(0,yaml/* isMap */.jh)(input))
            return guess;
        const kind = this.value(input.default, depth + 1);
        return kind === 'none' || kind === 'other' ? guess : kind;
    }
}

;// CONCATENATED MODULE: ./src/workflows/script-needs.ts
/**
 * What a `run:` script does with the GITHUB_TOKEN, best effort and pure: `gh` subcommands, `gh api` and curl calls
 * to the REST API, `git push` with the token (persisted by actions/checkout, or in the remote URL), registry logins.
 *
 * A script can only use the token if it is handed in: an `env:` variable holding it, an inline `${{ github.token }}`,
 * `gh` finding GH_TOKEN/GITHUB_TOKEN in its environment, or git credentials an earlier checkout left behind.
 * Whatever use of the token the script makes that we cannot read is a doubt (`unknown`).
 */



const W = (scope) => ({ scope, level: 'write' });
const R = (scope) => ({ scope, level: 'read' });
/** `gh <command> <subcommand>` → what it needs. `*` matches any subcommand. */
const GH_COMMANDS = {
    'pr create': [W('pull-requests')],
    'pr edit': [W('pull-requests')],
    'pr comment': [W('pull-requests')],
    'pr review': [W('pull-requests')],
    'pr close': [W('pull-requests')],
    'pr reopen': [W('pull-requests')],
    'pr ready': [W('pull-requests')],
    'pr lock': [W('pull-requests')],
    'pr unlock': [W('pull-requests')],
    'pr merge': [W('pull-requests'), W('contents')],
    'pr update-branch': [W('pull-requests'), W('contents')],
    'pr view': [R('pull-requests')],
    'pr list': [R('pull-requests')],
    'pr diff': [R('pull-requests')],
    'pr status': [R('pull-requests')],
    'pr checks': [R('pull-requests'), R('checks')],
    'pr checkout': [R('pull-requests'), R('contents')],
    'issue create': [W('issues')],
    'issue comment': [W('issues')],
    'issue edit': [W('issues')],
    'issue close': [W('issues')],
    'issue reopen': [W('issues')],
    'issue delete': [W('issues')],
    'issue lock': [W('issues')],
    'issue unlock': [W('issues')],
    'issue pin': [W('issues')],
    'issue unpin': [W('issues')],
    'issue transfer': [W('issues')],
    'issue develop': [W('issues'), W('contents')],
    'issue view': [R('issues')],
    'issue list': [R('issues')],
    'issue status': [R('issues')],
    'label create': [W('issues')],
    'label edit': [W('issues')],
    'label delete': [W('issues')],
    'label clone': [W('issues')],
    'label list': [R('issues')],
    'release create': [W('contents')],
    'release upload': [W('contents')],
    'release edit': [W('contents')],
    'release delete': [W('contents')],
    'release delete-asset': [W('contents')],
    'release view': [R('contents')],
    'release list': [R('contents')],
    'release download': [R('contents')],
    'release verify': [R('contents')],
    'release verify-asset': [R('contents')],
    'workflow run': [W('actions')],
    'workflow enable': [W('actions')],
    'workflow disable': [W('actions')],
    'workflow view': [R('actions')],
    'workflow list': [R('actions')],
    'run list': [R('actions')],
    'run view': [R('actions')],
    'run watch': [R('actions')],
    'run download': [R('actions')],
    'run rerun': [W('actions')],
    'run cancel': [W('actions')],
    'run delete': [W('actions')],
    'cache list': [R('actions')],
    'actions-cache list': [R('actions')],
    'actions-cache delete': [W('actions')],
    'cache delete': [W('actions')],
    'repo view': 'none',
    'repo clone': [R('contents')],
    'repo sync': [W('contents')],
    'repo list': 'none',
    'auth status': 'none',
    'auth token': 'none',
    'auth setup-git': 'none',
    'auth login': 'none',
    'search *': 'none',
    'browse *': 'none',
    'extension *': 'none',
    'alias *': 'none',
    'config *': 'none',
    'help *': 'none',
    'version *': 'none',
    'completion *': 'none',
    'status *': 'none',
    'attestation verify': 'none',
    'attestation download': 'none',
    'attestation trusted-root': 'none',
};
const GH_RE = /(?<![\w./$-])gh(?=[ \t]+-{0,2}[a-zA-Z])/g;
const GIT_PUSH_RE = /(?<![\w./-])git(?:[ \t]+(?:-C[ \t]+\S+|-c[ \t]+\S+|--[\w-]+(?:=\S+)?))*[ \t]+push\b/;
const GIT_RE = /(?<![\w./-])git\b/;
const GIT_FETCHING_RE = /\b(?:remote[ \t]+(?:add|set-url)|clone|fetch|pull|submodule)\b/i;
/** A git command that fetches, or sets where (and with what credentials) git talks to. Linear regexes only. */
function gitCredentialLine(text) {
    return GIT_RE.test(text) && (GIT_FETCHING_RE.test(text) || (/\bconfig\b/.test(text) && /insteadof|extraheader/i.test(text)));
}
// Alternatives below are disjoint (an expression, a `$` that starts none, any other character): no backtracking blow-up.
const CREDENTIAL_URL_RE = /https?:\/\/((?:\$\{\{[^}]*\}\}|\$(?!\{\{)|[^\s'"@/$])+)@/g;
const LOGIN_RE = /\b(?:docker|podman|buildah|skopeo|helm[ \t]+registry|oras|crane[ \t]+auth|cosign)[ \t]+login\b/;
const HTTP_CLIENT_RE = /(?<![\w.-])(?:curl|wget|http|https|Invoke-RestMethod|Invoke-WebRequest|irm|iwr)(?=[ \t])/i;
const API_URL_RE = /(?:https?:\/\/(?:api|uploads)\.github\.com|\$\{?GITHUB_API_URL\}?|\$\{\{\s*github\.api_url\s*\}\})(\/[^\s'"]*)?/i;
const DOWNLOAD_URL_RE = /https?:\/\/(?:github\.com\/[^\s'"]+\/releases\/download\/|raw\.githubusercontent\.com\/|objects\.githubusercontent\.com\/)/i;
const MASK_RE = /::add-mask::/;
/** Longer logical lines are not read. */
const MAX_LINE = 4000;
const PACKAGES_CONFIG_RE = /pkg\.github\.com|_authToken|NuGetPackageSourceCredentials|nuget[ \t]+(?:add[ \t]+)?source/i;
const PUBLISH_RE = /\b(?:publish|deploy|push)\b/;
const NPM_INSTALL_RE = /(?<![\w-])(?:npm|yarn|pnpm)[ \t]+(?:ci|install|i|add)\b/;
/** `GH_TOKEN=…` alone on its line (a prefix to a command is PREFIX_ASSIGN_RE's). */
const ASSIGN_RE = /^[ \t]*(?:export[ \t]+)?(GH_TOKEN|GITHUB_TOKEN)=("[^"]*"|'[^']*'|(?:\$\{\{[^}]*\}\}|\$(?!\{\{)|[^\s;&|$])*)[ \t]*(?:[;#].*)?$|^[ \t]*\$env:(GH_TOKEN|GITHUB_TOKEN)[ \t]*=[ \t]*(.*)$/i;
const PREFIX_ASSIGN_RE = /(?:^|[\s;&|(])((?:[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|(?:\$\{\{[^}]*\}\}|\$(?!\{\{)|[^\s;&|$])*)[ \t]+)+)$/;
/** Script text as logical lines: `\`-continued (PowerShell: backtick) lines joined, offsets kept, split on newlines. */
function logicalLines(text, powershell) {
    const flat = text.replace(powershell ? /[\\`]\r?\n/g : /\\\r?\n/g, (m) => ' '.repeat(m.length));
    const out = [];
    let start = 0;
    for (const part of flat.split('\n')) {
        out.push({ text: part, start });
        start += part.length + 1;
    }
    return out;
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Where the script mentions the token: inline expressions and the env vars that hold it. */
function tokenRefs(ctx) {
    const refs = [];
    for (const occ of (0,expressions/* findExpressions */.zV)(ctx.text)) {
        const kind = ctx.expression(occ.inner);
        if (kind === 'github' || kind === 'maybe')
            refs.push({ label: `\${{ ${occ.inner} }}`, kind, start: occ.start, end: occ.end, handled: false });
    }
    for (const v of ctx.tokenVars) {
        const n = escapeRe(v.name);
        const re = new RegExp(`\\$\\{?${n}\\b|\\$env:${n}\\b|%${n}%|process\\.env\\.${n}\\b|['"]${n}['"]`, 'gi');
        for (const m of ctx.text.matchAll(re)) {
            // `${{ env.X }}` is an expression: it was classified above.
            if (insideExpression(ctx.text, m.index))
                continue;
            refs.push({ label: `$${v.name}`, kind: v.kind, start: m.index, end: m.index + m[0].length, handled: false });
        }
    }
    return refs.sort((a, b) => a.start - b.start);
}
function insideExpression(text, at) {
    const open = text.lastIndexOf('${{', at);
    if (open < 0)
        return false;
    const close = text.indexOf('}}', open);
    return close >= at;
}
/** Splits the arguments of a command (up to the end of the command: `;`, `|`, `&&`, `)`, a backtick). */
function commandArgs(line, from) {
    const args = [];
    let i = from;
    let current = '';
    let quote;
    for (; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else
                current += c;
            continue;
        }
        if (c === '$' && line.startsWith('${{', i)) {
            // An expression is one word, whatever spaces it holds.
            const close = line.indexOf('}}', i);
            const stop = close < 0 ? line.length : close + 2;
            current += line.slice(i, stop);
            i = stop - 1;
            continue;
        }
        if (c === '"' || c === "'") {
            quote = c;
            continue;
        }
        if (c === ';' || c === '|' || c === '&' || c === ')' || c === '`' || c === '>' || c === '<')
            break;
        if (c === ' ' || c === '\t') {
            if (current !== '')
                args.push(current);
            current = '';
            continue;
        }
        current += c;
    }
    if (current !== '')
        args.push(current);
    return { args, end: i };
}
/** gh flags that take a value, which is not a subcommand. */
const GH_VALUE_FLAGS = new Set(['-R', '--repo', '--hostname']);
const GH_API_VALUE_FLAGS = new Set(['-X', '--method', '-H', '--header', '-f', '-F', '--field', '--raw-field', '--input', '-q', '--jq', '-t', '--template', '--hostname', '--cache', '-p', '--preview']);
const GH_API_BODY_FLAGS = new Set(['-f', '-F', '--field', '--raw-field', '--input']);
/** `gh api [flags] <endpoint>` → method and endpoint. */
function ghApiCall(args) {
    let method;
    let body = false;
    let endpoint;
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const eq = a.indexOf('=');
        const flag = a.startsWith('-') && eq > 0 ? a.slice(0, eq) : a;
        if (flag === '-X' || flag === '--method')
            method = (eq > 0 ? a.slice(eq + 1) : args[i + 1]) ?? method;
        else if (/^-X[A-Za-z]+$/.test(a))
            method = a.slice(2);
        if (GH_API_BODY_FLAGS.has(flag))
            body = true;
        if (a.startsWith('-')) {
            if (GH_API_VALUE_FLAGS.has(a))
                i++;
            continue;
        }
        endpoint ??= a;
    }
    return { method: (method ?? (body ? 'POST' : 'GET')).toUpperCase(), endpoint };
}
/** curl/wget/Invoke-RestMethod → method. */
function httpMethod(line) {
    const m = /(?:-X|--request|-Method)[ \t=]*["']?([A-Za-z]+)/.exec(line);
    if (m)
        return m[1].toUpperCase();
    return /(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form|-T|--upload-file|--post-data|-Body)\b/.test(line) ? 'POST' : 'GET';
}
function describeNeeds(needs) {
    return needs.map((n) => `${n.scope}: ${n.level}`).join(', ');
}
function analyseScript(ctx) {
    const needs = [];
    const doubts = [];
    const refs = tokenRefs(ctx);
    const ghEnvUsers = new Set();
    let localGhToken;
    let gitToken = ctx.gitToken;
    const refsIn = (start, end) => refs.filter((r) => r.start >= start && r.start < end);
    const kindIn = (start, end, otherwise) => {
        const inside = refsIn(start, end);
        for (const r of inside)
            r.handled = true;
        return inside.length > 0 ? strongestToken(inside.map((r) => r.kind)) : otherwise;
    };
    const addNeeds = (answer, reason, kind, start, end) => {
        for (const n of answer)
            needs.push({ ...n, reason, start, end, maybe: kind === 'maybe' });
    };
    for (const line of logicalLines(ctx.text, /pwsh|powershell/i.test(ctx.shell ?? ''))) {
        const text = line.text;
        const lineEnd = line.start + text.length;
        if (text.length > MAX_LINE) {
            // Generated or minified content: not read (and kept away from the heuristics' regular expressions).
            const inside = refsIn(line.start, lineEnd);
            for (const r of inside)
                r.handled = true;
            if (inside.length > 0) {
                doubts.push({ kind: 'script-token-use', confidence: 'unknown', reason: `the GITHUB_TOKEN (${inside[0].label}) is used on a line too long to read`, start: inside[0].start, end: inside[0].end });
            }
            continue;
        }
        if (/^\s*(?:#|\/\/|REM\b)/i.test(text) || MASK_RE.test(text)) {
            kindIn(line.start, lineEnd, 'none');
            continue;
        }
        // GH_TOKEN=… / export GH_TOKEN=… / $env:GH_TOKEN = … for the rest of the script.
        const assign = ASSIGN_RE.exec(text);
        if (assign) {
            const rhs = assign[2] ?? assign[4] ?? '';
            const rhsStart = line.start + assign.index + assign[0].indexOf(rhs, assign[0].indexOf('=') + 1);
            localGhToken = kindIn(rhsStart, rhsStart + rhs.length, rhs.trim() === '' ? 'none' : 'other');
            continue;
        }
        // … | gh auth login --with-token: gh uses what is piped in.
        if (/\bgh[ \t]+auth[ \t]+login\b/.test(text))
            localGhToken = kindIn(line.start, lineEnd, 'other');
        for (const m of text.matchAll(GH_RE)) {
            const { args, end } = commandArgs(text, m.index + 2);
            const prefix = PREFIX_ASSIGN_RE.exec(text.slice(Math.max(0, m.index - 400), m.index));
            let token;
            if (prefix && /(?:^|\s)(?:GH_TOKEN|GITHUB_TOKEN)=/.test(prefix[1])) {
                const pStart = line.start + m.index - prefix[1].length;
                token = kindIn(pStart, line.start + m.index, 'other');
            }
            token ??= localGhToken;
            if (token === undefined) {
                token = ctx.ghEnvToken;
                if (ctx.ghEnvVar !== undefined)
                    ghEnvUsers.add(ctx.ghEnvVar);
            }
            const cmdStart = line.start + m.index;
            const cmdEnd = line.start + end;
            // Arguments are gh's business (e.g. `-H "Authorization: …"` on gh api): judged with the command.
            kindIn(cmdStart, cmdEnd, 'none');
            const words = args.filter((a, i) => !a.startsWith('-') && !GH_VALUE_FLAGS.has(args[i - 1] ?? ''));
            const command = words[0] ?? '';
            const sub = words[1] ?? '';
            if (command === 'auth' && sub === 'setup-git')
                gitToken = token;
            if (token !== 'github' && token !== 'maybe')
                continue;
            const shown = `gh ${command}${command === 'api' ? '' : sub ? ` ${sub}` : ''}`;
            let answer;
            if (command === 'api') {
                const call = ghApiCall(args.slice(1));
                answer = call.endpoint === undefined ? undefined : endpointNeed(call.method, call.endpoint);
                if (answer === undefined) {
                    doubts.push({
                        kind: 'api-call',
                        confidence: 'unknown',
                        reason: `\`gh api ${call.endpoint ?? ''}\` (${call.method}): cannot tell what this call needs`,
                        start: cmdStart,
                        end: cmdEnd,
                    });
                    continue;
                }
                if (answer !== 'none')
                    addNeeds(answer, `\`gh api ${call.method} ${call.endpoint}\` needs ${describeNeeds(answer)}`, token, cmdStart, cmdEnd);
                continue;
            }
            answer = GH_COMMANDS[`${command} ${sub}`] ?? GH_COMMANDS[`${command} *`];
            if (answer === undefined) {
                doubts.push({ kind: 'gh-command', confidence: 'unknown', reason: `\`${shown}\`: a gh command we cannot judge`, start: cmdStart, end: cmdEnd });
                continue;
            }
            if (answer !== 'none')
                addNeeds(answer, `\`${shown}\` needs ${describeNeeds(answer)}`, token, cmdStart, cmdEnd);
        }
        // git: credentials in URLs and headers, and pushes.
        const urlKind = () => {
            let found;
            for (const u of text.matchAll(CREDENTIAL_URL_RE)) {
                const s = line.start + u.index;
                const k = kindIn(s, s + u[0].length, 'other');
                found = found === undefined ? k : strongestToken([found, k]);
            }
            if (/extraheader/i.test(text))
                found = strongestToken([found ?? 'none', kindIn(line.start, lineEnd, 'other')]);
            return found;
        };
        if (GIT_PUSH_RE.test(text)) {
            const kind = urlKind() ?? gitToken;
            kindIn(line.start, lineEnd, 'none');
            if (kind === 'github' || kind === 'maybe') {
                const from = kind === 'github' && refsIn(line.start, lineEnd).length === 0 ? 'the credentials actions/checkout persisted' : 'the token';
                addNeeds([W('contents')], `\`git push\` with ${from} needs contents: write`, kind, line.start, lineEnd);
            }
            continue;
        }
        if (gitCredentialLine(text)) {
            const kind = urlKind();
            if (kind !== undefined && /\bremote[ \t]+(?:add|set-url)\b|insteadof|extraheader/i.test(text))
                gitToken = kind;
            kindIn(line.start, lineEnd, 'none');
            continue;
        }
        const pending = refsIn(line.start, lineEnd).filter((r) => !r.handled);
        if (pending.length === 0)
            continue;
        // An .npmrc (or other package manager) entry for GitHub Packages: the GITHUB_TOKEN is good for nothing else.
        if (PACKAGES_CONFIG_RE.test(text)) {
            const kind = kindIn(line.start, lineEnd, 'none');
            const publishes = PUBLISH_RE.test(ctx.text);
            addNeeds([publishes ? W('packages') : R('packages')], `configuring a GitHub Packages registry with the token needs packages: ${publishes ? 'write to publish' : 'read to install (write if a later step publishes)'}`, kind, line.start, lineEnd);
            continue;
        }
        if (LOGIN_RE.test(text)) {
            const kind = kindIn(line.start, lineEnd, 'none');
            if (/ghcr\.io/i.test(text)) {
                addNeeds([W('packages')], 'logging in to ghcr.io with the token, presumably to push images, needs packages: write (pulling needs only read)', kind, line.start, lineEnd);
            }
            continue;
        }
        const http = HTTP_CLIENT_RE.exec(text);
        if (http) {
            kindIn(line.start, lineEnd, 'none');
            const kind = strongestToken(pending.map((r) => r.kind));
            const compact = text.replace(/\$\{\{[^}]*\}\}/g, (m) => m.replace(/\s+/g, ''));
            const api = API_URL_RE.exec(compact);
            if (api) {
                const method = httpMethod(compact);
                const path = api[1] ?? '/';
                const answer = endpointNeed(method, path);
                if (answer === undefined) {
                    doubts.push({ kind: 'api-call', confidence: 'unknown', reason: `${http[0]} ${method} ${path}: cannot tell what this API call needs`, start: line.start, end: lineEnd });
                }
                else if (answer !== 'none')
                    addNeeds(answer, `${http[0]} ${method} ${path} needs ${describeNeeds(answer)}`, kind, line.start, lineEnd);
                continue;
            }
            if (DOWNLOAD_URL_RE.test(text))
                continue; // a download from github.com: public, or contents read like the checkout
            doubts.push({ kind: 'api-call', confidence: 'unknown', reason: `${http[0]} is sent the GITHUB_TOKEN for a URL we cannot read`, start: line.start, end: lineEnd });
            continue;
        }
        for (const r of pending)
            r.handled = true;
        const word = /^[ \t]*([^\s=]+)/.exec(text)?.[1] ?? 'a command';
        doubts.push({
            kind: 'script-token-use',
            confidence: 'unknown',
            reason: `the script hands the GITHUB_TOKEN (${pending[0].label}) to \`${word}\`, which we cannot read`,
            start: pending[0].start,
            end: pending[0].end,
        });
    }
    // Token variables the script never mentions: a program it runs may still read them from its environment.
    const mentioned = new Set(refs.map((r) => r.label));
    for (const v of ctx.tokenVars) {
        if (mentioned.has(`$${v.name}`))
            continue;
        if (ghEnvUsers.has(v.name))
            continue;
        if (v.name === 'NODE_AUTH_TOKEN') {
            // actions/setup-node's .npmrc reads the registry token from NODE_AUTH_TOKEN.
            const publish = /(?<![\w-])(?:npm|yarn|pnpm)[ \t]+(?:[\w-]+[ \t]+)?publish\b/.exec(ctx.text);
            const install = NPM_INSTALL_RE.exec(ctx.text);
            const at = publish ?? install;
            if (at) {
                const need = publish ? W('packages') : R('packages');
                addNeeds([need], `\`${at[0]}\` with the token in NODE_AUTH_TOKEN (a GitHub Packages registry) needs packages: ${need.level}`, v.kind, at.index, at.index + at[0].length);
                continue;
            }
        }
        if (v.level === 'step') {
            doubts.push({
                kind: 'script-token-env',
                confidence: 'unknown',
                reason: `the step puts the GITHUB_TOKEN in $${v.name} and the script does not visibly use it: a program it runs may`,
                start: 0,
                end: 0,
            });
        }
        else {
            doubts.push({
                kind: 'script-ambient-token',
                confidence: 'likely',
                reason: `$${v.name} holds the GITHUB_TOKEN for the whole ${v.level}; the script does not visibly use it`,
                start: 0,
                end: 0,
            });
        }
    }
    return { needs, doubts, gitToken };
}

;// CONCATENATED MODULE: ./src/workflows/github-script-needs.ts
/**
 * What an actions/github-script `script:` does with its authenticated `github` client, best effort: the REST calls
 * it makes (`github.rest.<area>.<method>`, the older `github.<area>.<method>`, `github.request('POST /repos/…')`).
 * GraphQL, methods out of our table, and the client handed to code we cannot see (`require('./x.js')({ github })`)
 * are doubts.
 */

/** Blanks (same length) `${{ … }}` expressions and JavaScript comments, keeping string literals. */
function blankNoise(script) {
    let out = script.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => ' '.repeat(m.length));
    const chars = out.split('');
    let quote;
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (quote) {
            if (c === '\\')
                i++;
            else if (c === quote)
                quote = undefined;
            continue;
        }
        if (c === "'" || c === '"' || c === '`') {
            quote = c;
            continue;
        }
        if (c === '/' && chars[i + 1] === '/') {
            while (i < chars.length && chars[i] !== '\n')
                chars[i++] = ' ';
        }
        else if (c === '/' && chars[i + 1] === '*') {
            while (i < chars.length && !(chars[i] === '*' && chars[i + 1] === '/')) {
                if (chars[i] !== '\n')
                    chars[i] = ' ';
                i++;
            }
            if (i < chars.length)
                chars[i] = chars[i + 1] = ' ';
            i++;
        }
    }
    out = chars.join('');
    return out;
}
const REST_RE = /\bgithub\s*\.\s*rest\s*\.\s*(\w+)\s*\.\s*(\w+)/g;
const LEGACY_RE = /(?<![.\w$])github\s*\.\s*(\w+)\s*\.\s*(\w+)/g;
const REQUEST_RE = /(?<![.\w$])github\s*\.\s*(?:request|paginate(?:\s*\.\s*iterator)?)\s*\(\s*(['"`])(?:([A-Za-z]+)\s+)?([^'"`]*)\1/g;
const GRAPHQL_RE = /(?<![.\w$])github\s*\.\s*graphql\b/g;
const IDENT_RE = /(?<![.\w$'"/@-])github\b(?![-\w$])/g;
const HOST_RE = /^\s*\.\s*(?:com|io|dev|blog)\b/;
function describe(needs) {
    return needs.map((n) => `${n.scope}: ${n.level}`).join(', ');
}
function analyseGithubScript(script) {
    const code = blankNoise(script);
    const needs = [];
    const doubts = [];
    const understood = new Set();
    let calls = 0;
    const record = (answer, what, start, end) => {
        understood.add(start);
        calls++;
        if (answer === undefined)
            doubts.push({ reason: `\`${what}\`: cannot tell what this call needs`, start, end });
        else if (answer !== 'none')
            for (const n of answer)
                needs.push({ ...n, reason: `\`${what}\` needs ${describe(answer)}`, start, end });
    };
    for (const m of code.matchAll(REST_RE))
        record(octokitNeed(m[1], m[2]), `github.rest.${m[1]}.${m[2]}`, m.index, m.index + m[0].length);
    for (const m of code.matchAll(LEGACY_RE)) {
        if (understood.has(m.index) || m[1] === 'rest' || !OCTOKIT_AREA_NAMES.has(m[1]))
            continue;
        record(octokitNeed(m[1], m[2]), `github.${m[1]}.${m[2]}`, m.index, m.index + m[0].length);
    }
    for (const m of code.matchAll(REQUEST_RE)) {
        const method = (m[2] ?? 'GET').toUpperCase();
        const path = m[3];
        record(path.includes('${') ? undefined : endpointNeed(method, path), `github.request('${method} ${path}')`, m.index, m.index + m[0].length);
    }
    for (const m of code.matchAll(GRAPHQL_RE)) {
        understood.add(m.index);
        doubts.push({ reason: 'a GraphQL query (`github.graphql`): we do not read what it asks for', start: m.index, end: m.index + m[0].length });
    }
    for (const m of code.matchAll(IDENT_RE)) {
        if (understood.has(m.index))
            continue;
        const after = code.slice(m.index + m[0].length, m.index + m[0].length + 200);
        if (HOST_RE.test(after))
            continue;
        // `github.paginate(github.rest.x.y, …)` is read through its inner method reference.
        if (/^\s*\.\s*paginate(?:\s*\.\s*iterator)?\s*\(\s*github\s*\./.test(after))
            continue;
        const next = /^\s*\.\s*(\w+)/.exec(after)?.[1];
        doubts.push({
            reason: next !== undefined ? `\`github.${next}\`: a use of the client we cannot read` : 'the `github` client is handed to code we cannot read',
            start: m.index,
            end: m.index + m[0].length,
        });
    }
    return { needs, doubts, calls };
}

;// CONCATENATED MODULE: ./src/workflows/needs.ts
/**
 * What each job needs of the GITHUB_TOKEN: the permission scopes its steps use, with the reasons, and how sure we
 * are. Pure: steps are judged from the action knowledge base (knowledge/actions/*.yml, compiled into the bundle),
 * and from heuristics on `run:` scripts and actions/github-script code.
 *
 * Confidence of a job:
 * - `certain`: every step is known — a knowledge base entry marked certain, or a script that cannot reach the token;
 * - `likely`: heuristics were used (gh/git/curl in scripts, github-script calls), an entry or condition we are not
 *   sure of, an action not in the knowledge base that is not handed the token (it may still read `github.token` by
 *   default), or the token sitting in a job- or workflow-level env the script does not visibly use;
 * - `unknown`: an action not in the knowledge base is handed the token, a script uses it in a way we cannot read,
 *   a local action or a reusable workflow (not resolved here).
 */






const NEEDS_MEMO = Symbol('jobNeeds');
/** What a workflow job needs. Memoised per file and job. */
function jobNeeds(file, job) {
    let memo = file.memo.get(NEEDS_MEMO);
    if (!memo) {
        memo = new Map();
        file.memo.set(NEEDS_MEMO, memo);
    }
    let result = memo.get(job.id);
    if (!result) {
        result = computeJobNeeds(file, job);
        memo.set(job.id, result);
    }
    return result;
}
/**
 * What a composite action's steps need, its inputs at their defaults (an input defaulting to `github.token` counts
 * as the GITHUB_TOKEN). JavaScript and Docker actions are `unknown`: their code is not read.
 */
function actionNeeds(file) {
    const builder = new NeedsBuilder();
    const runs = file.root.runs;
    if (file.kind !== 'action' || !isMap(runs) || runs.using !== 'composite') {
        const span = (isMap(runs) ? valueSpan(runs, 'using') : undefined) ?? keySpan(file.root, 'runs') ?? [0, 0];
        builder.doubt('unknown', { kind: 'not-composite', stepPath: ['runs'], span, reason: 'not a composite action: its code is not read' });
        return builder.result();
    }
    new StepWalker(file, builder, undefined).walk(stepGroups(file)[0] ?? []);
    return builder.result();
}
function computeJobNeeds(file, job) {
    const builder = new NeedsBuilder();
    const jobSpan = (0,yaml/* keySpan */.UT)(file.root.jobs, job.id) ?? [0, 0];
    if ((0,model/* isReusableCall */.qg)(job.job)) {
        builder.doubt('unknown', {
            kind: 'reusable-workflow',
            stepPath: [...job.path, 'uses'],
            span: (0,yaml/* valueSpan */.MK)(job.job, 'uses') ?? jobSpan,
            reason: `calls the reusable workflow ${String(job.job.uses)}: what it needs is up to its jobs (not resolved here)`,
        });
        return builder.result();
    }
    const walker = new StepWalker(file, builder, job);
    walker.containers();
    walker.walk((0,model/* stepGroups */.DG)(file).find((g) => g[0]?.job?.id === job.id) ?? []);
    return builder.result();
}
class NeedsBuilder {
    scopes = new Map();
    unknown = [];
    likely = [];
    need(scope, reason) {
        const existing = this.scopes.get(scope);
        if (!existing) {
            this.scopes.set(scope, { level: reason.level, privateOnly: reason.privateOnly === true, because: [reason] });
            return;
        }
        if (reason.level === 'write')
            existing.level = 'write';
        existing.privateOnly = existing.privateOnly && reason.privateOnly === true;
        existing.because.push(reason);
    }
    doubt(confidence, doubt) {
        (confidence === 'unknown' ? this.unknown : this.likely).push(doubt);
    }
    result() {
        const scopes = {};
        for (const scope of [...this.scopes.keys()].sort())
            scopes[scope] = this.scopes.get(scope);
        const confidence = this.unknown.length > 0 ? 'unknown' : this.likely.length > 0 ? 'likely' : 'certain';
        return { scopes, confidence, unknownBecause: this.unknown, likelyBecause: this.likely };
    }
}
/** Evaluates a knowledge condition on a step's `with:` inputs. Values given by expressions are undecided. */
function evaluateCondition(when, inputs) {
    const get = (name) => (inputs && Object.prototype.hasOwnProperty.call(inputs, name) ? inputs[name] : undefined);
    const given = (v) => v !== undefined && v !== null && v !== '';
    const results = [];
    for (const name of when.set ?? [])
        results.push(given(get(name)) ? 'yes' : 'no');
    for (const name of when.unset ?? [])
        results.push(given(get(name)) ? 'no' : 'yes');
    const test = (name, pattern, positive) => {
        const v = get(name);
        if (!given(v))
            return positive ? 'no' : 'yes';
        const text = typeof v === 'object' ? JSON.stringify(v) : String(v);
        if (text.includes('${{'))
            return 'undecided';
        const matched = new RegExp(pattern, 'i').test(text);
        return matched === positive ? 'yes' : 'no';
    };
    for (const [name, pattern] of Object.entries(when.matches ?? {}))
        results.push(test(name, pattern, true));
    for (const [name, pattern] of Object.entries(when.notMatches ?? {}))
        results.push(test(name, pattern, false));
    if (results.includes('no'))
        return 'no';
    return results.includes('undecided') ? 'undecided' : 'yes';
}
/** Walks one job's (or a composite action's) steps in order, carrying what git's credentials are. */
class StepWalker {
    file;
    builder;
    job;
    gitToken = 'none';
    root;
    constructor(file, builder, job) {
        this.file = file;
        this.builder = builder;
        this.job = job;
        this.root = file.kind === 'workflow' ? file.root : undefined;
    }
    walk(steps) {
        for (const ref of steps) {
            const layers = envLayers(ref.step, this.job?.job, this.root);
            const tokens = new TokenClassifier(this.file, layers);
            if (typeof ref.step.uses === 'string')
                this.usesStep(ref, ref.step.uses, layers, tokens);
            else if (typeof ref.step.run === 'string')
                this.script(ref, ref.step.run, (0,yaml/* valueSpan */.MK)(ref.step, 'run'), layers, tokens);
        }
    }
    /** Registry credentials of the job's container and services: pulling from ghcr.io with the token. */
    containers() {
        if (!this.job)
            return;
        const tokens = new TokenClassifier(this.file, envLayers(undefined, this.job.job, this.root));
        const check = (holder, path) => {
            if (!(0,yaml/* isMap */.jh)(holder) || typeof holder.image !== 'string' || !/^ghcr\.io\//i.test(holder.image))
                return;
            const creds = holder.credentials;
            if (!(0,yaml/* isMap */.jh)(creds))
                return;
            const kind = tokens.value(creds.password);
            if (kind !== 'github' && kind !== 'maybe')
                return;
            this.need({ scope: 'packages', level: 'read' }, {
                stepPath: path,
                span: (0,yaml/* valueSpan */.MK)(creds, 'password') ?? (0,yaml/* valueSpan */.MK)(holder, 'image'),
                reason: `pulls ${holder.image} from ghcr.io with the token`,
                source: 'heuristic',
                confidence: 'likely',
                level: 'read',
            }, kind === 'maybe' ? 'token-expression' : 'heuristic');
        };
        check(this.job.job.container, [...this.job.path, 'container']);
        const services = this.job.job.services;
        if ((0,yaml/* isMap */.jh)(services))
            for (const name of Object.keys(services))
                check(services[name], [...this.job.path, 'services', name]);
    }
    need(need, reason, likelyKind) {
        this.builder.need(need.scope, reason);
        if (reason.confidence === 'likely')
            this.builder.doubt('likely', { kind: likelyKind, stepPath: reason.stepPath, span: reason.span, reason: reason.reason });
    }
    doubt(confidence, kind, ref, span, reason) {
        this.builder.doubt(confidence, { kind, stepPath: ref.path, span, reason });
    }
    /** `with:` inputs and step `env:` values that hand over the GITHUB_TOKEN (or may). */
    explicitTokens(ref, tokens, except = new Set()) {
        const out = [];
        const w = ref.step.with;
        if ((0,yaml/* isMap */.jh)(w)) {
            for (const k of Object.keys(w)) {
                if (except.has(`with.${k}`))
                    continue;
                const kind = tokens.value(w[k]);
                if (kind === 'github' || kind === 'maybe')
                    out.push(`with.${k}`);
            }
        }
        const env = ref.step.env;
        if ((0,yaml/* isMap */.jh)(env)) {
            for (const k of Object.keys(env)) {
                if (except.has(`env.${k}`))
                    continue;
                const kind = tokens.value(env[k]);
                if (kind === 'github' || kind === 'maybe')
                    out.push(`env.${k}`);
            }
        }
        return out;
    }
    usesStep(ref, uses, layers, tokens) {
        const anchor = (0,model/* stepAnchor */.AK)(ref);
        const parsed = (0,model/* parseUses */.Ap)(uses);
        if (parsed.kind === 'local') {
            this.doubt('unknown', 'local-action', ref, anchor, `local action ${uses.trim()}: not resolved here`);
            return;
        }
        if (parsed.kind === 'unknown') {
            this.doubt('unknown', 'unresolvable-uses', ref, anchor, `\`uses: ${uses.trim()}\` cannot be resolved`);
            return;
        }
        if (parsed.kind === 'docker') {
            // A container image gets no github.token by default: only what the step hands it.
            const given = this.explicitTokens(ref, tokens);
            if (given.length > 0)
                this.doubt('unknown', 'docker-action-token', ref, anchor, `the container action ${uses.trim()} is handed the GITHUB_TOKEN (${given.join(', ')})`);
            return;
        }
        const key = knowledgeKey(parsed);
        const entry = knowledgeFor(key);
        if (!entry) {
            const given = this.explicitTokens(ref, tokens);
            if (given.length > 0) {
                this.doubt('unknown', 'unknown-action-token', ref, anchor, `${key} is not in the knowledge base and is handed the GITHUB_TOKEN (${given.join(', ')})`);
            }
            else {
                this.doubt('likely', 'unknown-action', ref, anchor, `${key} is not in the knowledge base; it may still use the GITHUB_TOKEN by default`);
            }
            return;
        }
        this.knownAction(ref, entry, anchor, layers, tokens);
    }
    /** Which token a known action works with: its token inputs if given, else its token env vars, else its defaults. */
    tokenOf(entry, inputs, layers, tokens) {
        if (entry.implicitToken)
            return 'github';
        if (entry.gitCredentials)
            return this.gitToken;
        const given = entry.tokenInputs.filter((t) => inputs && Object.prototype.hasOwnProperty.call(inputs, t.name));
        if (given.length > 0)
            return strongestToken(given.map((t) => tokens.value(inputs[t.name])));
        const env = entry.tokenEnv.map((name) => envEntry(layers, name)).filter((e) => e !== undefined);
        if (env.length > 0)
            return strongestToken(env.map((e) => tokens.value(e.value)));
        return entry.tokenInputs.some((t) => t.defaultIsGithubToken) ? 'github' : 'none';
    }
    knownAction(ref, entry, anchor, layers, tokens) {
        const inputs = (0,yaml/* isMap */.jh)(ref.step.with) ? ref.step.with : undefined;
        const token = this.tokenOf(entry, inputs, layers, tokens);
        const base = { stepPath: ref.path, span: anchor, source: 'knowledge', action: entry.action, definedAt: entry.definedAt, reference: entry.source };
        const apply = (needs, reason, sure, likelyKind) => {
            for (const n of needs) {
                if (n.scope !== 'id-token' && token !== 'github' && token !== 'maybe')
                    continue; // another credential does it
                const maybe = n.scope !== 'id-token' && token === 'maybe';
                const confidence = sure === 'likely' || maybe ? 'likely' : 'certain';
                const shown = maybe ? `${entry.action}: ${reason} (if its token is the GITHUB_TOKEN)` : `${entry.action}: ${reason}`;
                this.need(n, { ...base, reason: shown, confidence, level: n.level, ...(n.privateOnly ? { privateOnly: true } : {}) }, maybe ? 'token-expression' : likelyKind);
            }
        };
        if (entry.confidence === 'likely')
            this.doubt('likely', 'knowledge-likely', ref, anchor, `${entry.action}: the knowledge base is not sure of this action (${entry.reason})`);
        apply(entry.needs, entry.reason, entry.confidence, 'knowledge-likely');
        for (const c of entry.cases) {
            const decision = evaluateCondition(c.when, inputs);
            if (decision === 'no')
                continue;
            if (decision === 'undecided') {
                apply(c.needs, `${c.reason} (its inputs are given by expressions: assumed to apply)`, 'likely', 'condition-expression');
            }
            else
                apply(c.needs, c.reason, c.confidence, 'knowledge-likely');
        }
        // The token handed over where the knowledge base does not expect it.
        const expected = new Set([...entry.tokenInputs.map((t) => `with.${t.name}`), ...entry.tokenEnv.map((n) => `env.${n}`)]);
        for (const name of entry.shellInputs)
            expected.add(`with.${name}`);
        if (entry.githubScriptInput)
            expected.add(`with.${entry.githubScriptInput}`);
        if ((entry.githubScriptInput || entry.shellInputs.length > 0) && (0,yaml/* isMap */.jh)(ref.step.env)) {
            // The environment of the script the action runs: judged by what the script does with it.
            for (const k of Object.keys(ref.step.env))
                expected.add(`env.${k}`);
        }
        const unlisted = this.explicitTokens(ref, tokens, expected);
        if (unlisted.length > 0) {
            this.doubt('likely', 'unlisted-token-input', ref, anchor, `${entry.action} is handed the GITHUB_TOKEN in ${unlisted.join(', ')}, which the knowledge base does not list as a way it takes a token`);
        }
        for (const name of entry.shellInputs) {
            const script = inputs?.[name];
            if (typeof script === 'string')
                this.script(ref, script, (0,yaml/* valueSpan */.MK)(inputs, name), layers, tokens);
        }
        if (entry.githubScriptInput)
            this.githubScript(ref, entry, inputs, token, layers, tokens);
        if (entry.checkout)
            this.checkout(inputs, token);
    }
    /** actions/checkout (and wrappers) leave the token in .git/config unless persist-credentials is false. */
    checkout(inputs, token) {
        const persist = inputs?.['persist-credentials'];
        if (persist === false || (typeof persist === 'string' && persist.trim().toLowerCase() === 'false'))
            return;
        const expression = typeof persist === 'string' && persist.includes('${{');
        this.gitToken = expression && token === 'github' ? 'maybe' : token;
    }
    githubScript(ref, entry, inputs, token, layers, tokens) {
        const name = entry.githubScriptInput;
        const script = inputs?.[name];
        if (typeof script !== 'string')
            return;
        const span = (0,yaml/* valueSpan */.MK)(inputs, name);
        // The GITHUB_TOKEN read from the environment (process.env.X) goes wherever the code sends it.
        for (const [envName, { value }] of visibleEnv(layers)) {
            const kind = tokens.value(value);
            if (kind !== 'github' && kind !== 'maybe')
                continue;
            const n = envName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            const read = new RegExp(`process\\.env(?:\\.${n}\\b|\\[\\s*['"\`]${n}['"\`]\\s*\\])`).exec(script);
            if (read)
                this.doubt('unknown', 'github-script', ref, this.locate(script, span, read.index, read.index + read[0].length), `${entry.action}: the script reads the GITHUB_TOKEN from ${read[0]}, and we do not follow where it goes`);
        }
        if (token !== 'github' && token !== 'maybe')
            return; // the client is authenticated with another token
        if (/^\s*\$\{\{[^}]*\}\}\s*$/.test(script)) {
            this.doubt('unknown', 'github-script', ref, span, `${entry.action}: the script is given by an expression`);
            return;
        }
        const analysis = analyseGithubScript(script);
        for (const n of analysis.needs) {
            const at = this.locate(script, span, n.start, n.end);
            const reason = token === 'maybe' ? `${n.reason} (if github-token is the GITHUB_TOKEN)` : n.reason;
            this.need(n, { stepPath: ref.path, span: at, reason, source: 'heuristic', confidence: 'likely', level: n.level }, token === 'maybe' ? 'token-expression' : 'heuristic');
        }
        for (const d of analysis.doubts)
            this.doubt('unknown', 'github-script', ref, this.locate(script, span, d.start, d.end), `${entry.action}: ${d.reason}`);
    }
    /** A shell script: `run:`, or an action input that holds one. */
    script(ref, text, span, layers, tokens) {
        const tokenVars = [];
        for (const [name, { value, layer }] of visibleEnv(layers)) {
            const kind = tokens.value(value);
            if (kind === 'github' || kind === 'maybe')
                tokenVars.push({ name, kind, level: layer.level });
        }
        const ghVar = envEntry(layers, 'GH_TOKEN') ? 'GH_TOKEN' : envEntry(layers, 'GITHUB_TOKEN') ? 'GITHUB_TOKEN' : undefined;
        const ghEnvToken = ghVar === undefined ? 'none' : tokens.value(envEntry(layers, ghVar).value);
        const reachable = (k) => k === 'github' || k === 'maybe';
        // A script that cannot reach the token needs nothing of it; most scripts end here.
        if (tokenVars.length === 0 && !reachable(ghEnvToken) && !reachable(this.gitToken) && !text.includes('${{'))
            return;
        const analysis = analyseScript({
            text,
            tokenVars,
            ghEnvToken,
            ...(ghVar !== undefined ? { ghEnvVar: ghVar } : {}),
            gitToken: this.gitToken,
            expression: (inner) => tokens.expression(inner),
            ...(this.shellOf(ref) !== undefined ? { shell: this.shellOf(ref) } : {}),
        });
        this.gitToken = analysis.gitToken;
        for (const n of analysis.needs) {
            const at = this.locate(text, span, n.start, n.end);
            this.need(n, { stepPath: ref.path, span: at, reason: n.reason, source: 'heuristic', confidence: 'likely', level: n.level }, n.maybe ? 'token-expression' : 'heuristic');
        }
        for (const d of analysis.doubts) {
            const at = d.start === d.end ? span : this.locate(text, span, d.start, d.end);
            this.doubt(d.confidence, d.kind, ref, at, d.reason);
        }
    }
    /** The step's shell: its own, else the job's or the workflow's `defaults.run.shell`. */
    shellOf(ref) {
        const fromDefaults = (holder) => {
            const d = holder?.defaults;
            return (0,yaml/* isMap */.jh)(d) && (0,yaml/* isMap */.jh)(d.run) ? d.run.shell : undefined;
        };
        const shell = ref.step.shell ?? fromDefaults(this.job?.job) ?? fromDefaults(this.root);
        return typeof shell === 'string' ? shell : undefined;
    }
    /** Absolute offsets of text.slice(start, end), found verbatim inside the value's span; else the whole value. */
    locate(text, span, start, end) {
        const snippet = text.slice(start, end).split('\n', 1)[0].trimEnd();
        if (snippet.trim() === '')
            return span;
        const at = this.file.text.indexOf(snippet, span[0]);
        return at >= 0 && at + snippet.length <= span[1] ? [at, at + snippet.length] : span;
    }
}

;// CONCATENATED MODULE: ./src/workflows/exposure.ts


const OUTSIDER_EVENTS = new Set(['pull_request_target', 'issue_comment', 'issues', 'discussion', 'discussion_comment', 'workflow_run', 'watch', 'fork']);
const MAINTAINER_EVENTS = new Set([
    'schedule',
    'workflow_dispatch',
    'repository_dispatch',
    'release',
    'deployment',
    'deployment_status',
    'workflow_call',
    'registry_package',
    'page_build',
]);
const exposure_RANK = { maintainer: 0, contributor: 1, outsider: 2 };
/** A `push` trigger limited to tags (no `branches`, some `tags`): only people who can push tags start it. */
function tagOnlyPush(on) {
    if (!(0,yaml/* isMap */.jh)(on))
        return false;
    const push = on.push;
    if (!(0,yaml/* isMap */.jh)(push))
        return false;
    const has = (k) => Object.prototype.hasOwnProperty.call(push, k);
    return (has('tags') || has('tags-ignore')) && !has('branches') && !has('branches-ignore');
}
function eventExposure(name, on) {
    if (OUTSIDER_EVENTS.has(name))
        return 'outsider';
    if (MAINTAINER_EVENTS.has(name))
        return 'maintainer';
    if (name === 'push' && tagOnlyPush(on))
        return 'maintainer';
    return 'contributor';
}
const EXPOSURE = Symbol('exposure');
/** The most exposed level among the workflow's triggers (a workflow with no readable trigger counts as contributor). */
function triggerExposure(root) {
    const cached = root[EXPOSURE];
    if (cached)
        return cached;
    const list = (0,model/* triggers */.G)(root);
    let level = list.length === 0 ? 'contributor' : 'maintainer';
    let events = [];
    for (const t of list) {
        const e = eventExposure(t.name, root.on);
        if (exposure_RANK[e] > exposure_RANK[level]) {
            level = e;
            events = [t.name];
        }
        else if (e === level)
            events.push(t.name);
    }
    const result = { level, events };
    Object.defineProperty(root, EXPOSURE, { value: result, enumerable: false });
    return result;
}
const BOT_RE = /\[bot\]|^dependabot|^renovate|-bot$/i;
const FORKS_EXCLUDED_RE = /head\.repo\.full_name\s*==\s*github\.repository\b|github\.repository\s*==\s*github\.event\.pull_request\.head\.repo\.full_name|head_repository\.full_name\s*==\s*github\.repository\b|head\.repo\.full_name\s*==\s*'[^']+'|head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork/;
const ACTOR_EQ_RE = /github\.(?:actor|triggering_actor|event\.(?:pull_request\.user\.login|comment\.user\.login|sender\.login))\s*==\s*'([^']+)'/g;
/**
 * A condition that keeps outsiders from reaching the job or step: forks excluded, the author's association, an
 * allow-list of (human) actors, or a label a maintainer adds. A bot actor is no gate: an attacker can make a bot the
 * actor of their event (e.g. by asking Dependabot to rebase their pull request).
 */
function gateIn(condition) {
    if (typeof condition !== 'string')
        return undefined;
    const c = condition;
    if (FORKS_EXCLUDED_RE.test(c))
        return { strength: 'strong', what: 'pull requests from forks are excluded' };
    if (/author_association/.test(c) && /\b(?:OWNER|MEMBER|COLLABORATOR)\b/.test(c) && !/!=/.test(c)) {
        return { strength: 'strong', what: "the author's association (owner, member or collaborator) is checked" };
    }
    const names = [...c.matchAll(ACTOR_EQ_RE)].map((m) => m[1]);
    if (names.length > 0 && names.every((n) => !BOT_RE.test(n)))
        return { strength: 'strong', what: `only ${names.join(', ')} can run it` };
    if (/contains\s*\(\s*fromjson\s*\(/i.test(c) && /github\.(?:actor|triggering_actor)|user\.login/.test(c) && !BOT_RE.test(c)) {
        return { strength: 'strong', what: 'an actor allow-list is checked' };
    }
    if (/labels\.\*\.name|github\.event\.label\.name/.test(c)) {
        return { strength: 'weak', what: 'a maintainer must add a label first (the pull request can still change after it)' };
    }
    return undefined;
}
/** The strongest gate among the given `if:` conditions (job, step). */
function strongestGate(...conditions) {
    const gates = conditions.map(gateIn).filter((g) => g !== undefined);
    return gates.find((g) => g.strength === 'strong') ?? gates[0];
}
/** The exposure of one job: the workflow's, lowered to contributor behind a strong gate. */
function jobExposure(root, job) {
    const base = triggerExposure(root);
    const gate = gateIn(job.if);
    if (base.level === 'outsider' && gate?.strength === 'strong')
        return { level: 'contributor', events: base.events, gate };
    return gate ? { ...base, gate } : base;
}
const SCALE = ['info', 'low', 'medium', 'high', 'critical'];
/** Moves a severity up or down the scale, within [floor, ceiling]. */
function shiftSeverity(severity, by, floor = 'info', ceiling = 'critical') {
    const i = Math.min(Math.max(SCALE.indexOf(severity) + by, SCALE.indexOf(floor)), SCALE.indexOf(ceiling));
    return SCALE[i];
}
/** +1 for outsiders, −1 for maintainer-only workflows, 0 otherwise. */
function exposureShift(level) {
    return level === 'outsider' ? 1 : level === 'maintainer' ? -1 : 0;
}

// EXTERNAL MODULE: ./src/model/severity.ts
var severity = __nccwpck_require__(502);
;// CONCATENATED MODULE: ./src/workflows/token-power.ts





/**
 * A workflow that can be called (`workflow_call`) is started by whatever its callers are: a maintainer-only level
 * cannot be trusted there, so it counts as the reference level (no shift).
 */
function callable(root, exposure) {
    return exposure === 'maintainer' && (0,model/* triggerNames */.R0)(root).has('workflow_call') ? 'contributor' : exposure;
}
/**
 * How much a write token is worth, by its most valuable write scope, on the permissions rule's scale (`contents`,
 * `packages`, `pull-requests` … high; `checks`, `statuses`, `discussions` … medium); undefined without a write scope.
 */
function writeWeight(p) {
    if (!p)
        return undefined;
    const scopes = tokenWriteScopes(p);
    if (scopes.length === 0)
        return undefined;
    const worst = scopes.map((s) => PERMISSION_SCOPES[s].workflowWriteSeverity).sort(severity/* bySeverityDesc */.IO)[0];
    return worst === 'low' ? 'medium' : worst;
}
function tokenPower(p) {
    if (!p || p.possiblyWriteAll)
        return 'unknown';
    return tokenWriteScopes(p).length > 0 ? 'write' : 'read';
}
const CALLER_DECIDES = { power: 'unknown', permissions: undefined, grant: "the calling job's token permissions", exposure: 'contributor', events: [] };
const token_power_MEMO = Symbol('jobTokenContext');
/** The token's power and the exposure of a job (or of a composite action, where both are the caller's). Memoised per job. */
function jobTokenContext(file, job) {
    if (file.kind !== 'workflow' || !job)
        return CALLER_DECIDES;
    let byJob = file.memo.get(token_power_MEMO);
    if (!byJob)
        file.memo.set(token_power_MEMO, (byJob = new Map()));
    let ctx = byJob.get(job.id);
    if (!ctx) {
        const permissions = effectivePermissions(file, job);
        const exp = jobExposure(file.root, job.job);
        ctx = { power: tokenPower(permissions), permissions, grant: describeGrant(permissions), exposure: callable(file.root, exp.level), events: exp.events };
        byJob.set(job.id, ctx);
    }
    return ctx;
}
/** A step's context: an outsider-triggered job behind a strong gate on the step (`if:`) counts as contributor. */
function stepTokenContext(ctx, step) {
    if (ctx.exposure !== 'outsider' || gateIn(step.if)?.strength !== 'strong')
        return ctx;
    return { ...ctx, exposure: 'contributor' };
}
function lazyContext(make) {
    let value;
    return () => (value ??= make());
}
/** The most powerful token among a workflow's jobs (for workflow-level `env:`), with the workflow's exposure. */
function workflowTokenContext(file, jobs) {
    const contexts = jobs.map((j) => jobTokenContext(file, j));
    const rank = { read: 0, unknown: 1, write: 2 };
    const best = contexts.reduce((a, c) => (!a || rank[c.power] > rank[a.power] ? c : a), undefined);
    const exp = triggerExposure(file.root);
    const base = best ?? CALLER_DECIDES;
    return { ...base, exposure: callable(file.root, exp.level), events: exp.events };
}
/**
 * Moves a severity by who can start the workflow: +1 when outsiders can (issue comments, pull_request_target …), −1
 * when only maintainers do (schedule, dispatch, tag pushes, releases), within [low, high]. `raiseOnly` for supply-chain
 * findings, where the one who moves the action's ref is the attacker whoever starts the run.
 */
function shiftByExposure(severity, ctx, raiseOnly = false) {
    const by = ctx.exposure === 'outsider' ? 1 : ctx.exposure === 'maintainer' && !raiseOnly ? -1 : 0;
    if (by === 0)
        return severity;
    return shiftSeverity(severity, by, 'low', severity === 'critical' ? 'critical' : 'high');
}
/** A clause for messages when the exposure moved the severity. */
function exposureNote(ctx, raiseOnly = false) {
    const events = ctx.events.join(', ');
    if (ctx.exposure === 'outsider')
        return `; anyone can start this workflow (${events})`;
    if (ctx.exposure === 'maintainer' && !raiseOnly && events)
        return `; only maintainers start this workflow (${events})`;
    return '';
}

;// CONCATENATED MODULE: ./src/rules/permissions.ts









/**
 * GITHUB_TOKEN permissions, judged the way GitHub runs the jobs: each job's effective grant (its own block, else the
 * workflow's, else the repository default) against what its steps need (the knowledge base, src/workflows/needs.ts).
 *
 * - Nothing set anywhere: the jobs run with the repository default, possibly write-all — one finding for the workflow,
 *   each job that inherits it a related location (medium; high when anyone can start the workflow).
 * - `write-all` (high) / `read-all` (medium), unknown scopes and invalid levels.
 * - A write scope at workflow level, graded by who inherits it: no inheriting job needs it → by scope and exposure
 *   (the default every job, including jobs added later, inherits); some need it and others not → one level lower, and
 *   the fix is to move it into the jobs that need it; every inheriting job needs it → nothing. A block that reaches no
 *   job has no effect (info). A `workflow_call`-only workflow grants nothing itself: its blocks only narrow the caller.
 * - A write scope in a job's own block that none of its steps needs: low (hygiene; the recommended shape otherwise).
 * - A scope a step needs that the job's explicit grant withholds: the step will fail (high when the knowledge base is
 *   certain, medium when the need was inferred).
 * - Jobs whose needs are `unknown` are never graded above low.
 */
const permissions = {
    meta: {
        id: 'permissions',
        category: 'permissions',
        defaultSeverity: 'medium',
        summary: "GITHUB_TOKEN permissions against what each job needs: jobs on the repository default, write-all/read-all, write scopes no inheriting job needs, grants missing for a step's needs, invalid blocks.",
        remediation: 'Set `permissions: {}` (or `contents: read`) at the top of the workflow and grant each job only the scopes its steps need in its own `permissions:` map.',
        docs: '#rule-permissions',
        tags: ['least-privilege'],
        appliesTo: ['workflow'],
    },
    check(context) {
        const { root } = context.file;
        const reusableOnly = isWorkflowCallOnly(root);
        const exposure = triggerExposure(root);
        const jobs = (0,model/* jobsOf */.aG)(root);
        const hasWorkflowBlock = permissions_has(root, 'permissions');
        if (hasWorkflowBlock)
            checkBlockSyntax(context, root, ['permissions'], 'workflow', reusableOnly);
        for (const job of jobs)
            if (permissions_has(job.job, 'permissions'))
                checkBlockSyntax(context, job.job, [...job.path, 'permissions'], 'job', reusableOnly);
        const inheriting = jobs.filter((j) => !permissions_has(j.job, 'permissions'));
        if (!hasWorkflowBlock && !reusableOnly)
            reportDefaultGrant(context, inheriting, exposure);
        if (!hasWorkflowBlock && reusableOnly)
            reportNestedCalls(context, inheriting);
        if (hasWorkflowBlock && !reusableOnly)
            judgeWorkflowBlock(context, jobs, inheriting, exposure);
        for (const job of jobs) {
            if ((0,model/* isReusableCall */.qg)(job.job))
                continue;
            if (permissions_has(job.job, 'permissions'))
                judgeJobBlock(context, job);
            reportMissingGrants(context, job);
        }
    },
};
function permissions_has(map, key) {
    return Object.prototype.hasOwnProperty.call(map, key);
}
/** Who can start the workflow, for messages. */
function exposureClause(exposure) {
    if (exposure.level === 'outsider')
        return `; anyone can start this workflow (${exposure.events.join(', ')})`;
    if (exposure.level === 'maintainer')
        return `; only maintainers start this workflow (${exposure.events.join(', ')})`;
    return '';
}
function list(names, max = 5) {
    return names.slice(0, max).join(', ') + (names.length > max ? `, … (${names.length} in all)` : '');
}
/** One finding for one root cause: no block anywhere, every job that inherits the default as a related location. */
function reportDefaultGrant(context, inheriting, exposure) {
    if (inheriting.length === 0)
        return;
    const jobsKey = context.file.root.jobs;
    // On a trigger anyone can start, the default token is within an outsider's reach when the job runs code they can
    // influence: a third-party action at a movable ref, a reusable workflow, event text in a script, the PR's code.
    const reach = exposure.level === 'outsider' ? inheriting.map((j) => outsiderReach(context, j)).find((r) => r !== undefined) : undefined;
    const severity = reach ? 'high' : 'medium';
    const calls = inheriting.filter((j) => (0,model/* isReusableCall */.qg)(j.job));
    const names = inheriting.map((j) => j.id);
    const what = inheriting.length === 1
        ? (0,model/* isReusableCall */.qg)(inheriting[0].job)
            ? `job "${names[0]}" calls a reusable workflow, which gets`
            : `job "${names[0]}" runs with`
        : `${inheriting.length} jobs (${list(names)}) run with`;
    context.report({
        message: `No \`permissions:\` at the top of the workflow and none in the job: ${what} the repository's default GITHUB_TOKEN permissions (possibly write-all)` +
            exposureClause(exposure) +
            (reach ? `, and ${reach}` : exposure.level === 'outsider' ? '; no step is seen running code an outsider controls' : ''),
        severity,
        span: (0,yaml/* keySpan */.UT)(context.file.root, 'on') ?? (0,yaml/* keySpan */.UT)(context.file.root, 'jobs'),
        path: ['permissions'],
        related: inheriting.map((j) => ({
            message: calls.includes(j) ? `job "${j.id}" calls a reusable workflow with the default token` : `job "${j.id}" inherits the default token`,
            span: (0,yaml/* keySpan */.UT)(jobsKey, j.id),
        })),
    });
}
/**
 * A `workflow_call`-only workflow's own jobs run with what its caller grants, but a nested call hands all of it on to
 * another workflow (often in another repository): that call site is where it is narrowed.
 */
function reportNestedCalls(context, inheriting) {
    for (const job of inheriting) {
        if (!(0,model/* isReusableCall */.qg)(job.job))
            continue;
        context.report({
            message: `Job "${job.id}" calls a reusable workflow without \`permissions:\`: it hands on every permission this workflow's caller grants`,
            span: (0,yaml/* keySpan */.UT)(context.file.root.jobs, job.id),
            path: [...job.path, 'permissions'],
        });
    }
}
const UNTRUSTED_TEXT_RE = /\$\{\{[^}]*\bgithub\.(?:head_ref|event\.(?:issue|pull_request|comment|review|review_comment|discussion|head_commit|commits|workflow_run\.(?:head_branch|head_commit|display_title))\b[^}]*?\.(?:title|body|message|ref|label|name|head_branch|display_title|email))/;
/** What in a job lets an outsider reach its token, for messages; undefined when nothing is seen. */
function outsiderReach(context, job) {
    if (strongestGate(job.job.if)?.strength === 'strong')
        return undefined;
    if ((0,model/* isReusableCall */.qg)(job.job))
        return `job "${job.id}" hands it to a reusable workflow`;
    for (const step of (0,model/* stepsOfJob */.E5)(job)) {
        const s = step.step;
        if (isUnpinnedThirdParty(s.uses, context.repositoryOwner))
            return `job "${job.id}" runs ${String(s.uses).trim()}, a third-party action at a movable ref`;
        if (typeof s.run === 'string' && UNTRUSTED_TEXT_RE.test(s.run))
            return `job "${job.id}" expands text an outsider writes into a script`;
        const ref = (0,model/* withInput */.zE)(s, 'ref');
        if ((0,model/* usesAction */.$m)(s, 'actions/checkout') && typeof ref === 'string' && /pull_request\.head\.|github\.head_ref|refs\/pull\//.test(ref)) {
            return `job "${job.id}" checks out the pull request's code`;
        }
    }
    return undefined;
}
const LEVEL_RANK = { none: 0, read: 1, write: 2 };
/**
 * Needs we cannot judge: `unknown`, or an action missing from the knowledge base — it may read `github.token` by
 * default (GitHub lets every action do so), so "it does not need the scope" cannot be claimed for its job.
 */
function cannotJudge(needs) {
    return needs.confidence === 'unknown' || needs.likelyBecause.some((d) => d.kind === 'unknown-action');
}
function needsWrite(needs, scope) {
    return needs.scopes[scope]?.level === 'write';
}
/** The first reason a job needs a scope, for messages: "actions/labeler: applies labels". */
function firstReason(reasons, level) {
    const r = reasons.find((x) => level === undefined || x.level === level) ?? reasons[0];
    if (!r)
        return '';
    return r.reason;
}
function judgeWorkflowBlock(context, jobs, inheriting, exposure) {
    const { root } = context.file;
    const block = root.permissions;
    const span = (0,yaml/* entrySpan */.hn)(root, 'permissions');
    if (inheriting.length === 0) {
        // Only worth saying when the block grants something a reader could believe applies.
        const grants = typeof block === 'string'
            ? block === 'write-all' || block === 'read-all'
            : (0,yaml/* isMap */.jh)(block) && Object.keys(block).some((s) => {
                const level = block[s];
                return (level === 'read' || level === 'write') && PERMISSION_SCOPES[s]?.levels?.includes(level) === true;
            });
        if (grants && jobs.length > 0) {
            context.report({
                message: 'This workflow-level `permissions:` reaches no job: every job sets its own, so it has no effect',
                severity: 'info',
                span,
                path: ['permissions', 'no-effect'],
            });
        }
        return;
    }
    if (!(0,yaml/* isMap */.jh)(block))
        return; // write-all / read-all / {} are judged by checkBlockSyntax
    const single = jobs.length === 1;
    for (const scope of Object.keys(block)) {
        if (block[scope] !== 'write' || !PERMISSION_SCOPES[scope])
            continue;
        const needers = [];
        const unknown = [];
        const notNeeding = [];
        for (const job of inheriting) {
            const needs = jobNeeds(context.file, job);
            if (needsWrite(needs, scope))
                needers.push(job);
            else if (cannotJudge(needs))
                unknown.push(job);
            else
                notNeeding.push(job);
        }
        if (notNeeding.length === 0 && (needers.length > 0 || unknown.length === 0))
            continue; // every judged job needs it
        const scopeSpan = (0,yaml/* entrySpan */.hn)(block, scope);
        const path = ['permissions', scope];
        const base = PERMISSION_SCOPES[scope].workflowWriteSeverity;
        const shifted = shiftByExposure(base, { exposure: exposure.level });
        if (notNeeding.length === 0) {
            // Only jobs we cannot read inherit it (local actions, reusable workflows, unknown actions handed the token).
            context.report({
                message: `\`${scope}: write\` at the top of the workflow reaches ${unknown.length === 1 ? `job "${unknown[0].id}"` : `jobs ${list(unknown.map((j) => j.id))}`}, whose needs cannot be read from this file (${unknownWhy(context, unknown[0])}); grant it in the job that needs it`,
                severity: 'low',
                span: scopeSpan,
                path,
            });
            continue;
        }
        const names = notNeeding.map((j) => j.id);
        if (needers.length === 0 && unknown.length === 0) {
            const who = single ? `the workflow's only job ("${names[0]}"), which does not need it` : `every job of the workflow (${list(names)}), and none of them needs it`;
            context.report({
                message: `\`${scope}: write\` is granted to ${who}: it is the default every job inherits, including jobs added later${exposureClause(exposure)}`,
                severity: shifted,
                span: scopeSpan,
                path,
                related: notNeeding.map((j) => ({ message: `job "${j.id}" inherits \`${scope}: write\` and does not need it`, span: (0,yaml/* keySpan */.UT)(root.jobs, j.id) })),
            });
            continue;
        }
        // Some inheriting jobs need it, others do not: the scope belongs in the jobs that need it.
        const needNames = needers.map((j) => j.id);
        const reason = needers.length > 0 ? firstReason(jobNeeds(context.file, needers[0]).scopes[scope].because, 'write') : '';
        context.report({
            message: `\`${scope}: write\` at the top of the workflow also reaches ${names.length === 1 ? `job "${names[0]}"` : `jobs ${list(names)}`}, which ${names.length === 1 ? 'does' : 'do'} not need it` +
                (needers.length > 0 ? `; grant it only in ${needNames.length === 1 ? `job "${needNames[0]}"` : `jobs ${list(needNames)}`}${reason ? ` (${reason})` : ''}` : '') +
                exposureClause(exposure),
            severity: unknown.length > 0 && needers.length === 0 ? 'low' : lower(shifted),
            span: scopeSpan,
            path,
            related: notNeeding.map((j) => ({ message: `job "${j.id}" inherits \`${scope}: write\` and does not need it`, span: (0,yaml/* keySpan */.UT)(root.jobs, j.id) })),
        });
    }
}
function lower(severity) {
    return severity === 'critical' ? 'high' : severity === 'high' ? 'medium' : severity === 'medium' ? 'low' : severity;
}
function unknownWhy(context, job) {
    const needs = jobNeeds(context.file, job);
    const doubt = needs.unknownBecause[0] ?? needs.likelyBecause.find((d) => d.kind === 'unknown-action');
    return doubt ? doubt.reason : 'not all of its steps are known';
}
/** A job's own block: write scopes none of its steps needs (low: the shape is right, the grant is wider than needed). */
function judgeJobBlock(context, job) {
    const block = job.job.permissions;
    if (!(0,yaml/* isMap */.jh)(block))
        return;
    const needs = jobNeeds(context.file, job);
    if (cannotJudge(needs))
        return;
    for (const scope of Object.keys(block)) {
        if (block[scope] !== 'write' || !PERMISSION_SCOPES[scope])
            continue;
        const need = needs.scopes[scope];
        if (need?.level === 'write')
            continue;
        context.report({
            message: need?.level === 'read'
                ? `Job "${job.id}" is granted \`${scope}: write\` but its steps only read (${firstReason(need.because)}): \`${scope}: read\` is enough`
                : `Job "${job.id}" is granted \`${scope}: write\` but none of its steps needs it${needs.confidence === 'likely' ? ' (as far as its steps can be read)' : ''}`,
            severity: 'low',
            span: (0,yaml/* entrySpan */.hn)(block, scope),
            path: [...job.path, 'permissions', scope],
        });
    }
}
/** Needs the job's explicit grant withholds: the step will fail. */
function reportMissingGrants(context, job) {
    const granted = effectivePermissions(context.file, job);
    if (granted.possiblyWriteAll || granted.source === 'default')
        return;
    const needs = jobNeeds(context.file, job);
    for (const scope of Object.keys(needs.scopes)) {
        const need = needs.scopes[scope];
        if (need.privateOnly || !PERMISSION_SCOPES[scope])
            continue;
        if (LEVEL_RANK[granted.level(scope)] >= LEVEL_RANK[need.level])
            continue;
        if (granted.unknownScopes.includes(scope))
            continue;
        const certain = need.because.some((r) => r.confidence === 'certain' && r.level === need.level);
        // The steps that need it already get another write scope they need: the author granted for this step and left
        // this scope out, most often because the step is configured not to use it (e.g. a stale bot for issues only).
        const partial = need.level === 'write' && need.because.some((r) => otherWriteGranted(needs, r.stepPath, scope, granted.level.bind(granted)));
        // Public content can often be read without the scope: a missing read is a likely failure, not a certain one.
        // Every step that needs it runs only under a condition: it fails when it runs, which may be rare.
        const conditional = need.because.every((r) => stepCondition(job, r.stepPath) !== undefined);
        const severity = need.level === 'read' || partial ? 'low' : certain && !conditional ? 'high' : 'medium';
        const outcome = need.level === 'read'
            ? 'the step may fail (certainly in a private repository)'
            : partial
                ? `if the step acts on ${scope}, it will fail (the job grants it other write scopes, so leaving this one out may be deliberate)`
                : conditional
                    ? 'the step will fail whenever its `if:` lets it run'
                    : 'the step will fail';
        const where = granted.source === 'job' ? `its \`permissions:\`` : "the workflow's `permissions:`";
        const span = (need.because.find((r) => r.level === need.level) ?? need.because[0])?.span ?? granted.span;
        context.report({
            message: `Job "${job.id}" needs \`${scope}: ${need.level}\` (${firstReason(need.because, need.level)}) but ${where} grants ` +
                `\`${scope}: ${granted.level(scope)}\`: ${outcome}` +
                (granted.narrowedByCaller ? ' whatever the caller grants' : ''),
            severity,
            span,
            path: [...job.path, 'permissions', scope, 'missing'],
            related: granted.span ? [{ message: 'the grant that decides', span: granted.span }] : [],
        });
    }
}
/** The `if:` of the job's step at `stepPath`, if it has one. */
function stepCondition(job, stepPath) {
    const key = stepPath.join('\u0000');
    const step = (0,model/* stepsOfJob */.E5)(job).find((s) => s.path.join('\u0000') === key);
    const condition = step?.step.if;
    return condition === undefined || condition === null || condition === true || condition === 'true' ? undefined : condition;
}
/** True when the step at `stepPath` needs a write scope other than `scope` that the job's grant gives it. */
function otherWriteGranted(needs, stepPath, scope, level) {
    const key = stepPath.join('\u0000');
    return Object.entries(needs.scopes).some(([other, need]) => other !== scope && other !== 'id-token' && level(other) === 'write' && need.because.some((r) => r.level === 'write' && r.stepPath.join('\u0000') === key));
}
function checkBlockSyntax(context, holder, path, level, reusableOnly) {
    const value = holder.permissions;
    const where = level === 'workflow' ? 'for the whole workflow' : `for job "${String(path[1])}"`;
    const span = (0,yaml/* entrySpan */.hn)(holder, 'permissions');
    if (value === null || value === '')
        return; // an empty block grants nothing
    if (typeof value === 'string') {
        if (value === 'write-all') {
            // In a workflow_call-only workflow the block only caps what the caller grants.
            const reaches = level === 'job' || (0,model/* jobsOf */.aG)(context.file.root).some((j) => !permissions_has(j.job, 'permissions'));
            if (reusableOnly || !reaches)
                return;
            context.report({ message: `\`permissions: write-all\` grants every scope write access ${where}`, severity: 'high', span, path });
        }
        else if (value === 'read-all') {
            if (reusableOnly)
                return;
            context.report({ message: `\`permissions: read-all\` grants read access to every scope ${where}`, severity: 'medium', span, path });
        }
        else if (!value.includes('${{')) {
            context.report({
                message: `Invalid permissions value "${value}": use read-all, write-all, {} or a map of scopes${(0,suggest/* didYouMean */.au)(value, ['read-all', 'write-all'])}`,
                span,
                path,
            });
        }
        return;
    }
    if (!(0,yaml/* isMap */.jh)(value)) {
        context.report({ message: 'Invalid `permissions:`: expected read-all, write-all, {} or a map of scopes', span, path });
        return;
    }
    for (const scope of Object.keys(value)) {
        const level_ = value[scope];
        const scopePath = [...path, scope];
        const info = PERMISSION_SCOPES[scope];
        if (!info) {
            context.report({
                message: `Unknown permission scope "${scope}"${(0,suggest/* didYouMean */.au)(scope, permissions_PERMISSION_SCOPE_NAMES)}`,
                span: (0,yaml/* keySpan */.UT)(value, scope),
                path: scopePath,
            });
            continue;
        }
        if (typeof level_ !== 'string' || !info.levels.includes(level_)) {
            context.report({
                message: `Invalid level "${String(level_)}" for permission "${scope}": expected ${info.levels.join(', ')}`,
                span: (0,yaml/* valueSpan */.MK)(value, scope),
                path: scopePath,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/rules/persist-credentials.ts


/** `path:` values of upload-artifact that take the whole workspace (and so the .git/config holding the token). */
const WORKSPACE_PATH_RE = /^(?:\.|\.\/|\$\{\{\s*github\.workspace\s*\}\}\/?|\$GITHUB_WORKSPACE\/?|\$\{GITHUB_WORKSPACE\}\/?)$/i;
function uploadsWorkspace(step) {
    if (!(0,model/* usesAction */.$m)(step.step, 'actions/upload-artifact'))
        return false;
    const path = (0,model/* withInput */.zE)(step.step, 'path');
    if (typeof path !== 'string')
        return false;
    return path.split('\n').some((line) => WORKSPACE_PATH_RE.test(line.trim()));
}
/** `false` and the string "false" (any case) both turn persistence off; GitHub accepts stringy booleans. */
function persistSetting(step) {
    const w = step.step.with;
    if (!(0,yaml/* isMap */.jh)(w) || !Object.prototype.hasOwnProperty.call(w, 'persist-credentials'))
        return 'unset';
    const v = w['persist-credentials'];
    if (v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false'))
        return 'off';
    if (typeof v === 'string' && v.includes('${{'))
        return 'dynamic';
    return 'on';
}
const persistCredentials = {
    meta: {
        id: 'persist-credentials',
        category: 'persist-credentials',
        defaultSeverity: 'medium',
        summary: 'actions/checkout without `persist-credentials: false` leaves the token in .git/config for every later step.',
        remediation: 'Add `persist-credentials: false` under the checkout step\'s `with:`; steps that must push can authenticate explicitly with a scoped token.',
        docs: '#rule-persist-credentials',
        tags: ['credentials-on-disk'],
        appliesTo: ['workflow', 'action'],
    },
    check(context) {
        for (const group of (0,model/* stepGroups */.DG)(context.file)) {
            group.forEach((step, i) => {
                if (!(0,model/* usesAction */.$m)(step.step, 'actions/checkout'))
                    return;
                const setting = persistSetting(step);
                if (setting === 'off' || setting === 'dynamic')
                    return;
                const upload = group.slice(i + 1).find(uploadsWorkspace);
                const withPath = [...step.path, 'with', 'persist-credentials'];
                const related = upload ? [{ message: 'the workspace, including .git/config, is uploaded here', span: (0,model/* stepAnchor */.AK)(upload) }] : undefined;
                const uploadNote = upload ? ', and a later step uploads the workspace as an artifact' : '';
                if (setting === 'on') {
                    context.report({
                        message: `actions/checkout sets \`persist-credentials: true\`: the token stays in .git/config for the rest of the job${uploadNote}`,
                        severity: upload ? 'high' : 'low',
                        span: (0,yaml/* entrySpan */.hn)(step.step.with, 'persist-credentials'),
                        path: withPath,
                        ...(related ? { related } : {}),
                    });
                    return;
                }
                context.report({
                    message: `actions/checkout without \`persist-credentials: false\` leaves the token in .git/config${uploadNote}`,
                    severity: upload ? 'high' : 'medium',
                    span: (0,yaml/* valueSpan */.MK)(step.step, 'uses'),
                    path: withPath,
                    ...(related ? { related } : {}),
                });
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/dangerous-trigger.ts



/** Triggers that run with a write token and secrets in the context of the base repository. */
const RISKY = new Set(['pull_request_target', 'workflow_run']);
/** Triggers under which running pull-request code is critical. */
const CRITICAL_WITH_UNTRUSTED_CODE = new Set(['pull_request_target', 'workflow_run', 'issue_comment']);
/** Expressions and refs that name the pull request's (attacker-controlled) head. */
const UNTRUSTED_REF_RE = /github\.event\.pull_request\.head\.|github\.head_ref|refs\/pull\/|github\.event\.workflow_run\.head_|github\.event\.workflow_run\.pull_requests|github\.event\.issue\.pull_request|github\.event\.pull_request\.merge_commit_sha/i;
const UNTRUSTED_RUN_RE = /\bgh\s+pr\s+checkout\b|\brefs\/pull\/|\bgit\s+fetch\b[^\n]*\bpull\/[^\s/]+\/(?:head|merge)\b/i;
function untrustedCheckout(step, text) {
    const s = step.step;
    if ((0,model/* usesAction */.$m)(s, 'actions/checkout') && (0,yaml/* isMap */.jh)(s.with)) {
        const w = s.with;
        for (const input of ['ref', 'repository']) {
            const v = w[input];
            if (typeof v === 'string' && UNTRUSTED_REF_RE.test(v)) {
                return { span: (0,yaml/* entrySpan */.hn)(w, input), what: `checks out pull-request code (\`${input}: ${v.trim()}\`)` };
            }
        }
    }
    const match = typeof s.run === 'string' ? UNTRUSTED_RUN_RE.exec(s.run) : null;
    if (match) {
        // Point at the command itself when the script holds it verbatim (block and plain scalars do).
        const run = (0,yaml/* valueSpan */.MK)(s, 'run');
        const at = text.indexOf(match[0], run[0]);
        const span = at >= 0 && at < run[1] ? [at, at + match[0].length] : run;
        return { span, what: 'fetches and checks out pull-request code in a `run:` script' };
    }
    return undefined;
}
/**
 * Commands that run code from the working tree: package-manager installs and scripts (which run lifecycle hooks from
 * the checked-out manifest), build tools, test runners, interpreters given a file, and scripts run by path.
 */
const EXECUTES_RE = new RegExp(
// In command position: the start of a line or after a separator, past `sudo`, `env` and VAR=value prefixes.
String.raw `(?:^|[;&|(\x60]|\bthen\b|\bdo\b)[ \t]*(?:sudo[ \t]+)?(?:env[ \t]+)?(?:[A-Za-z_][A-Za-z0-9_]*=\S*[ \t]+)*` +
    String.raw `(?:npm|pnpm|yarn|npx|bun|bunx|deno|node|make|gmake|cmake|ninja|meson|bazel|bazelisk|cargo|go[ \t]+(?:build|test|run|generate|install|vet)|` +
    String.raw `python[0-9.]*[ \t]+(?!-c\b)\S|pip[0-9.]*[ \t]+install[ \t]+(?:[^\n]*[ \t])?(?:-e[ \t]+)?\.|pytest|tox|nox|poetry|uv[ \t]+(?:run|sync|pip[ \t]+install)|hatch|` +
    String.raw `mvn|\.\/mvnw|gradle|\.\/gradlew|ant|sbt|dotnet|msbuild|bundle[ \t]+(?:install|exec)|rake|ruby[ \t]+\S|composer|php[ \t]+\S|mix|rebar3|` +
    String.raw `swift[ \t]+(?:build|test|run)|xcodebuild|docker[ \t]+(?:build|compose|run)|docker-compose|pre-commit|(?:ba|z)?sh[ \t]+(?!-c\b)[\w./-]|source[ \t]+\S|\.[ \t]+\.?\/|\.\/[\w.-])`, 'm');
/** Actions that build or run the checked-out code. */
const EXECUTING_ACTIONS = new Set([
    'github/codeql-action/autobuild',
    'pre-commit/action',
    'gradle/gradle-build-action',
    'gradle/actions/setup-gradle',
    'docker/build-push-action',
    'cypress-io/github-action',
    'bahmutov/npm-install',
    'borales/actions-yarn',
    'ruby/setup-ruby',
    'pnpm/action-setup',
    'astral-sh/setup-uv',
]);
function actionKey(uses) {
    const ref = (0,model/* parseUses */.Ap)(uses);
    return ref.kind === 'repository' ? `${ref.repository}${ref.subpath ? `/${ref.subpath.toLowerCase()}` : ''}` : '';
}
function dangerous_trigger_escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Whether a later step works inside the checked-out tree. A checkout into `path:` (a sub-directory) is only run by
 * steps that go there: a `working-directory` under it, a `cd` into it, or a command run from it.
 */
function worksIn(step, dir) {
    if (dir === undefined)
        return true;
    const wd = step['working-directory'];
    if (typeof wd === 'string' && (wd.replace(/^\.\//, '') + '/').startsWith(dir + '/'))
        return true;
    if (typeof step.run !== 'string')
        return false;
    const d = dangerous_trigger_escapeRe(dir);
    return new RegExp(`\\bcd[ \\t]+["']?(?:\\./)?${d}\\b|\\bpushd[ \\t]+["']?(?:\\./)?${d}\\b|(?:^|[;&|(\\s])(?:\\./)?${d}/[\\w./-]*\\.(?:sh|py|js|mjs|ts|rb|pl)\\b`, 'm').test(step.run);
}
/** The sub-directory a checkout step writes to, or undefined for the workspace itself. */
function checkoutDir(step) {
    const p = (0,model/* withInput */.zE)(step, 'path');
    if (typeof p !== 'string')
        return undefined;
    const dir = p.trim().replace(/^\.\//, '').replace(/\/+$/, '');
    return dir === '' || dir === '.' || dir.includes('${{') ? undefined : dir;
}
/** What runs the checked-out pull-request code after the checkout at `from` (same job), if anything. */
function executionAfter(steps, from, sameStepScript, text) {
    const dir = checkoutDir(steps[from].step);
    if (sameStepScript !== undefined) {
        const m = EXECUTES_RE.exec(sameStepScript);
        if (m)
            return { span: (0,yaml/* valueSpan */.MK)(steps[from].step, 'run'), what: `runs it in the same script (\`${m[0].trim()}\`)` };
    }
    for (let i = from + 1; i < steps.length; i++) {
        const s = steps[i].step;
        if (typeof s.uses === 'string') {
            const uses = s.uses.trim();
            if (uses.startsWith('./') && (dir === undefined || uses.slice(2).startsWith(dir + '/')))
                return { span: (0,yaml/* valueSpan */.MK)(s, 'uses'), what: `runs the checked-out local action \`${uses}\`` };
            const key = actionKey(uses);
            const ruby = key === 'ruby/setup-ruby' && (0,model/* withInput */.zE)(s, 'bundler-cache') !== true && (0,model/* withInput */.zE)(s, 'bundler-cache') !== 'true';
            const pnpm = key === 'pnpm/action-setup' && !(0,model/* withInput */.zE)(s, 'run_install');
            if (EXECUTING_ACTIONS.has(key) && !ruby && !pnpm && dir === undefined)
                return { span: (0,yaml/* valueSpan */.MK)(s, 'uses'), what: `builds or runs it with ${uses}` };
        }
        if (typeof s.run === 'string' && worksIn(s, dir)) {
            const m = EXECUTES_RE.exec(s.run);
            if (m) {
                const run = (0,yaml/* valueSpan */.MK)(s, 'run');
                const at = text.indexOf(m[0].trim(), run[0]);
                return { span: at >= 0 && at < run[1] ? [at, at + m[0].trim().length] : run, what: `runs it (\`${m[0].trim()}\`)` };
            }
        }
    }
    return undefined;
}
/** The one exception peers agree on: a single job whose single step is actions/labeler. */
function onlyLabeler(root) {
    const jobs = (0,model/* jobsOf */.aG)(root);
    if (jobs.length !== 1)
        return false;
    const steps = (0,model/* stepsOfJob */.E5)(jobs[0]);
    return steps.length === 1 && (0,model/* usesAction */.$m)(steps[0].step, 'actions/labeler');
}
const dangerousTrigger = {
    meta: {
        id: 'dangerous-trigger',
        category: 'dangerous-trigger',
        defaultSeverity: 'medium',
        summary: 'pull_request_target / workflow_run run with a write token and secrets; checking out pull-request code under them (or issue_comment) hands both to the PR author — critical when that code is then built or run, lower behind a gate on the actor.',
        remediation: 'Prefer `pull_request`. If the privileged trigger is needed, never check out or run the pull request\'s code in that workflow: split it into an unprivileged `pull_request` workflow and a privileged one that only consumes its artifacts.',
        docs: '#rule-dangerous-trigger',
        tags: ['pwn-request'],
        appliesTo: ['workflow'],
    },
    check(context) {
        const { root } = context.file;
        const events = (0,model/* triggers */.G)(root);
        const risky = events.filter((t) => RISKY.has(t.name));
        const critical = events.filter((t) => CRITICAL_WITH_UNTRUSTED_CODE.has(t.name));
        if (critical.length > 0) {
            const names = critical.map((t) => t.name).join(', ');
            for (const group of (0,model/* stepGroups */.DG)(context.file)) {
                group.forEach((step, index) => {
                    const hit = untrustedCheckout(step, context.file.text);
                    if (!hit)
                        return;
                    const runScript = typeof step.step.run === 'string' ? step.step.run : undefined;
                    const exec = executionAfter(group, index, runScript, context.file.text);
                    const gate = strongestGate(step.step.if, step.job?.job.if);
                    // Running the author's code with secrets and a write token is the critical case; a checkout alone is one
                    // careless step away from it (and hands the code to every later action that reads the workspace).
                    let severity = exec ? 'critical' : 'high';
                    if (gate)
                        severity = gate.strength === 'strong' ? 'medium' : exec ? 'high' : 'medium';
                    const consequence = exec
                        ? `and ${exec.what}: the pull request's author controls code that runs with secrets and a write token`
                        : 'but no later step is seen running it: keep it that way (nothing from that tree may be built, installed or executed here)';
                    const gated = gate ? ` (gated: ${gate.what})` : '';
                    context.report({
                        message: `This ${names} workflow ${hit.what} ${consequence}${gated}`,
                        severity,
                        span: hit.span,
                        path: [...step.path, 'untrusted-checkout'],
                        related: [
                            ...critical.map((t) => ({ message: `privileged trigger ${t.name}`, span: t.span })),
                            ...(exec ? [{ message: 'pull-request code runs here', span: exec.span }] : []),
                        ],
                    });
                });
            }
        }
        if (risky.length > 0 && !onlyLabeler(root)) {
            for (const t of risky) {
                context.report({
                    message: `\`${t.name}\` runs with a write token and secrets even for pull requests from forks`,
                    span: t.span,
                    path: ['on', t.name],
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/secrets-inherit.ts


const secretsInherit = {
    meta: {
        id: 'secrets-inherit',
        category: 'secrets-inherit',
        defaultSeverity: 'medium',
        summary: '`secrets: inherit` hands every secret of the repository and organisation to the called workflow.',
        remediation: 'Pass only the secrets the called workflow declares: `secrets: { NAME: ${{ secrets.NAME }} }`.',
        docs: '#rule-secrets-inherit',
        tags: ['least-privilege'],
        appliesTo: ['workflow'],
    },
    check(context) {
        for (const job of (0,model/* jobsOf */.aG)(context.file.root)) {
            if (!(0,model/* isReusableCall */.qg)(job.job))
                continue;
            const secrets = job.job.secrets;
            if (typeof secrets === 'string' && secrets.trim() === 'inherit') {
                context.report({
                    message: `Job "${job.id}" passes every secret to ${String(job.job.uses)} with \`secrets: inherit\``,
                    span: (0,yaml/* entrySpan */.hn)(job.job, 'secrets'),
                    path: [...job.path, 'secrets'],
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/secrets-overexposed.ts
const secretsOverexposed = {
    meta: {
        id: 'secrets-overexposed',
        category: 'secrets-overexposed',
        defaultSeverity: 'medium',
        summary: '`toJSON(secrets)` or `secrets[<computed>]` puts every secret within reach of the step.',
        remediation: 'Reference each secret by its literal name (`secrets.NAME`), so only the secrets a step needs are loaded into it.',
        docs: '#rule-secrets-overexposed',
        tags: ['least-privilege'],
        appliesTo: ['workflow', 'action'],
    },
    check(context) {
        for (const ref of context.file.expressions.all()) {
            const a = ref.analysis;
            if (!a.wholeSecrets && !a.dynamicSecretIndex)
                continue;
            const what = a.wholeSecrets ? 'the whole `secrets` context' : 'a secret chosen at run time (`secrets[…]` with a computed name)';
            context.report({
                message: `\`\${{ ${ref.inner} }}\` exposes ${what}`,
                span: ref.span,
                path: [...ref.path, ref.inner],
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/unredacted-secret.ts
const unredactedSecret = {
    meta: {
        id: 'unredacted-secret',
        category: 'unredacted-secret',
        defaultSeverity: 'medium',
        summary: '`fromJSON(secrets.X)` yields values the runner does not know to mask, so they can appear in logs in clear.',
        remediation: 'Store each value as its own secret, or mask the parsed values with `::add-mask::` before use.',
        docs: '#rule-unredacted-secret',
        tags: ['log-exposure'],
        appliesTo: ['workflow', 'action'],
    },
    check(context) {
        for (const ref of context.file.expressions.all()) {
            for (const name of ref.analysis.fromJsonSecrets) {
                context.report({
                    message: `\`fromJSON(secrets.${name})\`: values parsed out of a secret are not masked in logs`,
                    span: ref.span,
                    path: [...ref.path, `fromJSON:${name}`],
                });
            }
        }
    },
};

// EXTERNAL MODULE: ./src/rules/hardcoded-credential.ts + 1 modules
var hardcoded_credential = __nccwpck_require__(609);
;// CONCATENATED MODULE: ./src/workflows/script-sinks.ts


function script_sinks_escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const SINK_FILE_RE = /\$\{?(GITHUB_ENV|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\b\}?|\$env:(GITHUB_ENV|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)\b|%(GITHUB_ENV|GITHUB_OUTPUT|GITHUB_STEP_SUMMARY)%/i;
const WRITE_RE = />|\btee\b|\b(?:Out-File|Add-Content|Set-Content)\b/i;
/** Commands whose argument text is what they emit. */
const EMIT_RE = /^(?:echo|printf|Write-Output|Write-Host|Add-Content|Set-Content|Out-File|"|')/i;
const PRINT_RE = /^(?:echo|printf|Write-Host|Write-Output)\b/i;
const GIT_PERSIST_RE = /\bgit\b.*\b(?:clone|remote\s+(?:add|set-url)|config|submodule\s+add)\b|\binsteadOf\b|\.git-credentials\b/i;
function refsOnLine(raw, tracked, envRe, envByLower) {
    const refs = [];
    if (raw.includes('${{')) {
        for (const occ of (0,expressions/* findExpressions */.zV)(raw)) {
            const labels = tracked.inline(occ.inner);
            if (labels.length)
                refs.push({ labels, start: occ.start, end: occ.end });
        }
    }
    if (envRe) {
        envRe.lastIndex = 0;
        for (let m = envRe.exec(raw); m; m = envRe.exec(raw)) {
            const name = (m[1] ?? m[2] ?? m[3] ?? m[4]);
            const labels = envByLower.get(name.toLowerCase());
            if (labels)
                refs.push({ labels, start: m.index, end: m.index + m[0].length });
        }
    }
    return refs.sort((a, b) => a.start - b.start);
}
/** The segment of a command line holding offset `at`: between `;`, `&&`, `||` and `|`. */
function segmentStart(raw, at) {
    const before = raw.slice(0, at);
    let start = 0;
    for (const m of before.matchAll(/;|&&|\|\|?/g))
        start = m.index + m[0].length;
    return start;
}
const HEREDOC_RE = /<<-?\s*(['"]?)([A-Za-z_][\w-]*)\1/;
function commands(script) {
    const physical = script.split('\n');
    const outer = physical.map(() => '');
    const inHeredoc = physical.map(() => false);
    // Here-documents: the body lines until the delimiter.
    for (let i = 0; i < physical.length; i++) {
        const m = HEREDOC_RE.exec(physical[i]);
        if (!m)
            continue;
        const delimiter = m[2];
        let j = i + 1;
        for (; j < physical.length && physical[j].trim() !== delimiter; j++) {
            inHeredoc[j] = true;
            outer[j] = physical[i];
        }
        i = j;
    }
    // Brace and subshell groups on lines of their own: `{` … `} >> "$GITHUB_ENV"`.
    const open = [];
    physical.forEach((raw, i) => {
        if (inHeredoc[i])
            return;
        const t = raw.trim();
        if (t === '{' || t === '(')
            open.push(i);
        else if ((t.startsWith('}') || t.startsWith(')')) && open.length) {
            const from = open.pop();
            for (let j = from + 1; j < i; j++)
                outer[j] = `${outer[j]} ${t.slice(1)}`;
        }
    });
    const out = [];
    for (let i = 0; i < physical.length; i++) {
        if (inHeredoc[i]) {
            out.push({ text: physical[i], lines: [{ at: 0, line: i }], outer: outer[i], heredoc: true });
            continue;
        }
        const cmd = { text: '', lines: [], outer: outer[i], heredoc: false };
        for (;;) {
            const raw = physical[i];
            const continued = /(?:\\|`)\s*$/.test(raw) && i + 1 < physical.length && !inHeredoc[i + 1];
            cmd.lines.push({ at: cmd.text.length, line: i });
            cmd.text += continued ? `${raw.replace(/(?:\\|`)\s*$/, '')} ` : raw;
            if (!continued)
                break;
            i++;
        }
        out.push(cmd);
    }
    return out;
}
function classify(cmd, ref) {
    const raw = cmd.text;
    const before = raw.slice(0, ref.start);
    const after = raw.slice(ref.end);
    // Inside `$( … )` the value is an argument of a command whose output is what gets used.
    if ((before.match(/\$\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0))
        return undefined;
    if (/::add-mask::/.test(before))
        return undefined;
    const text = raw.trim();
    const context = `${raw} ${cmd.outer}`;
    const command = raw.slice(segmentStart(raw, ref.start)).trimStart();
    const emits = cmd.heredoc || EMIT_RE.test(command) || EMIT_RE.test(text);
    const sink = SINK_FILE_RE.exec(context);
    if (sink && WRITE_RE.test(context) && emits) {
        const name = (sink[1] ?? sink[2] ?? sink[3]).toUpperCase();
        return name === 'GITHUB_ENV' ? 'env-file' : name === 'GITHUB_OUTPUT' ? 'output-file' : 'summary-file';
    }
    if (/::set-output\s/.test(before))
        return 'output-file';
    if (/::set-env\s/.test(before))
        return 'env-file';
    if (/:\/\/[^\s'"]*$/.test(before) && /^[^\s'"/]*@/.test(after))
        return GIT_PERSIST_RE.test(context) ? 'url-persisted' : 'url-userinfo';
    if (/:\/\/[^\s'"]*[?&][\w.-]+=$/.test(before))
        return 'url-query';
    if (!cmd.heredoc && PRINT_RE.test(text) && !/[|>]/.test(context))
        return 'print';
    return undefined;
}
/** Every line of `script` that puts a tracked value into a sink; one finding per line and label. */
function scriptSinks(script, tracked) {
    const envByLower = new Map();
    for (const [name, labels] of tracked.env)
        envByLower.set(name.toLowerCase(), [...(envByLower.get(name.toLowerCase()) ?? []), ...labels]);
    const names = [...envByLower.keys()].map(script_sinks_escapeRe);
    const alt = names.join('|');
    const envRe = names.length
        ? new RegExp(`\\$\\{(${alt})(?:[:#%/][^}]*)?\\}|\\$(${alt})\\b|\\$env:(${alt})\\b|%(${alt})%`, 'gi')
        : undefined;
    // Most scripts hold none of the tracked values: check that before splitting them into commands.
    if (!envRe && !(0,expressions/* findExpressions */.zV)(script).some((e) => tracked.inline(e.inner).length > 0))
        return [];
    const out = [];
    for (const cmd of commands(script)) {
        const seen = new Set();
        for (const ref of refsOnLine(cmd.text, tracked, envRe, envByLower)) {
            const kind = classify(cmd, ref);
            if (!kind)
                continue;
            const line = [...cmd.lines].reverse().find((l) => l.at <= ref.start).line;
            for (const label of ref.labels) {
                if (seen.has(label))
                    continue;
                seen.add(label);
                out.push({ kind, line, label });
            }
        }
    }
    return out;
}
function addLayer(out, env, labelsOf) {
    if (!(0,yaml/* isMap */.jh)(env))
        return;
    for (const name of Object.keys(env)) {
        const value = env[name];
        // A later level redefines the variable: what it held before no longer reaches the script.
        out.delete(name);
        if (typeof value !== 'string' || !value.includes('${{'))
            continue;
        const labels = labelsOf(value);
        if (labels.length)
            out.set(name, labels);
    }
}
const ENV_MEMO = Symbol('envCarrying');
/**
 * Environment variables of a step (workflow, job and step `env:`) whose value carries what `labelsOf` recognises.
 * `key` names the labeller: the workflow and job levels are computed once per file, job and key.
 */
function envCarrying(file, step, key, labelsOf) {
    let memo = file.memo.get(ENV_MEMO);
    if (!memo)
        file.memo.set(ENV_MEMO, (memo = new Map()));
    const id = `${key}\u0000${step.job?.id ?? ''}`;
    let base = memo.get(id);
    if (!base) {
        base = new Map();
        if (file.kind === 'workflow')
            addLayer(base, file.root.env, labelsOf);
        if (step.job)
            addLayer(base, step.job.job.env, labelsOf);
        memo.set(id, base);
    }
    if (!(0,yaml/* isMap */.jh)(step.step.env))
        return base;
    const out = new Map(base);
    addLayer(out, step.step.env, labelsOf);
    return out;
}
/** Labels carried by the expressions of a string value, with `inline` judging each `${{ }}`. */
function labelsInValue(value, inline) {
    const out = new Set();
    for (const occ of (0,expressions/* findExpressions */.zV)(value))
        for (const l of inline(occ.inner))
            out.add(l);
    return [...out];
}
/** Absolute span of line `n` of a string value, located in the source; the whole value when not found. */
function scriptLineSpan(file, valueSpan, value, n) {
    const line = value.split('\n')[n].trim();
    if (line) {
        let from = valueSpan[0];
        // The same text can occur on several lines: skip the earlier occurrences.
        const lines = value.split('\n');
        for (let i = 0; i < n; i++) {
            if (lines[i].trim() === line) {
                const at = file.text.indexOf(line, from);
                if (at >= 0 && at < valueSpan[1])
                    from = at + line.length;
            }
        }
        const at = file.text.indexOf(line, from);
        if (at >= 0 && at < valueSpan[1])
            return [at, at + line.length];
    }
    return valueSpan;
}

;// CONCATENATED MODULE: ./src/rules/github-token-exposure.ts






const TOKEN = 'GITHUB_TOKEN';
const CONTEXT = 'toJSON(github)';
/** The token itself (`github.token`, `secrets.GITHUB_TOKEN`), not a test of it. */
function tokenIn(file, inner) {
    return (0,expressions/* mentionsSecretsOrToken */.Tu)(inner) && file.expressions.analyse(inner).valueGithubToken ? [TOKEN] : [];
}
/** The whole github context (`toJSON(github)`), which holds `github.token`. */
function contextIn(file, inner) {
    return /\bgithub\b(?!\s*[.[])/i.test(inner) && file.expressions.analyse(inner).valueGithubContext ? [CONTEXT] : [];
}
const carries = (file, value) => typeof value === 'string' && value.includes('${{') ? labelsInValue(value, (inner) => [...tokenIn(file, inner), ...contextIn(file, inner)]) : [];
/** Base severity of each sink by what the token can do: [write, unknown, read]. */
const SINK_SEVERITY = {
    action: ['high', 'high', 'low'],
    'env-file': ['high', 'medium', 'low'],
    'output-file': ['high', 'medium', 'low'],
    'url-persisted': ['high', 'medium', 'low'],
    'url-userinfo': ['medium', 'low', 'low'],
    'url-query': ['medium', 'low', 'low'],
    'summary-file': ['low', 'low', 'low'],
    print: ['low', 'low', 'low'],
    context: ['high', 'medium', 'low'],
};
const POWER_INDEX = { write: 0, unknown: 1, read: 2 };
function severityFor(kind, ctx) {
    let base = SINK_SEVERITY[kind][POWER_INDEX[ctx.power]];
    // Handed to someone else's code, a write token is worth what its most valuable scope can do.
    if (kind === 'action' && ctx.power === 'write')
        base = writeWeight(ctx.permissions) ?? base;
    return shiftByExposure(base, ctx, kind === 'action');
}
const SINK_TEXT = {
    'env-file': 'writes the token to $GITHUB_ENV: every later step and action of the job gets it in its environment',
    'output-file': 'writes the token to $GITHUB_OUTPUT: it becomes a step output later steps can read',
    'summary-file': 'writes the token to $GITHUB_STEP_SUMMARY (GitHub masks it there, but not encoded or partial forms)',
    'url-persisted': 'embeds the token in a URL that git stores (.git/config, ~/.gitconfig or ~/.git-credentials): every later step can read it there',
    'url-userinfo': 'embeds the token in a URL on a command line (process list, error messages)',
    'url-query': 'puts the token in a URL query string (process list, server and proxy logs)',
    print: 'prints the token (GitHub masks the exact value in the log, but not encoded or partial forms)',
};
/** Fingerprint path segments as they were before sinks were graded, so existing alerts keep their identity. */
const FINGERPRINT = {
    'env-file': 'writes the token to $GITHUB_ENV',
    'output-file': 'writes the token to $GITHUB_OUTPUT',
    'summary-file': 'writes the token to $GITHUB_STEP_SUMMARY',
    'url-persisted': 'embeds the token in a URL (it lands in git config, logs and error messages)',
    'url-userinfo': 'embeds the token in a URL (it lands in git config, logs and error messages)',
    'url-query': 'puts the token in a URL query string',
    print: 'prints the token',
};
function tokenNote(ctx, raiseOnly = false) {
    return ` (job token: ${ctx.grant})${exposureNote(ctx, raiseOnly)}`;
}
function checkUsesStep(context, step, ctx) {
    const s = step.step;
    const origin = typeof s.uses === 'string' ? actionOrigin(s.uses, context.repositoryOwner) : undefined;
    if (!origin || !origin.thirdParty || origin.pinned)
        return;
    for (const holderKey of ['with', 'env']) {
        const holder = s[holderKey];
        if (!(0,yaml/* isMap */.jh)(holder))
            continue;
        for (const input of Object.keys(holder)) {
            const labels = carries(context.file, holder[input]);
            if (labels.length === 0)
                continue;
            const what = labels.includes(TOKEN) ? 'The GITHUB_TOKEN is' : '`toJSON(github)` (which holds the token) is';
            context.report({
                message: `${what} handed to third-party action ${String(s.uses).trim()}, which is not pinned to a commit SHA: whoever can move that ref gets the token${tokenNote(ctx(), true)}`,
                severity: severityFor('action', ctx()),
                span: (0,yaml/* valueSpan */.MK)(holder, input),
                path: [...step.path, holderKey, input],
            });
        }
    }
}
function checkRunStep(context, step, ctx) {
    const { file } = context;
    const s = step.step;
    if (typeof s.run !== 'string')
        return;
    const tracked = {
        env: envCarrying(file, step, 'github-token', (v) => labelsInValue(v, (inner) => tokenIn(file, inner))),
        inline: (inner) => tokenIn(file, inner),
    };
    for (const sink of scriptSinks(s.run, tracked)) {
        context.report({
            message: `A \`run:\` script ${SINK_TEXT[sink.kind]}${tokenNote(ctx())}`,
            severity: severityFor(sink.kind, ctx()),
            span: scriptLineSpan(file, (0,yaml/* valueSpan */.MK)(s, 'run'), s.run, sink.line),
            path: [...step.path, 'run', FINGERPRINT[sink.kind]],
        });
    }
    // toJSON(github) written into the script: the token is in the script file on the runner and in whatever it feeds.
    const run = s.run;
    if (run.includes('${{') && /\bgithub\b(?!\s*[.[])/i.test(run)) {
        const lines = run.split('\n');
        lines.forEach((line, n) => {
            if (!line.includes('${{') || !(0,expressions/* findExpressions */.zV)(line).some((e) => contextIn(file, e.inner).length))
                return;
            context.report({
                message: `\`toJSON(github)\` in a \`run:\` script puts the whole github context, github.token included, into the script${tokenNote(ctx())}`,
                severity: severityFor('context', ctx()),
                span: scriptLineSpan(file, (0,yaml/* valueSpan */.MK)(s, 'run'), run, n),
                path: [...step.path, 'run', CONTEXT, n],
            });
        });
    }
}
/** `toJSON(github)` in an `env:` block: every process of the step, job or workflow gets the token in its environment. */
function checkContextInEnv(context, holder, path, where, ctx) {
    const env = holder.env;
    if (!(0,yaml/* isMap */.jh)(env))
        return;
    for (const name of Object.keys(env)) {
        if (!carries(context.file, env[name]).includes(CONTEXT))
            continue;
        context.report({
            message: `\`toJSON(github)\` in ${where} \`env:\` (${name}) puts github.token into the environment of every process there${tokenNote(ctx())}`,
            severity: severityFor('context', ctx()),
            span: (0,yaml/* keySpan */.UT)(env, name),
            path: [...path, 'env', name],
        });
    }
}
const githubTokenExposure = {
    meta: {
        id: 'github-token-exposure',
        category: 'github-token-exposure',
        defaultSeverity: 'high',
        summary: 'The GITHUB_TOKEN handed to an unpinned third-party action, written to $GITHUB_ENV/$GITHUB_OUTPUT, embedded in a URL, printed, or carried by `toJSON(github)`; graded by what the job\'s token can do.',
        remediation: 'Pin third-party actions to a full commit SHA before giving them the token; pass the token to scripts through `env:` and use it only as a header or credential helper, never print or persist it; pass the github context fields you need, not `toJSON(github)`.',
        docs: '#rule-github-token-exposure',
        tags: ['secret-leak', 'supply-chain'],
        appliesTo: ['workflow', 'action'],
    },
    check(context) {
        const { file } = context;
        if (file.kind === 'workflow')
            checkContextInEnv(context, file.root, [], 'the workflow-level', lazyContext(() => workflowTokenContext(file, (0,model/* jobsOf */.aG)(file.root))));
        const jobsSeen = new Set();
        for (const step of (0,model/* allSteps */.Bd)(file)) {
            const jobCtx = lazyContext(() => jobTokenContext(file, step.job));
            if (step.job && !jobsSeen.has(step.job.id)) {
                jobsSeen.add(step.job.id);
                checkContextInEnv(context, step.job.job, step.job.path, `job "${step.job.id}"`, jobCtx);
            }
            const ctx = lazyContext(() => stepTokenContext(jobCtx(), step.step));
            checkUsesStep(context, step, ctx);
            if (typeof step.step.run === 'string') {
                checkContextInEnv(context, step.step, step.path, 'a step', ctx);
                checkRunStep(context, step, ctx);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/workflows/secret-kinds.ts
const words = (list) => new Set(list.split(/\s+/).filter(Boolean));
/** Reporting, notification and test services: tokens that upload results or post messages. */
const SERVICE = words(`CODECOV COVERALLS CODACY CODECLIMATE CC SONAR SONARCLOUD SONARQUBE SLACK DISCORD TEAMS TELEGRAM GITTER
  WEBHOOK MATTERMOST DEEPSOURCE CODSPEED CHROMATIC PERCY ARGOS CURRENTS CYPRESS BROWSERSTACK SAUCE LAMBDATEST SENTRY
  DATADOG HONEYCOMB BUILDPULSE TRUNK BENCHER TWITTER MASTODON BLUESKY GITGUARDIAN SNYK SOCKET`);
const CLOUD = words(`AWS AZURE ARM GCP GCLOUD GOOGLE GKE GCS CLOUDFLARE CF DIGITALOCEAN HEROKU VERCEL NETLIFY FLY KUBECONFIG
  KUBE K8S TERRAFORM TF OCI ALIYUN ALIBABA TENCENT HCLOUD HETZNER LINODE SCALEWAY S3 R2 B2 SSH DEPLOY VAULT FIREBASE
  SUPABASE RAILWAY OPENSHIFT OKTETO PULUMI ACR GKE EKS AKS`);
const REGISTRY = words(`DOCKER DOCKERHUB REGISTRY GHCR QUAY ECR NPM NODE YARN PYPI TWINE TESTPYPI CARGO CRATES CRATESIO NUGET
  MAVEN OSSRH SONATYPE CENTRAL GRADLE RUBYGEMS GEM HEX CHOCO CHOCOLATEY VSCE OVSX MARKETPLACE SNAPCRAFT HOMEBREW JFROG
  ARTIFACTORY CODEARTIFACT ANACONDA CONDA HACKAGE CPAN JSR CLOJARS PACKAGIST OPENVSX WINGET AUR FLATHUB JETBRAINS`);
const SIGNING = words(`GPG PGP SIGNING SIGN KEYSTORE CERTIFICATE CERT P12 PFX COSIGN NOTARY NOTARIZE APPLE MATCH PROVISIONING
  MINISIGN JKS`);
/**
 * Last words of names that hold identifiers kept as secrets by habit, not credentials: `AZURE_CLIENT_ID`,
 * `AWS_ACCESS_KEY_ID` (its pair, the secret key, is the credential), `DOCKER_USERNAME`, `SSH_KNOWN_HOSTS` …
 */
const IDENTIFIER_LAST = words(`ID IDS USER USERNAME LOGIN EMAIL TENANT SUBSCRIPTION REGION ZONE HOST HOSTS
  PORT ORG ORGANIZATION OWNER PROJECT BUCKET ENDPOINT RECIPIENT RECIPIENTS NAME CHANNEL OPTIONS ARN ROLE`);
/** Input and variable names that receive a GitHub token. */
const GITHUB_TOKEN_INPUT_RE = /^(?:github[-_]?token|gh[-_]?token|token|repo[-_]?token|github[-_]?pat|pat|personal[-_]access[-_]token|GITHUB_TOKEN|GH_TOKEN|GH_PAT)$/i;
function isGithubName(w) {
    const has = (x) => w.includes(x);
    return (has('PAT') ||
        (has('PERSONAL') && has('ACCESS')) ||
        ((has('GH') || has('GITHUB')) && (has('TOKEN') || has('KEY') || has('PEM'))) ||
        (has('APP') && (has('PRIVATE') || has('PEM'))));
}
/** Classifies a secret by its name; `receiver` is the input or environment variable it is handed to, if any. */
function classifySecret(name, receiver) {
    const w = name.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
    const any = (set) => w.some((x) => set.has(x));
    const last = w[w.length - 1];
    if (last !== undefined && IDENTIFIER_LAST.has(last))
        return { kind: 'identifier', label: 'an identifier', highValue: false };
    if (any(SERVICE))
        return { kind: 'service', label: 'a service token', highValue: false };
    if (isGithubName(w))
        return { kind: 'github', label: 'a GitHub token', highValue: true };
    if (any(CLOUD))
        return { kind: 'cloud', label: 'a cloud or deployment credential', highValue: true };
    if (any(REGISTRY))
        return { kind: 'registry', label: 'a package-registry credential', highValue: true };
    if (any(SIGNING))
        return { kind: 'signing', label: 'a signing key', highValue: true };
    if (receiver !== undefined && GITHUB_TOKEN_INPUT_RE.test(receiver))
        return { kind: 'github', label: 'a GitHub token', highValue: true };
    return { kind: 'unknown', label: 'a secret', highValue: false };
}

;// CONCATENATED MODULE: ./src/rules/secret-exposure.ts







/**
 * Secrets whose value the expression carries, except the GITHUB_TOKEN (github-token-exposure judges it) and
 * identifiers kept as secrets (`AZURE_CLIENT_ID`, `DOCKER_USERNAME` …), which grant nothing on their own.
 */
function secretsIn(file, inner) {
    if (!(0,expressions/* mentionsSecretsOrToken */.Tu)(inner))
        return [];
    return file.expressions.analyse(inner).valueSecrets.filter((n) => n.toUpperCase() !== 'GITHUB_TOKEN' && classifySecret(n).kind !== 'identifier');
}
const carried = (file, value) => typeof value === 'string' && value.includes('${{') ? labelsInValue(value, (inner) => secretsIn(file, inner)) : [];
/** Base severity of a long-lived secret in each sink (before who-can-start-it moves it). */
const secret_exposure_SINK_SEVERITY = {
    'url-persisted': 'high',
    'env-file': 'medium',
    'output-file': 'medium',
    'url-userinfo': 'medium',
    'url-query': 'low',
    'summary-file': 'low',
    print: 'low',
};
const secret_exposure_SINK_TEXT = {
    'url-persisted': 'in a URL that git stores (.git/config, ~/.gitconfig or ~/.git-credentials): every later step, and anything that archives the workspace or home directory, can read it',
    'env-file': 'to $GITHUB_ENV: every later step and action of the job gets it in its environment',
    'output-file': 'to $GITHUB_OUTPUT: it becomes a step output later steps and actions can read',
    'url-userinfo': 'in a URL on a command line, where other processes, audit logs and error messages see it',
    'url-query': 'in a URL query string, which lands on the command line and in server and proxy logs',
    'summary-file': 'to $GITHUB_STEP_SUMMARY (GitHub masks the exact value there, not encoded or partial forms)',
    print: 'to the log (GitHub masks the exact value, not encoded or partial forms)',
};
const VERB = {
    'url-persisted': 'puts',
    'env-file': 'writes',
    'output-file': 'writes',
    'url-userinfo': 'puts',
    'url-query': 'puts',
    'summary-file': 'writes',
    print: 'prints',
};
/** The first later step of the job that runs an unpinned third-party action: it would get a $GITHUB_ENV secret. */
function laterUnpinnedAction(step, group, owner) {
    return group.find((s) => s.index > step.index && isUnpinnedThirdParty(s.step.uses, owner));
}
function checkRun(context, step, group, ctx) {
    const { file } = context;
    const run = step.step.run;
    if (typeof run !== 'string')
        return;
    const tracked = {
        env: envCarrying(file, step, 'secrets', (v) => labelsInValue(v, (inner) => secretsIn(file, inner))),
        inline: (inner) => secretsIn(file, inner),
    };
    for (const sink of scriptSinks(run, tracked)) {
        let severity = secret_exposure_SINK_SEVERITY[sink.kind];
        let note = '';
        const later = sink.kind === 'env-file' ? laterUnpinnedAction(step, group, context.repositoryOwner) : undefined;
        if (later) {
            severity = 'high';
            note = `; a later step runs ${String(later.step.uses).trim()}, a third-party action not pinned to a commit SHA`;
        }
        const kind = classifySecret(sink.label);
        context.report({
            message: `A \`run:\` script ${VERB[sink.kind]} secret ${sink.label}${kind.kind === 'unknown' ? '' : ` (${kind.label})`} ${secret_exposure_SINK_TEXT[sink.kind]}${note}${exposureNote(ctx())}`,
            severity: shiftByExposure(severity, ctx()),
            span: scriptLineSpan(file, (0,yaml/* valueSpan */.MK)(step.step, 'run'), run, sink.line),
            path: [...step.path, 'run', sink.kind, sink.label],
            ...(later ? { related: [{ message: 'this action gets the environment variable', span: (0,yaml/* valueSpan */.MK)(later.step, 'uses') }] } : {}),
        });
    }
}
/** Secrets handed to an unpinned third-party action (`with:`/`env:` of a step) or reusable workflow (`secrets:`/`with:`). */
function checkHandedOver(context, holder, keys, path, ctx) {
    const uses = holder.uses;
    if (typeof uses !== 'string' || !isUnpinnedThirdParty(uses, context.repositoryOwner))
        return;
    // Who controls what the ref points at: the repository's maintainers, or whoever can push the image tag.
    const who = uses.trim().startsWith('docker://')
        ? 'whoever can push that image tag'
        : `${uses.trim().split('@')[0].split('/').slice(0, 2).join('/')}'s maintainers, or whoever compromises them`;
    const what = path.includes('steps') ? 'action' : 'reusable workflow';
    // One finding per step or job: the fix (pin the ref) is one, whatever the number of secrets.
    const handed = [];
    for (const key of keys) {
        const map = holder[key];
        if (!(0,yaml/* isMap */.jh)(map))
            continue;
        for (const input of Object.keys(map)) {
            for (const secret of carried(context.file, map[input])) {
                if (handed.some((h) => h.secret === secret))
                    continue;
                const kind = classifySecret(secret, input);
                handed.push({ secret, label: kind.label, highValue: kind.highValue, span: (0,yaml/* valueSpan */.MK)(map, input) });
            }
        }
    }
    if (handed.length === 0)
        return;
    const first = handed.find((h) => h.highValue) ?? handed[0];
    const list = handed.map((h) => `${h.secret} (${h.label})`).join(', ');
    context.report({
        message: `${handed.length === 1 ? 'Secret' : 'Secrets'} ${list} ${handed.length === 1 ? 'is' : 'are'} handed to third-party ${what} ${uses.trim()}, which is not pinned to a commit SHA: whoever can move that ref (${who}) gets ${handed.length === 1 ? 'it' : 'them'}${exposureNote(ctx(), true)}`,
        severity: shiftByExposure(first.highValue ? 'high' : 'medium', ctx(), true),
        span: first.span,
        path: [...path, 'unpinned-secrets'],
        ...(handed.length > 1 ? { related: handed.filter((h) => h !== first).map((h) => ({ message: `secret ${h.secret}`, span: h.span })) } : {}),
    });
}
const secretExposure = {
    meta: {
        id: 'secret-exposure',
        category: 'secret-exposure',
        defaultSeverity: 'medium',
        summary: 'A secret (other than the GITHUB_TOKEN) stored in a URL git keeps, written to $GITHUB_ENV/$GITHUB_OUTPUT, put on a command line or in the log, or handed to an unpinned third-party action.',
        remediation: 'Pass secrets to the one step that needs them through `env:`, and to tools through stdin, a credential helper or a header; never write them to $GITHUB_ENV, $GITHUB_OUTPUT or git config; pin third-party actions to a full commit SHA before giving them a secret.',
        docs: '#rule-secret-exposure',
        tags: ['secret-leak', 'supply-chain'],
        appliesTo: ['workflow'],
    },
    check(context) {
        const { file } = context;
        const groups = (0,model/* stepGroups */.DG)(file);
        (0,model/* jobsOf */.aG)(file.root).forEach((job, i) => {
            const ctx = lazyContext(() => jobTokenContext(file, job));
            checkHandedOver(context, job.job, ['secrets', 'with'], job.path, ctx);
            const group = groups[i] ?? [];
            for (const step of group) {
                const stepCtx = lazyContext(() => stepTokenContext(ctx(), step.step));
                checkHandedOver(context, step.step, ['with', 'env'], step.path, stepCtx);
                checkRun(context, step, group, stepCtx);
            }
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/unpinned-privileged-action.ts





/** A checkout that leaves the token in .git/config: `persist-credentials` unset or true (an expression is not judged). */
function persistsToken(step) {
    if (!(0,model/* usesAction */.$m)(step.step, 'actions/checkout'))
        return false;
    const w = step.step.with;
    if (!(0,yaml/* isMap */.jh)(w) || !Object.prototype.hasOwnProperty.call(w, 'persist-credentials'))
        return true;
    const v = w['persist-credentials'];
    if (v === false)
        return false;
    if (typeof v === 'string') {
        const t = v.trim().toLowerCase();
        return t !== 'false' && !t.includes('${{');
    }
    return true;
}
function scopesText(scopes, p) {
    if (p.shape === 'write-all')
        return '`write-all`';
    const shown = scopes.slice(0, 4).map((s) => `\`${s}: write\``).join(', ');
    return scopes.length > 4 ? `${shown} …` : shown;
}
function permissionsRelated(p) {
    return p.span ? [{ message: `the job's token permissions (${p.source === 'job' ? 'job' : 'workflow'} level)`, span: p.span }] : [];
}
/**
 * Reusable workflows that must be called by tag: they verify their own ref from the OIDC token's `job_workflow_ref`
 * claim, so a SHA reference breaks them (the SLSA generators say so in their README). Reported at low with that reason.
 */
const TAG_REQUIRED = new Set(['slsa-framework/slsa-github-generator']);
function tagRequired(uses) {
    const name = uses.trim().split('@')[0].toLowerCase().split('/').slice(0, 2).join('/');
    return TAG_REQUIRED.has(name);
}
function checkJob(context, job, steps) {
    const { file } = context;
    const owner = context.repositoryOwner;
    // Most jobs run no unpinned third-party code: nothing to weigh.
    if (!isUnpinnedThirdParty(job.job.uses, owner) && !steps.some((s) => isUnpinnedThirdParty(s.step.uses, owner)))
        return;
    const p = effectivePermissions(file, job);
    const jobCtx = jobTokenContext(file, job);
    const idToken = p.level('id-token') === 'write';
    const callerNote = p.narrowedByCaller ? ' (if the caller grants it)' : '';
    // A reusable workflow from someone else, called at a moving ref with the power to mint OIDC tokens.
    if (typeof job.job.uses === 'string') {
        if (idToken && isUnpinnedThirdParty(job.job.uses, owner) && tagRequired(job.job.uses)) {
            context.report({
                message: `Job "${job.id}" calls ${job.job.uses.trim()} by tag with \`id-token: write\`: this workflow must be referenced by tag (it verifies its own ref from the OIDC token), so it cannot be pinned to a SHA; trust in its tags is the price of its provenance`,
                severity: 'low',
                span: (0,yaml/* valueSpan */.MK)(job.job, 'uses'),
                path: [...job.path, 'uses', 'id-token'],
                related: permissionsRelated(p),
            });
        }
        else if (idToken && isUnpinnedThirdParty(job.job.uses, owner)) {
            context.report({
                message: `Job "${job.id}" calls third-party reusable workflow ${job.job.uses.trim()}, not pinned to a commit SHA, with \`id-token: write\`${callerNote}: whoever can move that ref can mint OIDC tokens for every cloud and registry that trusts this repository${exposureNote(jobCtx, true)}`,
                severity: shiftByExposure('high', jobCtx, true),
                span: (0,yaml/* valueSpan */.MK)(job.job, 'uses'),
                path: [...job.path, 'uses', 'id-token'],
                related: permissionsRelated(p),
            });
        }
        return;
    }
    // Only explicit grants count for the persisted token: with the repository default the grant is unknown (the
    // permissions rule reports the missing block) and flagging every unpinned action after a checkout would drown the rest.
    const weight = p.possiblyWriteAll ? undefined : writeWeight(p);
    const persisted = weight ? { scopes: tokenWriteScopes(p), severity: weight } : undefined;
    let checkout;
    for (const step of steps) {
        if (persistsToken(step)) {
            checkout ??= step;
            continue;
        }
        if (!isUnpinnedThirdParty(step.step.uses, owner))
            continue;
        const uses = String(step.step.uses).trim();
        const afterCheckout = checkout && persisted ? checkout : undefined;
        if (!idToken && !afterCheckout)
            continue;
        const gains = [];
        if (idToken)
            gains.push(`OIDC tokens for every cloud and registry that trusts this repository (the job has \`id-token: write\`${callerNote})`);
        if (afterCheckout && persisted)
            gains.push(`the job's token (${scopesText(persisted.scopes, p)}), which actions/checkout left in .git/config`);
        const base = idToken ? 'high' : persisted.severity;
        const related = [
            ...(afterCheckout ? [{ message: 'the checkout that persists the token', span: (0,model/* stepAnchor */.AK)(afterCheckout) }] : []),
            ...permissionsRelated(p),
        ];
        const ctx = stepTokenContext(jobCtx, step.step);
        context.report({
            message: `Third-party action ${uses} is not pinned to a commit SHA: whoever can move that ref gets ${gains.join(', and ')}${exposureNote(ctx, true)}`,
            severity: shiftByExposure(base, ctx, true),
            span: (0,yaml/* valueSpan */.MK)(step.step, 'uses'),
            path: [...step.path, 'uses', idToken ? 'id-token' : 'persisted-token'],
            related,
        });
    }
}
const unpinnedPrivilegedAction = {
    meta: {
        id: 'unpinned-privileged-action',
        category: 'unpinned-privileged-action',
        defaultSeverity: 'high',
        summary: 'A third-party action not pinned to a commit SHA in a job with `id-token: write`, or after a checkout that left a token with write scopes in .git/config.',
        remediation: 'Pin the action to a full commit SHA (with the version in a comment), or move it to a job without `id-token: write`; give the checkout `persist-credentials: false`.',
        docs: '#rule-unpinned-privileged-action',
        tags: ['supply-chain', 'least-privilege'],
        appliesTo: ['workflow'],
    },
    check(context) {
        const groups = (0,model/* stepGroups */.DG)(context.file);
        (0,model/* jobsOf */.aG)(context.file.root).forEach((job, i) => checkJob(context, job, groups[i] ?? []));
    },
};

// EXTERNAL MODULE: ./src/registry/rules/index.ts + 11 modules
var rules = __nccwpck_require__(634);
;// CONCATENATED MODULE: ./src/rules/index.ts











/** Every workflow rule, in documentation order. A consistency test checks each is documented and tested. */
const RULES = [
    permissions,
    persistCredentials,
    dangerousTrigger,
    secretsInherit,
    secretsOverexposed,
    unredactedSecret,
    hardcoded_credential/* hardcodedCredential */.m,
    githubTokenExposure,
    secretExposure,
    unpinnedPrivilegedAction,
];
/** Not a rule that inspects a parsed file: the engine reports it when a file cannot be parsed or is not a workflow/action. */
const PARSE_ERROR = {
    id: 'parse-error',
    category: 'parse-error',
    defaultSeverity: 'high',
    summary: 'The file is not valid YAML, or not a valid workflow or action: GitHub will not run it and nothing in it could be checked.',
    remediation: 'Fix the YAML or workflow syntax at the reported position (actionlint gives detailed diagnostics).',
    docs: '#rule-parse-error',
    tags: ['syntax'],
    appliesTo: ['workflow', 'action'],
};
/** Metadata of everything that can produce a finding: workflow rules, parse errors, token registry rules. */
const ALL_RULE_META = [...RULES.map((r) => r.meta), PARSE_ERROR, ...rules/* REGISTRY_RULE_META */.PC];
function ruleMeta(id) {
    return ALL_RULE_META.find((m) => m.id === id);
}


/***/ }),

/***/ 675:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Zy: () => (/* binding */ ExpressionIndex),
  zV: () => (/* binding */ findExpressions),
  Tu: () => (/* binding */ mentionsSecretsOrToken)
});

// UNUSED EXPORTS: analyseExpression

;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/ast.js
class Expr {
}
class Literal extends Expr {
    constructor(literal, token) {
        super();
        this.literal = literal;
        this.token = token;
    }
    accept(v) {
        return v.visitLiteral(this);
    }
}
class Unary extends Expr {
    constructor(operator, expr) {
        super();
        this.operator = operator;
        this.expr = expr;
    }
    accept(v) {
        return v.visitUnary(this);
    }
}
class FunctionCall extends Expr {
    constructor(functionName, args) {
        super();
        this.functionName = functionName;
        this.args = args;
    }
    accept(v) {
        return v.visitFunctionCall(this);
    }
}
class Binary extends Expr {
    constructor(left, operator, right) {
        super();
        this.left = left;
        this.operator = operator;
        this.right = right;
    }
    accept(v) {
        return v.visitBinary(this);
    }
}
class Logical extends Expr {
    constructor(operator, args) {
        super();
        this.operator = operator;
        this.args = args;
    }
    accept(v) {
        return v.visitLogical(this);
    }
}
class Grouping extends Expr {
    constructor(group) {
        super();
        this.group = group;
    }
    accept(v) {
        return v.visitGrouping(this);
    }
}
class ContextAccess extends Expr {
    constructor(name) {
        super();
        this.name = name;
    }
    accept(v) {
        return v.visitContextAccess(this);
    }
}
class IndexAccess extends Expr {
    constructor(expr, index) {
        super();
        this.expr = expr;
        this.index = index;
    }
    accept(v) {
        return v.visitIndexAccess(this);
    }
}
class ast_Star extends Expr {
    accept() {
        throw new Error("Method not implemented.");
    }
}
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/expressiondata.js
var expressiondata_Kind;
(function (Kind) {
    Kind[Kind["String"] = 0] = "String";
    Kind[Kind["Array"] = 1] = "Array";
    Kind[Kind["Dictionary"] = 2] = "Dictionary";
    Kind[Kind["Boolean"] = 3] = "Boolean";
    Kind[Kind["Number"] = 4] = "Number";
    Kind[Kind["CaseSensitiveDictionary"] = 5] = "CaseSensitiveDictionary";
    Kind[Kind["Null"] = 6] = "Null";
})(expressiondata_Kind || (expressiondata_Kind = {}));
function kindStr(k) {
    switch (k) {
        case expressiondata_Kind.Array:
            return "Array";
        case expressiondata_Kind.Boolean:
            return "Boolean";
        case expressiondata_Kind.Null:
            return "Null";
        case expressiondata_Kind.Number:
            return "Number";
        case expressiondata_Kind.Dictionary:
            return "Object";
        case expressiondata_Kind.String:
            return "String";
    }
    return "unknown";
}
//# sourceMappingURL=expressiondata.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/dictionary.js

class Dictionary {
    constructor(...pairs) {
        this.keys = [];
        this.v = [];
        this.indexMap = {};
        this.kind = expressiondata_Kind.Dictionary;
        this.primitive = false;
        for (const p of pairs) {
            this.add(p.key, p.value);
        }
    }
    coerceString() {
        return kindStr(this.kind);
    }
    number() {
        return NaN;
    }
    add(key, value) {
        if (key.toLowerCase() in this.indexMap) {
            return;
        }
        this.keys.push(key);
        this.v.push(value);
        this.indexMap[key.toLowerCase()] = this.v.length - 1;
    }
    get(key) {
        const index = this.indexMap[key.toLowerCase()];
        if (index === undefined) {
            return undefined;
        }
        return this.v[index];
    }
    values() {
        return this.v;
    }
    pairs() {
        const result = [];
        for (const key of this.keys) {
            result.push({ key, value: this.v[this.indexMap[key.toLowerCase()]] });
        }
        return result;
    }
}
function dictionary_isDictionary(x) {
    return x.kind === Kind.Dictionary;
}
//# sourceMappingURL=dictionary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/array.js

class array_Array {
    constructor(...data) {
        this.v = [];
        this.kind = expressiondata_Kind.Array;
        this.primitive = false;
        for (const d of data) {
            this.add(d);
        }
    }
    coerceString() {
        return kindStr(this.kind);
    }
    number() {
        return NaN;
    }
    add(value) {
        this.v.push(value);
    }
    get(index) {
        return this.v[index];
    }
    values() {
        return this.v;
    }
}
//# sourceMappingURL=array.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/boolean.js

class BooleanData {
    constructor(value) {
        this.value = value;
        this.kind = expressiondata_Kind.Boolean;
        this.primitive = true;
    }
    coerceString() {
        if (this.value) {
            return "true";
        }
        return "false";
    }
    number() {
        if (this.value) {
            return 1;
        }
        return 0;
    }
}
//# sourceMappingURL=boolean.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/null.js

class Null {
    constructor() {
        this.kind = expressiondata_Kind.Null;
        this.primitive = true;
    }
    coerceString() {
        return "";
    }
    number() {
        return 0;
    }
}
//# sourceMappingURL=null.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/number.js

class NumberData {
    constructor(value) {
        this.value = value;
        this.kind = expressiondata_Kind.Number;
        this.primitive = true;
    }
    coerceString() {
        if (this.value === 0) {
            return "0";
        }
        // Workaround to limit the precision to at most 15 digits. Format the number to a string, then parse
        // it back to a number to remove trailing zeroes to prevent numbers to be converted to 1.200000000...
        return (+this.value.toFixed(15)).toString();
    }
    number() {
        return this.value;
    }
}
//# sourceMappingURL=number.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/string.js

class StringData {
    constructor(value) {
        this.value = value;
        this.kind = expressiondata_Kind.String;
        this.primitive = true;
    }
    coerceString() {
        return this.value;
    }
    number() {
        return Number(this.value);
    }
}
//# sourceMappingURL=string.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/replacer.js






/**
 * Replacer can be passed to JSON.stringify to convert an ExpressionData object into plain JSON
 *
 * See: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/stringify#replacer
 */
function replacer(_key, value) {
    if (value instanceof Null) {
        return null;
    }
    if (value instanceof BooleanData) {
        return value.value;
    }
    if (value instanceof NumberData) {
        return value.number();
    }
    if (value instanceof StringData) {
        return value.coerceString();
    }
    if (value instanceof array_Array) {
        return value.values();
    }
    if (value instanceof Dictionary) {
        const pairs = value.pairs();
        const r = {};
        for (const p of pairs) {
            r[p.key] = p.value;
        }
        return r;
    }
    return value;
}
//# sourceMappingURL=replacer.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/reviver.js






/**
 * Reviver can be passed to `JSON.parse` to convert plain JSON into an `ExpressionData` object.
 *
 * See: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/parse#reviver
 */
function reviver(_key, val) {
    if (val === null) {
        return new Null();
    }
    if (typeof val === "string") {
        return new StringData(val);
    }
    if (typeof val === "number") {
        return new NumberData(val);
    }
    if (typeof val === "boolean") {
        return new BooleanData(val);
    }
    if (Array.isArray(val)) {
        return new array_Array(...val);
    }
    if (typeof val === "object") {
        return new Dictionary(...Object.keys(val).map(k => ({
            key: k,
            value: val[k]
        })));
    }
    // Pass through value
    return val;
}
//# sourceMappingURL=reviver.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/data/index.js









//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/filtered_array.js

class filtered_array_FilteredArray extends array_Array {
}
//# sourceMappingURL=filtered_array.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/lexer.js


var lexer_TokenType;
(function (TokenType) {
    TokenType[TokenType["UNKNOWN"] = 0] = "UNKNOWN";
    TokenType[TokenType["LEFT_PAREN"] = 1] = "LEFT_PAREN";
    TokenType[TokenType["RIGHT_PAREN"] = 2] = "RIGHT_PAREN";
    TokenType[TokenType["LEFT_BRACKET"] = 3] = "LEFT_BRACKET";
    TokenType[TokenType["RIGHT_BRACKET"] = 4] = "RIGHT_BRACKET";
    TokenType[TokenType["COMMA"] = 5] = "COMMA";
    TokenType[TokenType["DOT"] = 6] = "DOT";
    TokenType[TokenType["BANG"] = 7] = "BANG";
    TokenType[TokenType["BANG_EQUAL"] = 8] = "BANG_EQUAL";
    TokenType[TokenType["EQUAL_EQUAL"] = 9] = "EQUAL_EQUAL";
    TokenType[TokenType["GREATER"] = 10] = "GREATER";
    TokenType[TokenType["GREATER_EQUAL"] = 11] = "GREATER_EQUAL";
    TokenType[TokenType["LESS"] = 12] = "LESS";
    TokenType[TokenType["LESS_EQUAL"] = 13] = "LESS_EQUAL";
    TokenType[TokenType["AND"] = 14] = "AND";
    TokenType[TokenType["OR"] = 15] = "OR";
    TokenType[TokenType["STAR"] = 16] = "STAR";
    TokenType[TokenType["NUMBER"] = 17] = "NUMBER";
    TokenType[TokenType["STRING"] = 18] = "STRING";
    TokenType[TokenType["IDENTIFIER"] = 19] = "IDENTIFIER";
    TokenType[TokenType["TRUE"] = 20] = "TRUE";
    TokenType[TokenType["FALSE"] = 21] = "FALSE";
    TokenType[TokenType["NULL"] = 22] = "NULL";
    TokenType[TokenType["EOF"] = 23] = "EOF";
})(lexer_TokenType || (lexer_TokenType = {}));
function tokenString(tok) {
    switch (tok.type) {
        case lexer_TokenType.EOF:
            return "EOF";
        case lexer_TokenType.NUMBER:
            return tok.lexeme;
        case lexer_TokenType.STRING:
            // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
            return tok.value.toString();
        default:
            return tok.lexeme;
    }
}
class lexer_Lexer {
    constructor(input) {
        this.input = input;
        this.start = 0;
        this.offset = 0;
        this.line = 0;
        this.lastLineOffset = 0;
        this.tokens = [];
    }
    lex() {
        if (this.input.length > MAX_EXPRESSION_LENGTH) {
            throw new Error("ErrorExceededMaxLength");
        }
        while (!this.atEnd()) {
            this.start = this.offset;
            const c = this.next();
            switch (c) {
                case "(":
                    this.addToken(lexer_TokenType.LEFT_PAREN);
                    break;
                case ")":
                    this.addToken(lexer_TokenType.RIGHT_PAREN);
                    break;
                case "[":
                    this.addToken(lexer_TokenType.LEFT_BRACKET);
                    break;
                case "]":
                    this.addToken(lexer_TokenType.RIGHT_BRACKET);
                    break;
                case ",":
                    this.addToken(lexer_TokenType.COMMA);
                    break;
                case ".":
                    if (this.previous() != lexer_TokenType.IDENTIFIER &&
                        this.previous() != lexer_TokenType.RIGHT_BRACKET &&
                        this.previous() != lexer_TokenType.RIGHT_PAREN &&
                        this.previous() != lexer_TokenType.STAR) {
                        this.consumeNumber();
                    }
                    else {
                        this.addToken(lexer_TokenType.DOT);
                    }
                    break;
                case "-":
                case "+":
                    this.consumeNumber();
                    break;
                case "!":
                    this.addToken(this.match("=") ? lexer_TokenType.BANG_EQUAL : lexer_TokenType.BANG);
                    break;
                case "=":
                    if (!this.match("=")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(lexer_TokenType.EQUAL_EQUAL);
                    break;
                case "<":
                    this.addToken(this.match("=") ? lexer_TokenType.LESS_EQUAL : lexer_TokenType.LESS);
                    break;
                case ">":
                    this.addToken(this.match("=") ? lexer_TokenType.GREATER_EQUAL : lexer_TokenType.GREATER);
                    break;
                case "&":
                    if (!this.match("&")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(lexer_TokenType.AND);
                    break;
                case "|":
                    if (!this.match("|")) {
                        // Illegal; continue reading until we hit a boundary character and return an error
                        this.consumeIdentifier();
                        break;
                    }
                    this.addToken(lexer_TokenType.OR);
                    break;
                case "*":
                    this.addToken(lexer_TokenType.STAR);
                    break;
                // Ignore whitespace.
                case " ":
                case "\r":
                case "\t":
                    break;
                case "\n":
                    ++this.line;
                    this.lastLineOffset = this.offset;
                    break;
                case "'":
                    this.consumeString();
                    break;
                default:
                    switch (true) {
                        case isDigit(c):
                            this.consumeNumber();
                            break;
                        default:
                            this.consumeIdentifier();
                            break;
                    }
            }
        }
        this.tokens.push({
            type: lexer_TokenType.EOF,
            lexeme: "",
            range: this.range()
        });
        return {
            tokens: this.tokens
        };
    }
    pos() {
        return {
            line: this.line,
            column: this.start - this.lastLineOffset
        };
    }
    endPos() {
        return {
            line: this.line,
            column: this.offset - this.lastLineOffset
        };
    }
    range() {
        return {
            start: this.pos(),
            end: this.endPos()
        };
    }
    atEnd() {
        return this.offset >= this.input.length;
    }
    peek() {
        if (this.atEnd()) {
            return "\0";
        }
        return this.input[this.offset];
    }
    peekNext() {
        if (this.offset + 1 >= this.input.length) {
            return "\0";
        }
        return this.input[this.offset + 1];
    }
    previous() {
        const l = this.tokens.length;
        if (l == 0) {
            return lexer_TokenType.EOF;
        }
        return this.tokens[l - 1].type;
    }
    next() {
        return this.input[this.offset++];
    }
    match(expected) {
        if (this.atEnd()) {
            return false;
        }
        if (this.input[this.offset] !== expected) {
            return false;
        }
        this.offset++;
        return true;
    }
    addToken(type, value) {
        this.tokens.push({
            type,
            lexeme: this.input.substring(this.start, this.offset),
            range: this.range(),
            value
        });
    }
    consumeNumber() {
        while (!this.atEnd() && (!isBoundary(this.peek()) || this.peek() == ".")) {
            this.next();
        }
        const lexeme = this.input.substring(this.start, this.offset);
        const value = new StringData(lexeme).number();
        if (isNaN(value)) {
            throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.addToken(lexer_TokenType.NUMBER, value);
    }
    consumeString() {
        while ((this.peek() !== "'" || this.peekNext() === "'") && !this.atEnd()) {
            if (this.peek() === "\n")
                this.line++;
            if (this.peek() === "'" && this.peekNext() === "'") {
                // Escaped "'", consume
                this.next();
            }
            this.next();
        }
        if (this.atEnd()) {
            // Unterminated string
            throw new Error(`Unexpected symbol: '${this.input.substring(this.start)}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        // Closing '
        this.next();
        // Trim the surrounding quotes.
        let value = this.input.substring(this.start + 1, this.offset - 1);
        value = value.replace("''", "'");
        this.addToken(lexer_TokenType.STRING, value);
    }
    consumeIdentifier() {
        while (!this.atEnd() && !isBoundary(this.peek())) {
            this.next();
        }
        let tokenType = lexer_TokenType.IDENTIFIER;
        let tokenValue = undefined;
        const lexeme = this.input.substring(this.start, this.offset);
        if (this.previous() != lexer_TokenType.DOT) {
            switch (lexeme) {
                case "true":
                    tokenType = lexer_TokenType.TRUE;
                    break;
                case "false":
                    tokenType = lexer_TokenType.FALSE;
                    break;
                case "null":
                    tokenType = lexer_TokenType.NULL;
                    break;
                case "NaN":
                    tokenType = lexer_TokenType.NUMBER;
                    tokenValue = NaN;
                    break;
                case "Infinity":
                    tokenType = lexer_TokenType.NUMBER;
                    tokenValue = Infinity;
                    break;
            }
        }
        if (!isLegalIdentifier(lexeme)) {
            throw new Error(`Unexpected symbol: '${lexeme}'. Located at position ${this.start + 1} within expression: ${this.input}`);
        }
        this.addToken(tokenType, tokenValue);
    }
}
function isDigit(c) {
    return c >= "0" && c <= "9";
}
function isBoundary(c) {
    switch (c) {
        case "(":
        case "[":
        case ")":
        case "]":
        case ",":
        case ".":
        case "!":
        case ">":
        case "<":
        case "=":
        case "&":
        case "|":
            return true;
    }
    return /\s/.test(c);
}
function isLegalIdentifier(str) {
    if (str == "") {
        return false;
    }
    const first = str[0];
    if ((first >= "a" && first <= "z") || (first >= "A" && first <= "Z") || first == "_") {
        for (const c of str.substring(1).split("")) {
            if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-") {
                // OK
            }
            else {
                return false;
            }
        }
        return true;
    }
    return false;
}
//# sourceMappingURL=lexer.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/errors.js

const MAX_PARSER_DEPTH = 50;
const MAX_EXPRESSION_LENGTH = 21000;
var ErrorType;
(function (ErrorType) {
    ErrorType[ErrorType["ErrorUnexpectedSymbol"] = 0] = "ErrorUnexpectedSymbol";
    ErrorType[ErrorType["ErrorUnrecognizedNamedValue"] = 1] = "ErrorUnrecognizedNamedValue";
    ErrorType[ErrorType["ErrorUnexpectedEndOfExpression"] = 2] = "ErrorUnexpectedEndOfExpression";
    ErrorType[ErrorType["ErrorExceededMaxDepth"] = 3] = "ErrorExceededMaxDepth";
    ErrorType[ErrorType["ErrorExceededMaxLength"] = 4] = "ErrorExceededMaxLength";
    ErrorType[ErrorType["ErrorTooFewParameters"] = 5] = "ErrorTooFewParameters";
    ErrorType[ErrorType["ErrorTooManyParameters"] = 6] = "ErrorTooManyParameters";
    ErrorType[ErrorType["ErrorEvenParameters"] = 7] = "ErrorEvenParameters";
    ErrorType[ErrorType["ErrorUnrecognizedContext"] = 8] = "ErrorUnrecognizedContext";
    ErrorType[ErrorType["ErrorUnrecognizedFunction"] = 9] = "ErrorUnrecognizedFunction";
})(ErrorType || (ErrorType = {}));
class ExpressionError extends Error {
    constructor(typ, tok) {
        super(`${errorDescription(typ)}: '${tokenString(tok)}'`);
        this.typ = typ;
        this.tok = tok;
        this.pos = this.tok.range.start;
    }
}
function errorDescription(typ) {
    switch (typ) {
        case ErrorType.ErrorUnexpectedEndOfExpression:
            return "Unexpected end of expression";
        case ErrorType.ErrorUnexpectedSymbol:
            return "Unexpected symbol";
        case ErrorType.ErrorUnrecognizedNamedValue:
            return "Unrecognized named-value";
        case ErrorType.ErrorExceededMaxDepth:
            return `Exceeded max expression depth ${MAX_PARSER_DEPTH}`;
        case ErrorType.ErrorExceededMaxLength:
            return `Exceeded max expression length ${MAX_EXPRESSION_LENGTH}`;
        case ErrorType.ErrorTooFewParameters:
            return "Too few parameters supplied";
        case ErrorType.ErrorTooManyParameters:
            return "Too many parameters supplied";
        case ErrorType.ErrorEvenParameters:
            return "Even number of parameters supplied, requires an odd number of parameters";
        case ErrorType.ErrorUnrecognizedContext:
            return "Unrecognized named-value";
        case ErrorType.ErrorUnrecognizedFunction:
            return "Unrecognized function";
        default: // Should never reach here.
            return "Unknown error";
    }
}
class ExpressionEvaluationError extends Error {
}
//# sourceMappingURL=errors.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/case.js

const caseFunc = {
    name: "case",
    description: "`case( pred1, val1, pred2, val2, ..., default )`\n\nEvaluates predicates in order and returns the value corresponding to the first predicate that evaluates to `true`. If no predicate matches, it returns the last argument as the default value.",
    minArgs: 3,
    maxArgs: Number.MAX_SAFE_INTEGER,
    call: (...args) => {
        // Evaluate predicate-result pairs
        for (let i = 0; i < args.length - 1; i += 2) {
            const predicate = args[i];
            // Predicate must be a boolean
            if (predicate.kind !== expressiondata_Kind.Boolean) {
                throw new Error("case predicate must evaluate to a boolean value");
            }
            // If predicate is true, return the corresponding result
            if (predicate.value) {
                return args[i + 1];
            }
        }
        // No predicate matched, return default (last argument)
        return args[args.length - 1];
    }
};
//# sourceMappingURL=case.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/result.js

function result_falsy(d) {
    switch (d.kind) {
        case data.Kind.Null:
            return true;
        case data.Kind.Boolean:
            return !d.value;
        case data.Kind.Number: {
            const dv = d.value;
            return dv === 0 || isNaN(dv);
        }
        case data.Kind.String:
            return d.value.length === 0;
    }
    return false;
}
function result_truthy(d) {
    return !result_falsy(d);
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except objects are not coerced to primitives.
function coerceTypes(li, ri) {
    let lv = li;
    let rv = ri;
    // Do nothing, same kind
    if (li.kind === ri.kind) {
        return [lv, rv];
    }
    switch (li.kind) {
        // Number, String
        case expressiondata_Kind.Number:
            if (ri.kind === expressiondata_Kind.String) {
                rv = new NumberData(ri.number());
                return [lv, rv];
            }
            break;
        // String, Number
        case expressiondata_Kind.String:
            if (ri.kind === expressiondata_Kind.Number) {
                lv = new NumberData(li.number());
                return [lv, rv];
            }
            break;
        // Boolean|Null, Any
        case expressiondata_Kind.Null:
        case expressiondata_Kind.Boolean:
            lv = new NumberData(li.number());
            return coerceTypes(lv, rv);
    }
    // Any, Boolean|Null
    switch (ri.kind) {
        case expressiondata_Kind.Null:
        case expressiondata_Kind.Boolean:
            rv = new NumberData(ri.number());
            return coerceTypes(lv, rv);
    }
    return [lv, rv];
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function result_equals(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Null, Null
        case expressiondata_Kind.Null:
            return true;
        // Number, Number
        case expressiondata_Kind.Number: {
            const ld = lv.value;
            const rd = rv.value;
            if (isNaN(ld) || isNaN(rd)) {
                return false;
            }
            return ld == rd;
        }
        // String, String
        case expressiondata_Kind.String: {
            const ls = lv.value;
            const rs = rv.value;
            return toUpperSpecial(ls) === toUpperSpecial(rs);
        }
        // Boolean, Boolean
        case expressiondata_Kind.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return lb == rb;
        }
        // Object, Object
        case expressiondata_Kind.Dictionary:
        case expressiondata_Kind.Array:
            // Check reference equality
            return lv === rv;
    }
    return false;
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function result_greaterThan(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Number, Number
        case data.Kind.Number: {
            const lf = lv.value;
            const rf = rv.value;
            if (isNaN(lf) || isNaN(rf)) {
                return false;
            }
            return lf > rf;
        }
        // String, String
        case data.Kind.String: {
            let ls = lv.value;
            let rs = rv.value;
            ls = toUpperSpecial(ls);
            rs = toUpperSpecial(rs);
            return ls > rs;
        }
        // Boolean, Boolean
        case data.Kind.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return lb && !rb;
        }
    }
    return false;
}
// Similar to the Javascript abstract equality comparison algorithm http://www.ecma-international.org/ecma-262/5.1/#sec-11.9.3.
// Except string comparison is OrdinalIgnoreCase, and objects are not coerced to primitives.
function result_lessThan(lhs, rhs) {
    const [lv, rv] = coerceTypes(lhs, rhs);
    if (lv.kind != rv.kind) {
        return false;
    }
    switch (lv.kind) {
        // Number, Number
        case data.Kind.Number: {
            const lf = lv.value;
            const rf = rv.value;
            if (isNaN(lf) || isNaN(rf)) {
                return false;
            }
            return lf < rf;
        }
        // String, String
        case data.Kind.String: {
            let ls = lv.value;
            let rs = rv.value;
            ls = toUpperSpecial(ls);
            rs = toUpperSpecial(rs);
            return ls < rs;
        }
        // Boolean, Boolean
        case data.Kind.Boolean: {
            const lb = lv.value;
            const rb = rv.value;
            return !lb && rb;
        }
    }
    return false;
}
// Do not toUpper the small-dotless-ı
function toUpperSpecial(s) {
    const sb = [];
    let i = 0;
    const len = s.length;
    let found = s.indexOf("ı");
    while (i < len) {
        if (i < found) {
            sb.push(s.substring(i, found).toUpperCase()); // Append upper segment
            i = found;
        }
        else if (i == found) {
            sb.push(s.substring(i, i + 1));
            i += 1;
            found = s.indexOf("ı", i);
        }
        else {
            sb.push(s.substring(i).toUpperCase()); // Append upper remaining
            break;
        }
    }
    return sb.join("");
}
//# sourceMappingURL=result.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/contains.js


const contains = {
    name: "contains",
    description: "`contains( search, item )`\n\nReturns `true` if `search` contains `item`. If `search` is an array, this function returns `true` if the `item` is an element in the array. If `search` is a string, this function returns `true` if the `item` is a substring of `search`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        const right = args[1];
        if (left.primitive) {
            const ls = left.coerceString();
            if (right.primitive) {
                const rs = right.coerceString();
                return new BooleanData(ls.toLowerCase().includes(rs.toLowerCase()));
            }
        }
        else if (left.kind === expressiondata_Kind.Array) {
            const la = left;
            if (la.values().length === 0) {
                return new BooleanData(false);
            }
            for (const v of la.values()) {
                if (result_equals(right, v)) {
                    return new BooleanData(true);
                }
            }
        }
        return new BooleanData(false);
    }
};
//# sourceMappingURL=contains.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/endswith.js


const endswith = {
    name: "endsWith",
    description: "`endsWith( searchString, searchValue )`\n\nReturns `true` if `searchString` ends with `searchValue`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        if (!left.primitive) {
            return new BooleanData(false);
        }
        const right = args[1];
        if (!right.primitive) {
            return new BooleanData(false);
        }
        const ls = toUpperSpecial(left.coerceString());
        const rs = toUpperSpecial(right.coerceString());
        return new BooleanData(ls.endsWith(rs));
    }
};
//# sourceMappingURL=endswith.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/format.js

const format = {
    name: "format",
    description: "`format( string, replaceValue0, replaceValue1, ..., replaceValueN)`\n\nReplaces values in the `string`, with the variable `replaceValueN`. Variables in the `string` are specified using the `{N}` syntax, where `N` is an integer. You must specify at least one `replaceValue` and `string`. There is no maximum for the number of variables (`replaceValueN`) you can use. Escape curly braces using double braces.",
    minArgs: 1,
    maxArgs: 255 /*MAX_ARGUMENTS*/,
    call: (...args) => {
        const fs = args[0].coerceString();
        const result = [];
        let index = 0;
        while (index < fs.length) {
            const lbrace = fs.indexOf("{", index);
            const rbrace = fs.indexOf("}", index);
            // Left brace
            if (lbrace >= 0 && (rbrace < 0 || rbrace > lbrace)) {
                // Escaped left brace
                if (safeCharAt(fs, lbrace + 1) === "{") {
                    result.push(fs.substr(index, lbrace - index + 1));
                    index = lbrace + 2;
                    continue;
                }
                // Left brace, number, optional format specifiers, right brace
                if (rbrace > lbrace + 1) {
                    const argIndex = readArgIndex(fs, lbrace + 1);
                    if (argIndex.success) {
                        // Check parameter count
                        if (1 + argIndex.result > args.length - 1) {
                            throw new Error(`The following format string references more arguments than were supplied: ${fs}`);
                        }
                        // Append the portion before the left brace
                        if (lbrace > index) {
                            result.push(fs.substr(index, lbrace - index));
                        }
                        // Append the arg
                        result.push(`${args[1 + argIndex.result].coerceString()}`);
                        index = rbrace + 1;
                        continue;
                    }
                }
                throw new Error(`The following format string is invalid: ${fs}`);
            }
            // Right brace
            else if (rbrace >= 0) {
                // Escaped right brace
                if (safeCharAt(fs, rbrace + 1) === "}") {
                    result.push(fs.substr(index, rbrace - index + 1));
                    index = rbrace + 2;
                }
                else {
                    throw new Error(`The following format string is invalid: ${fs}`);
                }
            }
            // Last segment
            else {
                result.push(fs.substr(index));
                break;
            }
        }
        return new StringData(result.join(""));
    }
};
function safeCharAt(string, index) {
    if (string.length > index) {
        return string[index];
    }
    return "\0";
}
function readArgIndex(string, startIndex) {
    // Count the number of digits
    let length = 0;
    for (;;) {
        const nextChar = safeCharAt(string, startIndex + length);
        if (nextChar >= "0" && nextChar <= "9") {
            length++;
        }
        else {
            break;
        }
    }
    // Validate at least one digit
    if (length < 1) {
        return {
            success: false
        };
    }
    // Parse the number
    const endIndex = startIndex + length - 1;
    const result = parseInt(string.substr(startIndex, length));
    return {
        success: !isNaN(result),
        result: result,
        endIndex: endIndex
    };
}
//# sourceMappingURL=format.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/fromjson.js


const fromjson = {
    name: "fromJson",
    description: "`fromJSON(value)`\n\nReturns a JSON object or JSON data type for `value`. You can use this function to provide a JSON object as an evaluated expression or to convert environment variables from a string.",
    minArgs: 1,
    maxArgs: 1,
    call: (...args) => {
        const input = args[0];
        const is = input.coerceString();
        if (is.trim() === "") {
            throw new Error("empty input");
        }
        try {
            return JSON.parse(is, reviver);
        }
        catch (e) {
            throw new ExpressionEvaluationError("Error parsing JSON when evaluating fromJson", { cause: e });
        }
    }
};
//# sourceMappingURL=fromjson.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/join.js

const join = {
    name: "join",
    description: "`join( array, optionalSeparator )`\n\nThe value for `array` can be an array or a string. All values in `array` are concatenated into a string. If you provide `optionalSeparator`, it is inserted between the concatenated values. Otherwise, the default separator `,` is used. Casts values to a string.",
    minArgs: 1,
    maxArgs: 2,
    call: (...args) => {
        // Primitive
        if (args[0].primitive) {
            return new StringData(args[0].coerceString());
        }
        // Array
        if (args[0].kind === expressiondata_Kind.Array) {
            // Separator
            let separator = ",";
            if (args.length > 1 && args[1].primitive) {
                separator = args[1].coerceString();
            }
            // Convert items to strings
            return new StringData(args[0]
                .values()
                .map(item => item.coerceString())
                .join(separator));
        }
        return new StringData("");
    }
};
//# sourceMappingURL=join.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/startswith.js


const startswith = {
    name: "startsWith",
    description: "`startsWith( searchString, searchValue )`\n\nReturns `true` when `searchString` starts with `searchValue`. This function is not case sensitive. Casts values to a string.",
    minArgs: 2,
    maxArgs: 2,
    call: (...args) => {
        const left = args[0];
        if (!left.primitive) {
            return new BooleanData(false);
        }
        const right = args[1];
        if (!right.primitive) {
            return new BooleanData(false);
        }
        const ls = toUpperSpecial(left.coerceString());
        const rs = toUpperSpecial(right.coerceString());
        return new BooleanData(ls.startsWith(rs));
    }
};
//# sourceMappingURL=startswith.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs/tojson.js


const tojson = {
    name: "toJson",
    description: "`toJSON(value)`\n\nReturns a pretty-print JSON representation of `value`. You can use this function to debug the information provided in contexts.",
    minArgs: 1,
    maxArgs: 1,
    call: (...args) => {
        return new StringData(JSON.stringify(args[0], replacer, "  "));
    }
};
//# sourceMappingURL=tojson.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/funcs.js









const funcs_wellKnownFunctions = {
    case: caseFunc,
    contains: contains,
    endswith: endswith,
    format: format,
    fromjson: fromjson,
    join: join,
    startswith: startswith,
    tojson: tojson
};
// validateFunction returns the function definition for the given function name.
// If the function does not exist or an incorrect number of arguments is provided,
// an error is returned.
function validateFunction(context, identifier, argCount) {
    // Expression function names are case-insensitive.
    const name = identifier.lexeme.toLowerCase();
    let f;
    f = funcs_wellKnownFunctions[name];
    if (!f) {
        f = context.extensionFunctions.get(name);
        if (!f) {
            if (!context.allowUnknownKeywords) {
                throw new ExpressionError(ErrorType.ErrorUnrecognizedFunction, identifier);
            }
            // Skip argument validation for unknown functions
            return;
        }
    }
    if (argCount < f.minArgs) {
        throw new ExpressionError(ErrorType.ErrorTooFewParameters, identifier);
    }
    if (argCount > f.maxArgs) {
        throw new ExpressionError(ErrorType.ErrorTooManyParameters, identifier);
    }
    // case function requires an odd number of arguments
    if (name === "case" && argCount % 2 === 0) {
        throw new ExpressionError(ErrorType.ErrorEvenParameters, identifier);
    }
}
//# sourceMappingURL=funcs.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/evaluator.js







class evaluator_Evaluator {
    /**
     * Creates a new evaluator
     * @param n Parsed expression to evaluate
     * @param context Context data to use
     * @param functions Optional map of function implementations. If given, these will be preferred over the built-in functions.
     */
    constructor(n, context, functions) {
        this.n = n;
        this.context = context;
        this.functions = functions;
    }
    evaluate() {
        return this.eval(this.n);
    }
    eval(n) {
        return n.accept(this);
    }
    visitLiteral(literal) {
        return literal.literal;
    }
    visitUnary(unary) {
        const r = this.eval(unary.expr);
        if (unary.operator.type === TokenType.BANG) {
            return new data.BooleanData(falsy(r));
        }
        throw new Error(`unknown unary operator: ${unary.operator.lexeme}`);
    }
    visitBinary(binary) {
        const left = this.eval(binary.left);
        const right = this.eval(binary.right);
        switch (binary.operator.type) {
            case TokenType.EQUAL_EQUAL:
                return new data.BooleanData(equals(left, right));
            case TokenType.BANG_EQUAL:
                return new data.BooleanData(!equals(left, right));
            case TokenType.GREATER:
                return new data.BooleanData(greaterThan(left, right));
            case TokenType.GREATER_EQUAL:
                return new data.BooleanData(equals(left, right) || greaterThan(left, right));
            case TokenType.LESS:
                return new data.BooleanData(lessThan(left, right));
            case TokenType.LESS_EQUAL:
                return new data.BooleanData(equals(left, right) || lessThan(left, right));
        }
        throw new Error(`unknown binary operator: ${binary.operator.lexeme}`);
    }
    visitLogical(logical) {
        let result;
        for (const arg of logical.args) {
            result = this.eval(arg);
            // Break?
            if ((logical.operator.type === TokenType.AND && falsy(result)) ||
                (logical.operator.type === TokenType.OR && truthy(result))) {
                break;
            }
        }
        // result is always assigned before we return here
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
        return result;
    }
    visitGrouping(grouping) {
        return this.eval(grouping.group);
    }
    visitContextAccess(contextAccess) {
        // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
        const r = this.context.get(contextAccess.name.lexeme);
        return r;
    }
    visitIndexAccess(ia) {
        let idx;
        if (ia.index instanceof Star) {
            idx = new idxHelper(true, undefined);
        }
        else {
            let idxResult;
            try {
                idxResult = this.eval(ia.index);
            }
            catch (e) {
                throw new Error(`could not evaluate index for index access: ${e.message}`, { cause: e });
            }
            idx = new idxHelper(false, idxResult);
        }
        const objResult = this.eval(ia.expr);
        let result;
        switch (objResult.kind) {
            case data.Kind.Array: {
                const tobjResult = objResult;
                if (tobjResult instanceof FilteredArray) {
                    result = filteredArrayAccess(tobjResult, idx);
                }
                else {
                    result = arrayAccess(tobjResult, idx);
                }
                break;
            }
            case data.Kind.Dictionary: {
                const tobjResult = objResult;
                result = objectAccess(tobjResult, idx);
                break;
            }
            default:
                if (idx.star) {
                    result = new FilteredArray();
                }
                else {
                    result = new data.Null();
                }
        }
        return result;
    }
    visitFunctionCall(functionCall) {
        // Evaluate arguments
        const args = functionCall.args.map(arg => this.eval(arg));
        // Get function definitions
        const functionName = functionCall.functionName.lexeme.toLowerCase();
        const f = this.functions?.get(functionName) || wellKnownFunctions[functionName];
        return f.call(...args);
    }
}
function filteredArrayAccess(fa, idx) {
    const result = new FilteredArray();
    for (const item of fa.values()) {
        // Check the type of the nested item
        switch (item.kind) {
            case data.Kind.Dictionary: {
                const ti = item;
                if (idx.star) {
                    for (const v of ti.values()) {
                        result.add(v);
                    }
                }
                else if (idx.str !== undefined) {
                    const v = ti.get(idx.str);
                    if (v !== undefined) {
                        result.add(v);
                    }
                }
                break;
            }
            case data.Kind.Array: {
                const ti = item;
                if (idx.star) {
                    for (const v of ti.values()) {
                        result.add(v);
                    }
                }
                else if (idx.int !== undefined && idx.int < ti.values().length) {
                    result.add(ti.get(idx.int));
                }
                break;
            }
        }
    }
    return result;
}
function arrayAccess(a, idx) {
    if (idx.star) {
        const fa = new FilteredArray();
        for (const item of a.values()) {
            fa.add(item);
        }
        return fa;
    }
    if (idx.int !== undefined && idx.int < a.values().length) {
        return a.get(idx.int);
    }
    return new data.Null();
}
function objectAccess(obj, idx) {
    if (idx.star) {
        const fa = new FilteredArray(...obj.values());
        return fa;
    }
    if (idx.str !== undefined) {
        const r = obj.get(idx.str);
        if (r !== undefined) {
            return r;
        }
    }
    return new data.Null();
}
//# sourceMappingURL=evaluator.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/parser.js





class parser_Parser {
    /**
     * Constructs a new parser for the given tokens
     *
     * @param tokens Tokens to build a parse tree from
     * @param extensionContexts Available context names
     * @param extensionFunctions Available functions (beyond the built-in ones)
     */
    constructor(tokens, extensionContexts, extensionFunctions) {
        this.tokens = tokens;
        this.offset = 0;
        this.depth = 0;
        this.extContexts = new Map();
        this.extFuncs = new Map();
        for (const contextName of extensionContexts) {
            this.extContexts.set(contextName.toLowerCase(), true);
        }
        for (const { name, func } of extensionFunctions.map(x => ({
            name: x.name,
            func: x
        }))) {
            this.extFuncs.set(name.toLowerCase(), func);
        }
        this.context = {
            allowUnknownKeywords: false,
            extensionContexts: this.extContexts,
            extensionFunctions: this.extFuncs
        };
    }
    parse() {
        // eslint-disable-next-line prefer-const
        let result;
        // No tokens
        if (this.atEnd()) {
            return result;
        }
        result = this.expression();
        if (!this.atEnd()) {
            throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
        }
        return result;
    }
    expression() {
        this.incrDepth();
        try {
            return this.logicalOr();
        }
        finally {
            this.decrDepth();
        }
    }
    logicalOr() {
        // && is higher precedence than ||
        let expr = this.logicalAnd();
        if (this.check(lexer_TokenType.OR)) {
            // Track depth
            this.incrDepth();
            try {
                const logical = new Logical(this.peek(), [expr]);
                expr = logical;
                while (this.match(lexer_TokenType.OR)) {
                    const right = this.logicalAnd();
                    logical.args.push(right);
                }
            }
            finally {
                this.decrDepth();
            }
        }
        return expr;
    }
    logicalAnd() {
        // == and != are higher precedence than &&
        let expr = this.equality();
        if (this.check(lexer_TokenType.AND)) {
            // Track depth
            this.incrDepth();
            try {
                const logical = new Logical(this.peek(), [expr]);
                expr = logical;
                while (this.match(lexer_TokenType.AND)) {
                    const right = this.equality();
                    logical.args.push(right);
                }
            }
            finally {
                this.decrDepth();
            }
        }
        return expr;
    }
    equality() {
        // >, >=, <, <= are higher precedence than == and !=
        let expr = this.comparison();
        while (this.match(lexer_TokenType.BANG_EQUAL, lexer_TokenType.EQUAL_EQUAL)) {
            const operator = this.previous();
            const right = this.comparison();
            expr = new Binary(expr, operator, right);
        }
        return expr;
    }
    comparison() {
        // ! is higher precedence than >, >=, <, <=
        let expr = this.unary();
        while (this.match(lexer_TokenType.GREATER, lexer_TokenType.GREATER_EQUAL, lexer_TokenType.LESS, lexer_TokenType.LESS_EQUAL)) {
            const operator = this.previous();
            const right = this.unary();
            expr = new Binary(expr, operator, right);
        }
        return expr;
    }
    unary() {
        if (this.match(lexer_TokenType.BANG)) {
            // Track depth
            this.incrDepth();
            const operator = this.previous();
            const unary = this.unary();
            try {
                return new Unary(operator, unary);
            }
            finally {
                this.decrDepth();
            }
        }
        return this.index();
    }
    index() {
        let expr = this.call();
        let depthIncreased = 0;
        if (expr instanceof Grouping || expr instanceof FunctionCall || expr instanceof ContextAccess) {
            let cont = true;
            while (cont) {
                switch (true) {
                    case this.match(lexer_TokenType.LEFT_BRACKET): {
                        let indexExpr;
                        if (this.match(lexer_TokenType.STAR)) {
                            indexExpr = new ast_Star();
                        }
                        else {
                            indexExpr = this.expression();
                        }
                        this.consume(lexer_TokenType.RIGHT_BRACKET, ErrorType.ErrorUnexpectedSymbol);
                        // Track depth
                        this.incrDepth();
                        depthIncreased++;
                        expr = new IndexAccess(expr, indexExpr);
                        break;
                    }
                    case this.match(lexer_TokenType.DOT):
                        // Track depth
                        this.incrDepth();
                        depthIncreased++;
                        if (this.match(lexer_TokenType.IDENTIFIER)) {
                            const property = this.previous();
                            expr = new IndexAccess(expr, new Literal(new StringData(property.lexeme), property));
                        }
                        else if (this.match(lexer_TokenType.STAR)) {
                            expr = new IndexAccess(expr, new ast_Star());
                        }
                        else {
                            throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
                        }
                        break;
                    default:
                        cont = false;
                }
            }
        }
        for (let i = 0; i < depthIncreased; i++) {
            this.decrDepth();
        }
        return expr;
    }
    call() {
        if (!this.check(lexer_TokenType.IDENTIFIER)) {
            return this.primary();
        }
        const identifier = this.next();
        if (!this.match(lexer_TokenType.LEFT_PAREN)) {
            if (!this.extContexts.has(identifier.lexeme.toLowerCase())) {
                throw this.buildError(ErrorType.ErrorUnrecognizedContext, identifier);
            }
            return new ContextAccess(identifier);
        }
        // Function call
        const args = [];
        // Arguments
        while (!this.match(lexer_TokenType.RIGHT_PAREN)) {
            const aexp = this.expression();
            args.push(aexp);
            if (!this.check(lexer_TokenType.RIGHT_PAREN)) {
                this.consume(lexer_TokenType.COMMA, ErrorType.ErrorUnexpectedSymbol);
            }
        }
        validateFunction(this.context, identifier, args.length);
        return new FunctionCall(identifier, args);
    }
    primary() {
        switch (true) {
            case this.match(lexer_TokenType.FALSE):
                return new Literal(new BooleanData(false), this.previous());
            case this.match(lexer_TokenType.TRUE):
                return new Literal(new BooleanData(true), this.previous());
            case this.match(lexer_TokenType.NULL):
                return new Literal(new Null(), this.previous());
            case this.match(lexer_TokenType.NUMBER):
                return new Literal(new NumberData(this.previous().value), this.previous());
            case this.match(lexer_TokenType.STRING):
                return new Literal(new StringData(this.previous().value), this.previous());
            case this.match(lexer_TokenType.LEFT_PAREN): {
                const expr = this.expression();
                if (this.atEnd()) {
                    throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous()); // Back up to get the last token before the EOF
                }
                this.consume(lexer_TokenType.RIGHT_PAREN, ErrorType.ErrorUnexpectedSymbol);
                return new Grouping(expr);
            }
            case this.atEnd():
                throw this.buildError(ErrorType.ErrorUnexpectedEndOfExpression, this.previous()); // Back up to get the last token before the EOF
        }
        throw this.buildError(ErrorType.ErrorUnexpectedSymbol, this.peek());
    }
    // match consumes the next token if it matches any of the given types
    match(...tokenTypes) {
        for (const tokenType of tokenTypes) {
            if (this.check(tokenType)) {
                this.next();
                return true;
            }
        }
        return false;
    }
    // check peeks whether the next token is of the given type
    check(tokenType) {
        if (this.atEnd()) {
            return false;
        }
        return this.peek().type == tokenType;
    }
    // atEnd peeks whether the next token is EOF
    atEnd() {
        return this.peek().type == lexer_TokenType.EOF;
    }
    next() {
        if (!this.atEnd()) {
            this.offset++;
        }
        return this.previous();
    }
    peek() {
        return this.tokens[this.offset];
    }
    // previous returns the previous token
    previous() {
        return this.tokens[this.offset - 1];
    }
    // consume attempts to consume the next token if it matches the given type. It returns an error of
    // the given ParseErrorKind otherwise.
    consume(tokenType, errorType) {
        if (this.check(tokenType)) {
            this.next();
            return;
        }
        throw this.buildError(errorType, this.peek());
    }
    incrDepth() {
        this.depth++;
        if (this.depth > MAX_PARSER_DEPTH) {
            throw this.buildError(ErrorType.ErrorExceededMaxDepth, this.peek());
        }
    }
    decrDepth() {
        this.depth--;
    }
    buildError(errType, token) {
        return new ExpressionError(errType, token);
    }
}
//# sourceMappingURL=parser.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/completion.js






/**
 * Complete returns a list of completion items for the given expression.
 * The main functionality is auto-completing functions and context access:
 * We can only provide assistance if the input is in one of the following forms (with | denoting the cursor position):
 * - context.path.inp| or context.path['inp| -- auto-complete context access
 * - context.path.| or context.path['| -- auto-complete context access
 * - toJS| -- auto-complete function call or top-level
 * - | -- auto-complete function call or top-level context access
 *
 * @param input Input expression
 * @param context Context available for the expression
 * @param extensionFunctions List of functions available
 * @param functions Optional map of functions to use during evaluation
 * @param featureFlags Optional feature flags to control which features are enabled
 * @returns Array of completion items
 */
function complete(input, context, extensionFunctions, functions, featureFlags) {
    // Lex
    const lexer = new Lexer(input);
    const lexResult = lexer.lex();
    // Find interesting part of the tokenVector. For example, for an expression like `github.actor == env.actor.log|`, we are
    // only interested in the `env.actor.log` part for auto-completion
    const tokenInputVector = trimTokenVector(lexResult.tokens);
    // Start by skipping the EOF token
    let tokenIdx = tokenInputVector.length - 2;
    if (tokenIdx >= 0) {
        switch (tokenInputVector[tokenIdx].type) {
            // If there is a (partial) identifier under the cursor, ignore that
            case TokenType.IDENTIFIER:
                tokenIdx--;
                break;
            case TokenType.STRING:
                // TODO: Support string for `context.name['test|`
                return [];
        }
    }
    if (tokenIdx < 0) {
        // Vector only contains the EOF token. Suggest functions and root context access
        const result = contextKeys(context);
        // Merge with functions
        result.push(...functionItems(extensionFunctions, featureFlags));
        return result;
    }
    // Determine path that led to the last token
    // Use parser & evaluator to determine context to complete.
    const pathTokenVector = tokenInputVector.slice(0, tokenIdx);
    // Include the original EOF token to make the parser happy
    pathTokenVector.push(tokenInputVector[tokenInputVector.length - 1]);
    const p = new Parser(pathTokenVector, context.pairs().map(x => x.key), extensionFunctions);
    const expr = p.parse();
    const ev = new Evaluator(expr, context, functions);
    const result = ev.evaluate();
    return contextKeys(result);
}
function functionItems(extensionFunctions, featureFlags) {
    const result = [];
    const flags = featureFlags ?? new FeatureFlags();
    for (const fdef of [...Object.values(wellKnownFunctions), ...extensionFunctions]) {
        // Filter out case function if feature is disabled
        if (fdef.name === "case" && !flags.isEnabled("allowCaseFunction")) {
            continue;
        }
        result.push({
            label: fdef.name,
            description: fdef.description,
            function: true
        });
    }
    // Sort functions
    result.sort((a, b) => a.label.localeCompare(b.label));
    return result;
}
function contextKeys(context) {
    if (isDictionary(context)) {
        return (context
            .pairs()
            .map(x => completionItemFromContext(x))
            // Sort contexts
            .sort((a, b) => a.label.localeCompare(b.label)));
    }
    return [];
}
function completionItemFromContext(pair) {
    const context = pair.key.toString();
    const parenIndex = context.indexOf("(");
    const isFunc = parenIndex >= 0 && context.indexOf(")") >= 0;
    return {
        label: isFunc ? context.substring(0, parenIndex) : context,
        description: pair.description,
        function: isFunc
    };
}
function trimTokenVector(tokenVector) {
    let tokenIdx = tokenVector.length;
    let openParen = 0;
    while (tokenIdx > 0) {
        const token = tokenVector[tokenIdx - 1];
        switch (token.type) {
            case TokenType.LEFT_PAREN:
                if (openParen == 0) {
                    // Encountered an open parenthesis without a closing first, stop here
                    break;
                }
                openParen--;
                tokenIdx--;
                continue;
            case TokenType.RIGHT_PAREN:
                openParen++;
                tokenIdx--;
                continue;
            case TokenType.IDENTIFIER:
            case TokenType.DOT:
            case TokenType.EOF:
            case TokenType.LEFT_BRACKET:
            case TokenType.RIGHT_BRACKET:
            case TokenType.STRING:
                tokenIdx--;
                continue;
        }
        break;
    }
    // Only keep the part of the token vector we're interested in
    return tokenVector.slice(tokenIdx);
}
//# sourceMappingURL=completion.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/completion/descriptionDictionary.js


function isDescriptionDictionary(x) {
    return x.kind === Kind.Dictionary && x instanceof DescriptionDictionary;
}
class DescriptionDictionary extends Dictionary {
    constructor(...pairs) {
        super();
        this.descriptions = new Map();
        this.complete = true;
        for (const p of pairs) {
            this.add(p.key, p.value, p.description);
        }
    }
    add(key, value, description) {
        if (this.get(key) !== undefined) {
            // Key already added, ignore
            return;
        }
        super.add(key, value);
        if (description) {
            this.descriptions.set(key, description);
        }
    }
    pairs() {
        const pairs = super.pairs();
        return pairs.map(p => ({ ...p, description: this.descriptions.get(p.key) }));
    }
    getDescription(key) {
        return this.descriptions.get(key);
    }
}
//# sourceMappingURL=descriptionDictionary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/expressions/dist/index.js










//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./src/workflows/yaml.ts
var yaml = __nccwpck_require__(471);
// EXTERNAL MODULE: ./src/workflows/paths.ts
var paths = __nccwpck_require__(646);
;// CONCATENATED MODULE: ./src/workflows/expressions.ts
/**
 * `${{ }}` expressions: found in every string value, parsed with GitHub's own expression parser
 * (@actions/expressions), and summarised for the rules that care about secrets and the token.
 */



/** Finds every `${{ … }}` in a string; `}}` inside single-quoted literals does not end an expression. */
function findExpressions(value) {
    const out = [];
    let from = value.indexOf('${{');
    while (from >= 0) {
        let i = from + 3;
        let inString = false;
        let end = -1;
        for (; i < value.length; i++) {
            const c = value.charCodeAt(i);
            if (c === 0x27 /* ' */) {
                // '' is an escaped quote inside a string literal
                if (inString && value.charCodeAt(i + 1) === 0x27)
                    i++;
                else
                    inString = !inString;
            }
            else if (!inString && c === 0x7d /* } */ && value.charCodeAt(i + 1) === 0x7d) {
                end = i + 2;
                break;
            }
        }
        if (end < 0)
            break; // unterminated: GitHub would reject the file; nothing more to find
        out.push({ inner: value.slice(from + 3, end - 2).trim(), start: from, end });
        from = value.indexOf('${{', end);
    }
    return out;
}
const CONTEXTS = ['github', 'env', 'vars', 'secrets', 'inputs', 'job', 'jobs', 'steps', 'runner', 'strategy', 'matrix', 'needs'];
const EXTENSION_FUNCTIONS = [
    { name: 'success', minArgs: 0, maxArgs: 0 },
    { name: 'always', minArgs: 0, maxArgs: 0 },
    { name: 'failure', minArgs: 0, maxArgs: 255 },
    { name: 'cancelled', minArgs: 0, maxArgs: 0 },
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
];
// @actions/expressions TokenType values for the operators that matter to value flow.
const TOKEN_AND = 14;
const TOKEN_OR = 15;
function contextName(node) {
    return node?.name ? node.name.lexeme.toLowerCase() : undefined;
}
/** `secrets.X` / `secrets['X']` → X; undefined for anything else. */
function literalSecretName(node) {
    if (node.expr && node.index && contextName(node.expr) === 'secrets' && node.index.literal && typeof node.index.literal.value === 'string') {
        return node.index.literal.value;
    }
    return undefined;
}
function analyseAst(root, out) {
    const visit = (node) => {
        if (!node)
            return;
        if (node.name) {
            // A bare context access reached here was not consumed by an index: the whole context escapes.
            if (contextName(node) === 'secrets')
                out.wholeSecrets = true;
            return;
        }
        if (node.expr && node.index) {
            if (contextName(node.expr) === 'secrets') {
                const name = literalSecretName(node);
                if (name !== undefined) {
                    out.secretNames.push(name);
                    if (name.toUpperCase() === 'GITHUB_TOKEN')
                        out.githubToken = true;
                }
                else {
                    out.dynamicSecretIndex = true;
                    visit(node.index);
                }
                return;
            }
            if (contextName(node.expr) === 'github' && node.index.literal && String(node.index.literal.value).toLowerCase() === 'token') {
                out.githubToken = true;
                return;
            }
            visit(node.expr);
            visit(node.index);
            return;
        }
        if (node.functionName) {
            const fn = node.functionName.lexeme.toLowerCase();
            if (fn === 'fromjson') {
                for (const arg of node.args ?? []) {
                    const name = literalSecretName(arg);
                    if (name !== undefined)
                        out.fromJsonSecrets.push(name);
                }
            }
            for (const arg of node.args ?? [])
                visit(arg);
            return;
        }
        visit(node.group);
        visit(node.expr);
        visit(node.left);
        visit(node.right);
        for (const arg of node.args ?? [])
            visit(arg);
    };
    visit(root);
}
/** Functions whose result is a boolean or a hash: no argument's value flows into it. */
const NON_VALUE_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'hashfiles', 'success', 'always', 'failure', 'cancelled']);
/**
 * What can become the expression's value. Comparisons and `!` yield booleans; `a && b` yields b unless a is falsy
 * (an empty secret is harmless), so only b flows; `a || b`, groupings, indexes into a value and other functions
 * (`format`, `join`, `toJSON`, `fromJSON`, `case` …) pass their operands through.
 */
function analyseValueFlow(root, out) {
    const flow = (node) => {
        if (!node)
            return;
        if (node.name) {
            if (contextName(node) === 'github')
                out.valueGithubContext = true;
            return;
        }
        if (node.expr && node.index) {
            const ctx = contextName(node.expr);
            if (ctx === 'secrets') {
                const name = literalSecretName(node);
                if (name !== undefined) {
                    out.valueSecrets.push(name);
                    if (name.toUpperCase() === 'GITHUB_TOKEN')
                        out.valueGithubToken = true;
                }
                return;
            }
            if (ctx === 'github') {
                if (node.index.literal && String(node.index.literal.value).toLowerCase() === 'token')
                    out.valueGithubToken = true;
                return; // github.event… is a part of the context without the token
            }
            if (ctx !== undefined)
                return; // steps.x.outputs.y, env.X …: another context's value
            flow(node.expr); // fromJSON(secrets.X).field carries part of X
            return;
        }
        if (node.functionName) {
            if (NON_VALUE_FUNCTIONS.has(node.functionName.lexeme.toLowerCase()))
                return;
            for (const arg of node.args ?? [])
                flow(arg);
            return;
        }
        if (node.group) {
            flow(node.group);
            return;
        }
        if (node.left || node.right)
            return; // a comparison: a boolean
        if (node.operator && node.expr)
            return; // `!x`: a boolean
        if (node.operator && node.args) {
            if (node.operator.type === TOKEN_AND)
                flow(node.args[node.args.length - 1]);
            else if (node.operator.type === TOKEN_OR)
                for (const arg of node.args)
                    flow(arg);
        }
    };
    flow(root);
}
const SECRET_DOT_RE = /\bsecrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^']*)'\s*\]|(\[))/gi;
const GITHUB_TOKEN_RE = /\bgithub\s*(?:\.\s*token\b|\[\s*'token'\s*\])/i;
/** Textual fallback for expressions GitHub's parser rejects (they still reach the runner in some forms). */
function analyseText(inner, out) {
    for (const m of inner.matchAll(SECRET_DOT_RE)) {
        const name = m[1] ?? m[2];
        if (name !== undefined) {
            out.secretNames.push(name);
            if (name.toUpperCase() === 'GITHUB_TOKEN')
                out.githubToken = true;
        }
        else
            out.dynamicSecretIndex = true;
    }
    if (/\bsecrets\b(?!\s*[.[])/i.test(inner))
        out.wholeSecrets = true;
    for (const m of inner.matchAll(/\bfromjson\s*\(\s*secrets\s*\.\s*([A-Za-z_][\w-]*)/gi))
        out.fromJsonSecrets.push(m[1]);
    if (GITHUB_TOKEN_RE.test(inner))
        out.githubToken = true;
    // Without a parse tree, every mention is taken to flow.
    out.valueSecrets.push(...out.secretNames);
    out.valueGithubToken = out.githubToken;
    out.valueGithubContext = /\btojson\s*\(\s*github\s*\)/i.test(inner);
}
/** True when an expression is worth parsing for the secret/token rules (cheap pre-filter). */
function mentionsSecretsOrToken(inner) {
    const lower = inner.toLowerCase();
    return lower.includes('secrets') || lower.includes('token');
}
function analyseExpression(inner) {
    const out = {
        secretNames: [],
        wholeSecrets: false,
        dynamicSecretIndex: false,
        fromJsonSecrets: [],
        githubToken: false,
        valueSecrets: [],
        valueGithubToken: false,
        valueGithubContext: false,
        parsed: true,
    };
    try {
        const tokens = new lexer_Lexer(inner).lex().tokens;
        const ast = new parser_Parser(tokens, CONTEXTS, EXTENSION_FUNCTIONS).parse();
        analyseAst(ast, out);
        analyseValueFlow(ast, out);
    }
    catch {
        out.parsed = false;
        out.secretNames.length = 0;
        out.fromJsonSecrets.length = 0;
        out.valueSecrets.length = 0;
        out.wholeSecrets = out.dynamicSecretIndex = out.githubToken = out.valueGithubToken = out.valueGithubContext = false;
        analyseText(inner, out);
    }
    return out;
}
/**
 * Analyses shared across the files of a scan: the same few hundred expressions (`secrets.GITHUB_TOKEN`,
 * `github.token` …) recur in every workflow, and an analysis depends on the text alone. Frozen, so no caller can
 * change what another file sees; bounded, so a hostile scan cannot grow it without limit.
 */
const SHARED_ANALYSES = new Map();
const SHARED_ANALYSES_MAX = 20_000;
function sharedAnalysis(inner) {
    let a = SHARED_ANALYSES.get(inner);
    if (!a) {
        const fresh = analyseExpression(inner);
        Object.freeze(fresh.secretNames);
        Object.freeze(fresh.fromJsonSecrets);
        Object.freeze(fresh.valueSecrets);
        a = Object.freeze(fresh);
        if (SHARED_ANALYSES.size >= SHARED_ANALYSES_MAX)
            SHARED_ANALYSES.clear();
        SHARED_ANALYSES.set(inner, a);
    }
    return a;
}
/** All expressions of one file that mention secrets or the token, computed on first use. */
class ExpressionIndex {
    text;
    root;
    refs;
    cache = new Map();
    constructor(text, root) {
        this.text = text;
        this.root = root;
    }
    analyse(inner) {
        let a = this.cache.get(inner);
        if (!a) {
            a = sharedAnalysis(inner);
            this.cache.set(inner, a);
        }
        return a;
    }
    all() {
        if (!this.refs) {
            this.refs = [];
            this.walk(this.root, []);
        }
        return this.refs;
    }
    /** Expressions found in `value` (a string held at container[key]), with absolute spans. */
    inValue(container, key, path) {
        const value = container[key];
        if (typeof value !== 'string' || !value.includes('${{'))
            return [];
        const span = valueSpanOf(container, key);
        const out = [];
        let searchFrom = span[0];
        for (const occ of findExpressions(value)) {
            if (!mentionsSecretsOrToken(occ.inner))
                continue;
            const raw = value.slice(occ.start, occ.end);
            // Pin the expression down in the source; block scalars and plain text contain it verbatim.
            const at = this.text.indexOf(raw, searchFrom);
            let abs;
            if (at >= 0 && at + raw.length <= span[1]) {
                abs = [at, at + raw.length];
                searchFrom = at + raw.length;
            }
            else
                abs = span;
            out.push({ inner: occ.inner, span: abs, path, container, key, analysis: this.analyse(occ.inner) });
        }
        return out;
    }
    /**
     * Walks every string value. The path is a shared stack, and sequence items are named (pathSegment) only when an
     * expression is found under them: most values hold none, and naming costs more than the walk.
     */
    walk(node, stack) {
        if ((0,yaml/* isSeq */.oP)(node)) {
            for (let i = 0; i < node.length; i++) {
                const item = node[i];
                if (typeof item === 'string') {
                    if (item.includes('${{'))
                        this.refs.push(...this.inValue(node, i, [...resolve(stack), i]));
                }
                else if (item !== null && typeof item === 'object') {
                    stack.push({ seq: node, index: i });
                    this.walk(item, stack);
                    stack.pop();
                }
            }
            return;
        }
        for (const key of Object.keys(node)) {
            const value = node[key];
            if (typeof value === 'string') {
                if (value.includes('${{'))
                    this.refs.push(...this.inValue(node, key, [...resolve(stack), key]));
            }
            else if (value !== null && typeof value === 'object') {
                stack.push(key);
                this.walk(value, stack);
                stack.pop();
            }
        }
    }
}
function resolve(stack) {
    return stack.map((s) => (typeof s === 'object' ? (0,paths/* pathSegment */.p)(s.seq, s.index) : s));
}
function valueSpanOf(container, key) {
    const meta = container[yaml/* META */.Ge];
    if (meta.kind === 'seq') {
        const i = key;
        return [meta.spans[i * 2], meta.spans[i * 2 + 1]];
    }
    const i = meta.keys[key];
    return [meta.spans[i * 4 + 2], meta.spans[i * 4 + 3]];
}


/***/ }),

/***/ 277:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Offset → 1-based line and column (UTF-16 code units, as SARIF's default columnKind). Built on first use. */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    lineStarts() {
        if (this.starts)
            return this.starts;
        const starts = [0];
        const text = this.text;
        let i = text.indexOf('\n');
        while (i >= 0) {
            starts.push(i + 1);
            i = text.indexOf('\n', i + 1);
        }
        this.starts = starts;
        return starts;
    }
    /** 1-based line and column of a 0-based offset (clamped into the text). */
    position(offset) {
        const starts = this.lineStarts();
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - starts[lo] + 1 };
    }
    /** The text of a 1-based line, without its line break. */
    lineText(line) {
        const starts = this.lineStarts();
        if (line < 1 || line > starts.length)
            return '';
        const start = starts[line - 1];
        const end = line < starts.length ? starts[line] - 1 : this.text.length;
        return this.text.slice(start, end).replace(/\r$/, '');
    }
    get lineCount() {
        return this.lineStarts().length;
    }
}


/***/ }),

/***/ 523:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ usesAction),
/* harmony export */   AK: () => (/* binding */ stepAnchor),
/* harmony export */   Ap: () => (/* binding */ parseUses),
/* harmony export */   Bd: () => (/* binding */ allSteps),
/* harmony export */   DG: () => (/* binding */ stepGroups),
/* harmony export */   E5: () => (/* binding */ stepsOfJob),
/* harmony export */   G: () => (/* binding */ triggers),
/* harmony export */   R0: () => (/* binding */ triggerNames),
/* harmony export */   aG: () => (/* binding */ jobsOf),
/* harmony export */   qg: () => (/* binding */ isReusableCall),
/* harmony export */   zE: () => (/* binding */ withInput)
/* harmony export */ });
/* unused harmony export isDisabled */
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(471);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(646);


/** The events in `on:` (string, list or mapping form). */
function triggers(root) {
    const on = root.on;
    if (typeof on === 'string')
        return [{ name: on, span: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .valueSpan */ .MK)(root, 'on') }];
    if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(on)) {
        return on.flatMap((item, i) => (typeof item === 'string' ? [{ name: item, span: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .itemSpan */ .cC)(on, i) }] : []));
    }
    if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(on))
        return Object.keys(on).map((name) => ({ name, span: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .keySpan */ .UT)(on, name) }));
    return [];
}
function triggerNames(root) {
    return new Set(triggers(root).map((t) => t.name));
}
/**
 * A job or step GitHub never runs: `if: false`, `if: ${{ false }}` or a condition that starts `false &&`. Such dead
 * code is left out of the job and step lists, so no rule reports on it.
 */
function isDisabled(node) {
    const condition = node.if;
    if (condition === false)
        return true;
    if (typeof condition !== 'string')
        return false;
    return /^\s*(?:\$\{\{\s*)?\(?\s*false\s*(?:\)\s*)?(?:&&|\}\}\s*$|$)/.test(condition);
}
function jobsOf(root) {
    const jobs = root.jobs;
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(jobs))
        return [];
    const out = [];
    for (const id of Object.keys(jobs)) {
        const job = jobs[id];
        if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(job) && !isDisabled(job))
            out.push({ id, job, path: ['jobs', id] });
    }
    return out;
}
/** A job that calls a reusable workflow (`uses:` at job level). */
function isReusableCall(job) {
    return typeof job.uses === 'string';
}
function stepRefs(steps, base, job) {
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(steps))
        return [];
    const out = [];
    for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(step) && !isDisabled(step))
            out.push({ step, index: i, steps, path: [...base, 'steps', (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .pathSegment */ .p)(steps, i)], ...(job ? { job } : {}) });
    }
    return out;
}
function stepsOfJob(job) {
    return stepRefs(job.job.steps, job.path, job);
}
const STEP_GROUPS = Symbol('stepGroups');
/** Steps grouped by job (a composite action is one group). Computed once per file and shared by the rules. */
function stepGroups(file) {
    let groups = file.memo.get(STEP_GROUPS);
    if (!groups) {
        if (file.kind === 'action') {
            const runs = file.root.runs;
            groups = [(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(runs) ? stepRefs(runs.steps, ['runs']) : []];
        }
        else
            groups = jobsOf(file.root).map(stepsOfJob);
        file.memo.set(STEP_GROUPS, groups);
    }
    return groups;
}
/** Every step of the file: all jobs' steps in a workflow, `runs.steps` in a composite action. */
function allSteps(file) {
    return stepGroups(file).flat();
}
const SHA_RE = /^[0-9a-f]{40}$/i;
const OWNER_RE = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const usesCache = new Map();
/** Parses a `uses:` value. Memoised: the same few hundred references recur across every workflow of a scan. */
function parseUses(uses) {
    let ref = usesCache.get(uses);
    if (!ref) {
        if (usesCache.size > 20_000)
            usesCache.clear();
        ref = parseUsesUncached(uses);
        usesCache.set(uses, ref);
    }
    return ref;
}
function parseUsesUncached(uses) {
    const value = uses.trim();
    if (value.startsWith('./') || value.startsWith('.\\'))
        return { kind: 'local', pinned: true };
    if (value.startsWith('docker://'))
        return { kind: 'docker', pinned: value.includes('@sha256:') };
    const at = value.lastIndexOf('@');
    const name = at >= 0 ? value.slice(0, at) : value;
    const ref = at >= 0 ? value.slice(at + 1) : undefined;
    const parts = name.split('/');
    if (parts.length < 2 || !OWNER_RE.test(parts[0]))
        return { kind: 'unknown', pinned: false };
    const repository = parts.slice(0, 2).join('/').toLowerCase();
    const subpath = parts.length > 2 ? parts.slice(2).join('/') : undefined;
    return { kind: 'repository', repository, ...(subpath ? { subpath } : {}), ...(ref !== undefined ? { ref } : {}), pinned: ref !== undefined && SHA_RE.test(ref) };
}
/** True when a step's `uses:` is the given action (`owner/repo`), at any ref. */
function usesAction(step, repository) {
    const uses = step.uses;
    if (typeof uses !== 'string')
        return false;
    const ref = parseUses(uses);
    return ref.kind === 'repository' && ref.repository === repository && ref.subpath === undefined;
}
/** A string input under `with:`, or undefined. */
function withInput(step, name) {
    const w = step.with;
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(w) && Object.prototype.hasOwnProperty.call(w, name) ? w[name] : undefined;
}
/** Offsets of `uses:` value, else of the step itself (for reporting on a step). */
function stepAnchor(ref) {
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .valueSpan */ .MK)(ref.step, 'uses') ?? (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .itemSpan */ .cC)(ref.steps, ref.index);
}


/***/ }),

/***/ 646:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ pathSegment)
/* harmony export */ });
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(471);

/**
 * The identity of a sequence item inside a fingerprint path. Steps and other mappings are named by
 * `id`, else `name`, else `uses`, else the first line of `run`, so inserting a step above does not
 * change the fingerprints of the steps below. Anything else falls back to its index.
 */
function pathSegment(seq, index) {
    const item = seq[index];
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item))
        return index;
    for (const key of ['id', 'name', 'uses']) {
        const v = item[key];
        if (typeof v === 'string' && v !== '')
            return `${key}=${v}`;
    }
    const run = item.run;
    if (typeof run === 'string') {
        const first = run.trim().split('\n', 1)[0].trim().slice(0, 60);
        return `run=${first}`;
    }
    return index;
}


/***/ }),

/***/ 579:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NP: () => (/* binding */ findTokenLiterals),
/* harmony export */   Ro: () => (/* binding */ redactTokensIn),
/* harmony export */   aA: () => (/* binding */ tokenKind),
/* harmony export */   bH: () => (/* binding */ redactToken)
/* harmony export */ });
/* unused harmony exports GITHUB_TOKEN_LITERAL_RE, isPlaceholder */
/** Recognising GitHub token literals in text, and showing them without revealing them. */
/** Classic and fine-grained GitHub token formats. */
const GITHUB_TOKEN_LITERAL_RE = /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{82})(?![A-Za-z0-9_])/g;
const TOKEN_KINDS = {
    ghp_: 'personal access token (classic)',
    gho_: 'OAuth access token',
    ghu_: 'GitHub App user-to-server token',
    ghs_: 'GitHub App installation (server-to-server) token',
    ghr_: 'refresh token',
    github_pat_: 'fine-grained personal access token',
};
function tokenKind(literal) {
    const prefix = literal.startsWith('github_pat_') ? 'github_pat_' : literal.slice(0, 4);
    return TOKEN_KINDS[prefix] ?? 'token';
}
/** Placeholders in docs and tests: one character repeated, or a run of x's. */
function isPlaceholder(literal) {
    const body = literal.startsWith('github_pat_') ? literal.slice('github_pat_'.length) : literal.slice(4);
    if (/^(.)\1*$/.test(body.replace(/_/g, '')))
        return true;
    return /x{4,}/i.test(body);
}
/** `ghp_…(40 chars)`: the prefix and the length, never the secret part. */
function redactToken(literal) {
    const prefix = literal.startsWith('github_pat_') ? 'github_pat_' : literal.slice(0, 4);
    return `${prefix}…(${literal.length} chars)`;
}
/**
 * Every GitHub token literal in `text`, placeholders left out, in order. Reads the text as text: comments, broken
 * YAML and any file format alike (the one scan shared by the workflow rule, the engine's raw-text fallback and the
 * registry's pasted-secret check).
 */
function findTokenLiterals(text) {
    const out = [];
    for (const match of text.matchAll(GITHUB_TOKEN_LITERAL_RE)) {
        if (isPlaceholder(match[0]))
            continue;
        out.push({ start: match.index, end: match.index + match[0].length, literal: match[0] });
    }
    return out;
}
/** Replaces every token literal in a string by its redacted form (defence in depth for messages). */
function redactTokensIn(text) {
    return text.replace(GITHUB_TOKEN_LITERAL_RE, (m) => redactToken(m));
}


/***/ }),

/***/ 169:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ isParseFailure),
/* harmony export */   s: () => (/* binding */ loadSource)
/* harmony export */ });
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(277);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(471);
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(675);



const ACTION_NAME_RE = /(?:^|\/)action\.ya?ml$/;
function classify(path, root) {
    if (ACTION_NAME_RE.test(path))
        return 'action';
    return Object.prototype.hasOwnProperty.call(root, 'runs') && !Object.prototype.hasOwnProperty.call(root, 'jobs')
        ? 'action'
        : 'workflow';
}
/** Parses and shape-checks one file. Never throws for bad input: returns a ParseFailure instead. */
function loadSource(path, text) {
    const lines = new _lines_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .r(text);
    let root;
    try {
        root = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYaml */ .hN)(text, path);
    }
    catch (error) {
        if (error instanceof _yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .YamlSyntaxError */ .nN) {
            return { path, text, lines, message: `invalid YAML: ${error.message}`, offset: error.offset, kind: ACTION_NAME_RE.test(path) ? 'action' : undefined };
        }
        throw error;
    }
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)) {
        return { path, text, lines, message: 'the top level is not a mapping', offset: firstContentOffset(text), kind: undefined };
    }
    const kind = classify(path, root);
    const shapeError = kind === 'workflow' ? workflowShapeError(root) : actionShapeError(root);
    if (shapeError)
        return { path, text, lines, kind, ...shapeError };
    return { path, text, kind, root, lines, expressions: new _expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .ExpressionIndex */ .Zy(text, root), memo: new Map() };
}
function isParseFailure(value) {
    return value.message !== undefined;
}
function firstContentOffset(text) {
    const match = /^[ \t]*[^#\s]/m.exec(text);
    return match ? match.index : 0;
}
function workflowShapeError(root) {
    const start = root[_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .META */ .Ge].start;
    if (!('on' in root))
        return { message: 'not a valid workflow: no `on:` trigger', offset: start };
    const on = root.on;
    if (on === null || (typeof on !== 'string' && !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(on) && !(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(on))) {
        return { message: 'not a valid workflow: `on:` must name events (a string, a list or a mapping)', offset: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .valueSpan */ .MK)(root, 'on')[0] };
    }
    if (!('jobs' in root))
        return { message: 'not a valid workflow: no `jobs:`', offset: start };
    const jobs = root.jobs;
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(jobs))
        return { message: 'not a valid workflow: `jobs:` must be a mapping of job ids to jobs', offset: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .valueSpan */ .MK)(root, 'jobs')[0] };
    for (const id of Object.keys(jobs)) {
        const job = jobs[id];
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(job))
            return { message: `not a valid workflow: job "${id}" must be a mapping`, offset: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .keySpan */ .UT)(jobs, id)[0] };
        if ('steps' in job) {
            const steps = job.steps;
            if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(steps))
                return { message: `not a valid workflow: steps of job "${id}" must be a list`, offset: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .valueSpan */ .MK)(job, 'steps')[0] };
            for (let i = 0; i < steps.length; i++) {
                if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(steps[i]))
                    return { message: `not a valid workflow: step ${i + 1} of job "${id}" must be a mapping`, offset: steps[_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .META */ .Ge].spans[i * 2] };
            }
        }
    }
    return undefined;
}
function actionShapeError(root) {
    const start = root[_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .META */ .Ge].start;
    const runs = root.runs;
    if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(runs)) {
        return { message: 'not a valid action: `runs:` must be a mapping', offset: 'runs' in root ? (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .valueSpan */ .MK)(root, 'runs')[0] : start };
    }
    if (typeof runs.using !== 'string')
        return { message: 'not a valid action: `runs.using` is missing', offset: runs[_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .META */ .Ge].start };
    if ('steps' in runs) {
        const steps = runs.steps;
        if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(steps))
            return { message: 'not a valid action: `runs.steps` must be a list', offset: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .valueSpan */ .MK)(runs, 'steps')[0] };
        for (let i = 0; i < steps.length; i++) {
            if (!(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(steps[i]))
                return { message: `not a valid action: step ${i + 1} must be a mapping`, offset: steps[_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .META */ .Ge].spans[i * 2] };
        }
    }
    return undefined;
}


/***/ }),

/***/ 471:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ge: () => (/* binding */ META),
/* harmony export */   MK: () => (/* binding */ valueSpan),
/* harmony export */   UT: () => (/* binding */ keySpan),
/* harmony export */   cC: () => (/* binding */ itemSpan),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   hn: () => (/* binding */ entrySpan),
/* harmony export */   jh: () => (/* binding */ isMap),
/* harmony export */   nN: () => (/* binding */ YamlSyntaxError),
/* harmony export */   oP: () => (/* binding */ isSeq)
/* harmony export */ });
/* unused harmony exports nodeSpan, get */
/* harmony import */ var _node_modules_js_yaml_dist_js_yaml_cjs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(103);
/* harmony import */ var _node_modules_js_yaml_dist_js_yaml_cjs_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(_node_modules_js_yaml_dist_js_yaml_cjs_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * YAML text → plain JavaScript values with source offsets, built straight from js-yaml's event stream.
 *
 * Why not `yaml`'s parseDocument: it is ~2.5× slower than js-yaml on real workflows, and a scanner that
 * must keep pace with a bare `load` cannot afford a full CST. js-yaml's `parseEvents` gives every node's
 * offsets at ~1.6× the speed of `load`, so we construct the values ourselves and keep a small offset
 * table on each mapping and sequence (under a symbol key, so the values still look and serialise like
 * `load`'s output). Line and column are computed only when a finding is reported.
 */
// The CommonJS build, by path: ~2× faster than the ESM build that `exports` would pick (see src/shims/js-yaml-cjs.d.ts).

const EV_DOCUMENT = 1;
const EV_SEQUENCE = 2;
const EV_MAPPING = 3;
const EV_SCALAR = 4;
const EV_ALIAS = 5;
const EV_POP = 6;
const STYLE_PLAIN = 1;
const META = Symbol('token-warden.yaml-meta');
class YamlSyntaxError extends Error {
    offset;
    constructor(message, 
    /** 0-based offset of the problem in the source. */
    offset) {
        super(message);
        this.offset = offset;
        this.name = 'YamlSyntaxError';
    }
}
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isSeq(value) {
    return Array.isArray(value);
}
// YAML 1.2 core schema resolution of plain scalars (what GitHub's parser uses: `on` is a string).
const NULL_RE = /^(?:~|null|Null|NULL)?$/;
const BOOL_TRUE_RE = /^(?:true|True|TRUE)$/;
const BOOL_FALSE_RE = /^(?:false|False|FALSE)$/;
const INT_RE = /^[-+]?[0-9]+$/;
const INT_OCT_RE = /^0o[0-7]+$/;
const INT_HEX_RE = /^0x[0-9a-fA-F]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INF_RE = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN_RE = /^\.(?:nan|NaN|NAN)$/;
function resolvePlain(text) {
    const first = text.charCodeAt(0);
    // Fast path: most plain scalars start with a letter that cannot begin a null/bool/number.
    if (text.length === 0)
        return null;
    if (first === 0x7e /* ~ */ || first === 0x6e /* n */ || first === 0x4e /* N */) {
        if (NULL_RE.test(text))
            return null;
        return text;
    }
    if (first === 0x74 || first === 0x54 /* t T */)
        return BOOL_TRUE_RE.test(text) ? true : text;
    if (first === 0x66 || first === 0x46 /* f F */)
        return BOOL_FALSE_RE.test(text) ? false : text;
    if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e) {
        if (INT_RE.test(text))
            return parseInt(text, 10);
        if (INT_OCT_RE.test(text))
            return parseInt(text.slice(2), 8);
        if (INT_HEX_RE.test(text))
            return parseInt(text.slice(2), 16);
        if (FLOAT_RE.test(text))
            return parseFloat(text);
        if (INF_RE.test(text))
            return text.startsWith('-') ? -Infinity : Infinity;
        if (NAN_RE.test(text))
            return NaN;
    }
    return text;
}
function scalarValue(source, ev) {
    const raw = ev.fast ? source.slice(ev.valueStart, ev.valueEnd) : ev.valueStart < 0 ? '' : (0,_node_modules_js_yaml_dist_js_yaml_cjs_js__WEBPACK_IMPORTED_MODULE_0__.getScalarValue)(source, ev);
    if (ev.style !== STYLE_PLAIN)
        return raw;
    if (ev.tagStart >= 0) {
        const tag = source.slice(ev.tagStart, ev.tagEnd);
        if (tag === '!!str' || tag === '!')
            return raw;
    }
    return resolvePlain(raw);
}
function scalarStart(ev) {
    if (ev.valueStart < 0)
        return -1;
    // Quoted scalars: include the opening quote so the column points at the value as written.
    return ev.style === 2 || ev.style === 3 ? ev.valueStart - 1 : ev.valueStart;
}
function scalarEnd(ev) {
    if (ev.valueEnd < 0)
        return -1;
    return ev.style === 2 || ev.style === 3 ? ev.valueEnd + 1 : ev.valueEnd;
}
/** js-yaml's anchor offsets cover the name without its `&` / `*` sigil. */
function anchorName(source, start, end) {
    return source.slice(start, end);
}
/**
 * Parses one YAML document into values with offset tables.
 * Throws YamlSyntaxError (with an offset) for invalid YAML, several documents, an empty document,
 * or a duplicated mapping key.
 */
function parseYaml(source, filename) {
    let events;
    try {
        events = (0,_node_modules_js_yaml_dist_js_yaml_cjs_js__WEBPACK_IMPORTED_MODULE_0__.parseEvents)(source, filename === undefined ? {} : { filename });
    }
    catch (error) {
        const e = error;
        throw new YamlSyntaxError(e.reason ?? firstLine(e.message ?? String(error)), e.mark?.position ?? 0);
    }
    const stack = [];
    const anchors = new Map();
    let documents = 0;
    let root;
    let rootSet = false;
    // Attaches a finished node to its parent (or makes it the root).
    const attach = (value, start, end) => {
        const top = stack[stack.length - 1];
        if (top === undefined) {
            root = value;
            rootSet = true;
            return;
        }
        if (top.meta.kind === 'seq') {
            top.value.push(value);
            top.meta.spans.push(start, end);
            if (end > top.meta.end)
                top.meta.end = end;
            return;
        }
        const map = top.value;
        const meta = top.meta;
        if (top.key === undefined) {
            // This node is a key. Non-scalar keys are legal YAML but meaningless in workflows: stringify.
            const key = value === null ? 'null' : typeof value === 'object' ? JSON.stringify(value) : String(value);
            if (Object.prototype.hasOwnProperty.call(meta.keys, key)) {
                throw new YamlSyntaxError(`duplicated mapping key "${key}"`, start);
            }
            top.key = key;
            top.keyStart = start;
            top.keyEnd = end;
            return;
        }
        const key = top.key;
        // A value with no text (`key:`) has no offsets: place it at the end of its key.
        const vs = start < 0 ? top.keyEnd : start;
        const ve = end < 0 ? top.keyEnd : end;
        meta.keys[key] = meta.spans.length >> 2;
        meta.spans.push(top.keyStart, top.keyEnd, vs, ve);
        if (ve > meta.end)
            meta.end = ve;
        if (key === '__proto__')
            Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
        else
            map[key] = value;
        top.key = undefined;
    };
    for (let i = 0; i < events.length; i++) {
        const ev = events[i];
        switch (ev.type) {
            case EV_DOCUMENT:
                documents++;
                if (documents > 1)
                    throw new YamlSyntaxError('several YAML documents in one file', offsetOfSecondDocument(source));
                break;
            case EV_SCALAR: {
                const value = scalarValue(source, ev);
                if (ev.anchorStart >= 0)
                    anchors.set(anchorName(source, ev.anchorStart, ev.anchorEnd), value);
                attach(value, scalarStart(ev), scalarEnd(ev));
                break;
            }
            case EV_MAPPING: {
                const meta = { kind: 'map', start: ev.start, end: ev.start, keys: Object.create(null), spans: [] };
                const value = {};
                value[META] = meta;
                if (ev.anchorStart >= 0)
                    anchors.set(anchorName(source, ev.anchorStart, ev.anchorEnd), value);
                stack.push({ value, meta, key: undefined, keyStart: -1, keyEnd: -1 });
                break;
            }
            case EV_SEQUENCE: {
                const meta = { kind: 'seq', start: ev.start, end: ev.start, spans: [] };
                const value = [];
                value[META] = meta;
                if (ev.anchorStart >= 0)
                    anchors.set(anchorName(source, ev.anchorStart, ev.anchorEnd), value);
                stack.push({ value, meta, key: undefined, keyStart: -1, keyEnd: -1 });
                break;
            }
            case EV_ALIAS: {
                const name = anchorName(source, ev.anchorStart, ev.anchorEnd);
                if (!anchors.has(name))
                    throw new YamlSyntaxError(`unidentified alias "${name}"`, ev.anchorStart - 1);
                // The alias is where the value is used: report it there, sigil included.
                attach(anchors.get(name), ev.anchorStart - 1, ev.anchorEnd);
                break;
            }
            case EV_POP: {
                const frame = stack.pop();
                if (frame === undefined)
                    break; // end of document
                if (frame.meta.kind === 'map' && frame.key !== undefined) {
                    // Flow mappings like `{ a }`: a key with no value.
                    stack.push(frame);
                    attach(null, -1, -1);
                    stack.pop();
                }
                attach(frame.value, frame.meta.start, frame.meta.end);
                break;
            }
        }
    }
    if (!rootSet || documents === 0)
        throw new YamlSyntaxError('the file is empty', 0);
    return root;
}
function offsetOfSecondDocument(source) {
    const match = /^---/m.exec(source.slice(1));
    return match ? match.index + 1 : 0;
}
function firstLine(message) {
    const nl = message.indexOf('\n');
    return nl < 0 ? message : message.slice(0, nl);
}
/** Offsets of `key` itself inside `map`, or undefined when absent. */
function keySpan(map, key) {
    const meta = map[META];
    const i = meta.keys[key];
    if (i === undefined)
        return undefined;
    return [meta.spans[i * 4], meta.spans[i * 4 + 1]];
}
/** Offsets of the value under `key`, or undefined when absent. */
function valueSpan(map, key) {
    const meta = map[META];
    const i = meta.keys[key];
    if (i === undefined)
        return undefined;
    return [meta.spans[i * 4 + 2], meta.spans[i * 4 + 3]];
}
/** From the start of `key` to the end of its value. */
function entrySpan(map, key) {
    const meta = map[META];
    const i = meta.keys[key];
    if (i === undefined)
        return undefined;
    return [meta.spans[i * 4], meta.spans[i * 4 + 3]];
}
function itemSpan(seq, index) {
    const spans = seq[META].spans;
    return [spans[index * 2], spans[index * 2 + 1]];
}
function nodeSpan(node) {
    const meta = node[META];
    return [meta.start, meta.end];
}
/** Looks up a key case-sensitively; GitHub's workflow keys are case-sensitive. */
function get(map, key) {
    return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map