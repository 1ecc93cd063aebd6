/**
 * GitHub's REST contract, from the trimmed copy of GitHub's OpenAPI description (scripts/trim-openapi.mjs):
 * finds the operation for a method and path, validates requests (path/query parameters, JSON body) and the double's
 * responses (body against the schema declared for that status) with ajv.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';

export const TRIMMED_SPEC_PATH = join(dirname(fileURLToPath(import.meta.url)), 'openapi-trimmed.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonObject;
  /** Where the schema sits in the description, for ajv. */
  pointer: string;
  multiSegment: boolean;
}

export interface OperationSpec {
  operationId: string;
  method: string;
  /** e.g. `/repos/{owner}/{repo}/issues` */
  path: string;
  /** `POST /repos/{owner}/{repo}/issues` */
  route: string;
  parameters: ParameterSpec[];
  body?: { required: boolean; pointer?: string; schema?: JsonObject };
  /** status → pointer to the JSON schema of the body (undefined: no body declared) */
  responses: Map<string, { pointer?: string }>;
  matcher: RegExp;
  pathParamNames: string[];
  /** literal segments count, for preferring `/secrets/public-key` over `/secrets/{secret_name}` */
  specificity: number;
}

export interface ContractViolation {
  kind: 'unknown-route' | 'request' | 'response';
  operationId?: string;
  method: string;
  path: string;
  message: string;
}

export interface RequestCheck {
  /** GitHub answers 404. */
  pathErrors: string[];
  /** GitHub answers 422. */
  bodyErrors: string[];
  /** GitHub carries on. */
  ignored: string[];
}

export type MatchResult =
  | { kind: 'operation'; operation: OperationSpec; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'unknown' };

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'];

/** Every error status GitHub may answer on any operation, even where the description leaves it out. */
const GENERIC_ERROR_STATUSES = new Set(['400', '401', '403', '404', '409', '410', '422', '429', '500', '502', '503', '504']);

/**
 * OpenAPI 3.0 `nullable` is not JSON Schema: turn it into `type: [t, "null"]` (adding null to an enum) or, where
 * there is no `type` (nullable `allOf`/`$ref`), into `anyOf: [schema, {type: "null"}]`.
 */
export function openApiToJsonSchema(value: Json): Json {
  if (Array.isArray(value)) return value.map(openApiToJsonSchema);
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key !== 'nullable') out[key] = openApiToJsonSchema(child);
  }
  if (value.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

function pointerTo(...segments: (string | number)[]): string {
  return `gh#/${segments.map((s) => encodeURIComponent(String(s).replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function formatAjvErrors(errors: ErrorObject[] | null | undefined, prefix = ''): string {
  if (!errors || errors.length === 0) return 'invalid';
  // oneOf/anyOf failures drag along one error per branch; the first few say enough.
  return errors
    .slice(0, 6)
    .map((e) => {
      const at = `${prefix}${e.instancePath}` || '(root)';
      const detail = e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : e.keyword === 'enum' ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})` : '';
      return `${at} ${e.message ?? e.keyword}${detail}`;
    })
    .join('; ');
}

/** Converts a query or path string to the type its schema asks for; leaves it a string when it does not parse. */
function coerce(raw: string, schema: JsonObject): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer' || type === 'number') {
    return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  }
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

export class Contract {
  readonly operations: OperationSpec[];
  readonly byId = new Map<string, OperationSpec>();
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly document: JsonObject) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    const addFormats = (ajvFormats as unknown as { default: (ajv: Ajv) => void }).default;
    addFormats(this.ajv);
    // GitHub's own formats: annotations only.
    this.ajv.addFormat('timestamp', true);
    this.ajv.addFormat('int64', true);
    this.ajv.addSchema(openApiToJsonSchema(document) as JsonObject, 'gh');
    this.operations = this.readOperations();
    for (const op of this.operations) this.byId.set(op.operationId, op);
  }

  private static cached?: Contract;

  /** The trimmed description, loaded once per process (ajv compiles schemas lazily and caches them). */
  static load(): Contract {
    Contract.cached ??= new Contract(JSON.parse(readFileSync(TRIMMED_SPEC_PATH, 'utf8')) as JsonObject);
    return Contract.cached;
  }

  private resolve(value: Json): { value: JsonObject; pointer?: string } {
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof value.$ref === 'string') {
      const segments = value.$ref.replace(/^#\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      let node: Json = this.document;
      for (const s of segments) node = (node as JsonObject)[s];
      return { value: node as JsonObject, pointer: pointerTo(...segments) };
    }
    return { value: value as JsonObject };
  }

  private readOperations(): OperationSpec[] {
    const list: OperationSpec[] = [];
    const paths = this.document.paths as Record<string, JsonObject>;
    for (const [path, item] of Object.entries(paths)) {
      for (const method of METHODS) {
        const raw = item[method] as JsonObject | undefined;
        if (!raw) continue;
        const operationId = String(raw.operationId);
        const parameters: ParameterSpec[] = [];
        const addParameters = (list: Json[] | undefined, where: (string | number)[]) =>
          (list ?? []).forEach((p, index) => {
            const resolved = this.resolve(p);
            const base = resolved.pointer ?? pointerTo(...where, index);
            parameters.push({
              name: String(resolved.value.name),
              in: resolved.value.in as ParameterSpec['in'],
              required: resolved.value.required === true,
              schema: (resolved.value.schema as JsonObject) ?? {},
              pointer: `${base}/schema`,
              multiSegment: resolved.value['x-multi-segment'] === true,
            });
          });
        addParameters(item.parameters as Json[] | undefined, ['paths', path, 'parameters']);
        addParameters(raw.parameters as Json[] | undefined, ['paths', path, method, 'parameters']);
        let body: OperationSpec['body'];
        if (raw.requestBody) {
          const resolved = this.resolve(raw.requestBody);
          const media = ((resolved.value.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined) ?? undefined;
          body = {
            required: resolved.value.required === true,
            ...(media?.schema ? { pointer: `${resolved.pointer ?? pointerTo('paths', path, method, 'requestBody')}/content/application~1json/schema`, schema: media.schema as JsonObject } : {}),
          };
        }
        const responses = new Map<string, { pointer?: string }>();
        for (const [status, response] of Object.entries((raw.responses as JsonObject) ?? {})) {
          const resolved = this.resolve(response);
          const base = resolved.pointer ?? pointerTo('paths', path, method, 'responses', status);
          const content = resolved.value.content as JsonObject | undefined;
          responses.set(status, content?.['application/json'] ? { pointer: `${base}/content/application~1json/schema` } : {});
        }
        const pathParamNames: string[] = [];
        let specificity = 0;
        const pattern = path
          .split('/')
          .map((segment) => {
            const m = /^\{(.+)\}$/.exec(segment);
            if (!m) {
              specificity += 1;
              return escapeRegExp(segment);
            }
            pathParamNames.push(m[1]!);
            const multi = parameters.find((p) => p.name === m[1] && p.in === 'path')?.multiSegment;
            return multi ? '(.+)' : '([^/]+)';
          })
          .join('/');
        list.push({
          operationId,
          method: method.toUpperCase(),
          path,
          route: `${method.toUpperCase()} ${path}`,
          parameters,
          ...(body ? { body } : {}),
          responses,
          matcher: new RegExp(`^${pattern}$`),
          pathParamNames,
          specificity,
        });
      }
    }
    // Literal segments win over parameters: `/actions/secrets/public-key` before `/actions/secrets/{secret_name}`.
    return list.sort((a, b) => b.specificity - a.specificity);
  }

  match(method: string, pathname: string): MatchResult {
    const allowed: string[] = [];
    for (const op of this.operations) {
      const m = op.matcher.exec(pathname);
      if (!m) continue;
      if (op.method !== method.toUpperCase()) {
        allowed.push(op.method);
        continue;
      }
      const params: Record<string, string> = {};
      op.pathParamNames.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1]!);
      });
      return { kind: 'operation', operation: op, params };
    }
    return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'unknown' };
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: pointer });
      this.validators.set(pointer, validate);
    }
    return validate;
  }

  /**
   * Checks path and query parameters and the body. `pathErrors` and `bodyErrors` are what GitHub refuses (404, 422);
   * `ignored` is what GitHub silently ignores (unknown query parameters and body fields, bad query values) but a
   * test should still hear about.
   */
  validateRequest(op: OperationSpec, params: Record<string, string>, query: URLSearchParams, body: unknown, hasBody: boolean): RequestCheck {
    const pathErrors: string[] = [];
    const bodyErrors: string[] = [];
    const ignored: string[] = [];
    for (const p of op.parameters) {
      if (p.in !== 'path' && p.in !== 'query') continue;
      const raw = p.in === 'path' ? params[p.name] : query.get(p.name) ?? undefined;
      const errors = p.in === 'path' ? pathErrors : ignored;
      if (raw === undefined) {
        if (p.required) errors.push(`missing required ${p.in} parameter ${p.name}`);
        continue;
      }
      const validate = this.validator(p.pointer);
      if (!validate(coerce(raw, p.schema))) errors.push(`${p.in} parameter ${p.name}=${JSON.stringify(raw)}: ${formatAjvErrors(validate.errors)}`);
    }
    for (const name of new Set(query.keys())) {
      if (!op.parameters.some((p) => p.in === 'query' && p.name === name)) ignored.push(`unknown query parameter ${name} (GitHub ignores it silently)`);
    }
    if (!op.body) {
      if (hasBody && body !== undefined && !(typeof body === 'object' && body !== null && Object.keys(body).length === 0)) ignored.push('operation takes no request body (GitHub ignores it)');
      return { pathErrors, bodyErrors, ignored };
    }
    if (!hasBody) {
      if (op.body.required) bodyErrors.push('missing required request body');
      return { pathErrors, bodyErrors, ignored };
    }
    if (op.body.pointer) {
      const validate = this.validator(op.body.pointer);
      if (!validate(body)) bodyErrors.push(formatAjvErrors(validate.errors, 'body'));
      // GitHub ignores unknown top-level fields; a typo there silently does nothing, so the contract check flags it.
      const props = op.body.schema?.properties as JsonObject | undefined;
      if (props && op.body.schema?.additionalProperties === undefined && body && typeof body === 'object' && !Array.isArray(body)) {
        for (const key of Object.keys(body)) if (!(key in props)) ignored.push(`body has unknown property ${key} (GitHub ignores it silently)`);
      }
    }
    return { pathErrors, bodyErrors, ignored };
  }

  /** Checks a response body against the schema declared for its status; returns a problem or undefined. */
  validateResponse(op: OperationSpec, status: number, body: unknown, hasBody: boolean): string | undefined {
    const declared = op.responses.get(String(status));
    if (!declared) {
      if (!GENERIC_ERROR_STATUSES.has(String(status))) return `status ${status} is not declared for ${op.operationId} (declared: ${[...op.responses.keys()].join(', ')})`;
      if (!hasBody) return undefined;
      const validate = this.validator(pointerTo('components', 'schemas', status === 422 ? 'validation-error' : 'basic-error'));
      return validate(body) ? undefined : `error body for undeclared status ${status}: ${formatAjvErrors(validate.errors, 'body')}`;
    }
    if (!declared.pointer) {
      if (!hasBody || body === undefined || body === '') return undefined;
      // Some error statuses are declared with a description only; GitHub still sends its usual error body.
      if (status >= 400) {
        const validate = this.validator(pointerTo('components', 'schemas', 'basic-error'));
        return validate(body) ? undefined : `error body for status ${status}: ${formatAjvErrors(validate.errors, 'body')}`;
      }
      return `status ${status} of ${op.operationId} declares no body, but one was sent`;
    }
    if (!hasBody) return `status ${status} of ${op.operationId} declares a JSON body, but none was sent`;
    const validate = this.validator(declared.pointer);
    return validate(body) ? undefined : formatAjvErrors(validate.errors, 'body');
  }
}
