import { z } from 'zod';
import {
  checkBodySchema,
  commandResultSchema,
  conflictSchema,
  documentListSchema,
  editBodySchema,
  errorSchema,
  exportQuerySchema,
  importQuerySchema,
  importResultSchema,
  documentSchema,
  progressSchema,
  rejectBodySchema,
  reopenBodySchema,
  segmentPageSchema,
  segmentsQuerySchema,
  segmentSchema,
  translationSchema,
  translationStateSchema,
} from './schemas';

/**
 * The OpenAPI 3.1 document of REST API v1, generated from the zod schemas the handlers validate
 * with (schemas.ts). OpenAPI 3.1 takes JSON Schema 2020-12 as it is, which is what
 * `z.toJSONSchema` writes. Request bodies and parameters are described as clients send them
 * (`io: 'input'`), answers as the server writes them.
 */

type Schema = z.ZodType;
type Answer = { description: string; schema?: Schema; content?: string };

interface Operation {
  method: 'get' | 'post' | 'patch';
  path: string;
  operationId: string;
  summary: string;
  /** Path parameters, in order. */
  params: string[];
  query?: z.ZodObject;
  body?: Schema;
  /** A body that is a file, not JSON. */
  fileBody?: boolean;
  write?: boolean;
  ok: Answer;
  errors: number[];
}

const ERROR_TEXT: Record<number, string> = {
  400: 'The request is malformed: the message names the field or parameter.',
  401: 'No valid token or session (a revoked token, a deactivated owner).',
  403: 'The token’s owner may not do this (role or language).',
  404: 'No such document, segment or language.',
  409: 'The version sent is stale, or a translation changed meanwhile.',
  413: 'The body is too large.',
  415: 'The body is not JSON.',
  422: 'The action is refused in this state (the reason says why).',
  429: 'Too many requests: wait the seconds of Retry-After.',
  503: 'The database is busy: nothing was written, try again after Retry-After.',
};

const translationPath = '/api/v1/documents/{doc}/segments/{segment}/{lang}';
const commandErrors = [400, 401, 403, 404, 409, 413, 415, 422, 429, 503];

export const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/documents',
    operationId: 'listDocuments',
    summary: 'Every document with its titles, languages and progress per target language.',
    params: [],
    ok: { description: 'The documents.', schema: documentListSchema },
    errors: [401, 429],
  },
  {
    method: 'get',
    path: '/api/v1/documents/{doc}/segments',
    operationId: 'listSegments',
    summary: 'One page of a document’s segments with every translation, its status and version.',
    params: ['doc'],
    query: segmentsQuerySchema,
    ok: { description: 'A page of segments.', schema: segmentPageSchema },
    errors: [400, 401, 404, 429],
  },
  {
    method: 'patch',
    path: translationPath,
    operationId: 'editTranslation',
    summary: 'Writes a translation’s text (translators and up).',
    params: ['doc', 'segment', 'lang'],
    body: editBodySchema,
    write: true,
    ok: { description: 'What changed.', schema: commandResultSchema },
    errors: commandErrors,
  },
  ...(
    [
      ['check', 'checkTranslation', 'Marks a translation checked (reviewers).', checkBodySchema],
      ['reject', 'rejectTranslation', 'Rejects a translation with a comment (reviewers).', rejectBodySchema],
      ['reopen', 'reopenTranslation', 'Takes a check or rejection back to draft (reviewers).', reopenBodySchema],
    ] as const
  ).map(([action, operationId, summary, body]): Operation => ({
    method: 'post',
    path: `${translationPath}/${action}`,
    operationId,
    summary,
    params: ['doc', 'segment', 'lang'],
    body,
    write: true,
    ok: { description: 'What changed.', schema: commandResultSchema },
    errors: commandErrors,
  })),
  {
    method: 'get',
    path: '/api/v1/documents/{doc}/export',
    operationId: 'exportDocument',
    summary: 'The document as an exchange file (XLIFF 2.0, TMX 1.4b, i18next JSON, TSV, text).',
    params: ['doc'],
    query: exportQuerySchema,
    ok: { description: 'The file, with its content type and a file name.', content: 'application/octet-stream' },
    errors: [400, 401, 404, 429],
  },
  {
    method: 'post',
    path: '/api/v1/documents/{doc}/import',
    operationId: 'importDocument',
    summary: 'Imports an XLIFF, TMX, i18next, TSV or text file: counts, then writes the changes as drafts, all or none.',
    params: ['doc'],
    query: importQuerySchema,
    fileBody: true,
    write: true,
    ok: { description: 'The counts (and whether they were written).', schema: importResultSchema },
    errors: [400, 401, 403, 404, 409, 413, 422, 429],
  },
  {
    method: 'get',
    path: '/api/v1/openapi.json',
    operationId: 'openapi',
    summary: 'This document.',
    params: [],
    ok: { description: 'OpenAPI 3.1.', content: 'application/json' },
    errors: [429],
  },
];

const PARAM_TEXT: Record<string, string> = {
  doc: 'A document id.',
  segment: 'A segment id.',
  lang: 'A language: en, zh or ru.',
};

type Json = Record<string, unknown>;

/** Named schemas, each once under components.schemas: answers as written, bodies as sent. */
const ANSWERS: [string, Schema][] = [
  ['Error', errorSchema],
  ['Conflict', conflictSchema],
  ['Progress', progressSchema],
  ['Document', documentSchema],
  ['DocumentList', documentListSchema],
  ['Translation', translationSchema],
  ['Segment', segmentSchema],
  ['SegmentPage', segmentPageSchema],
  ['TranslationState', translationStateSchema],
  ['CommandResult', commandResultSchema],
  ['ImportResult', importResultSchema],
];
const BODIES: [string, Schema][] = [
  ['EditBody', editBodySchema],
  ['CheckBody', checkBodySchema],
  ['RejectBody', rejectBodySchema],
  ['ReopenBody', reopenBodySchema],
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function nameOf(schema: Schema): string {
  const found = [...ANSWERS, ...BODIES].find(([, s]) => s === schema);
  if (!found) throw new Error('an operation names a schema that is not in components');
  return found[0];
}

function components(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [list, io] of [
    [ANSWERS, 'output'],
    [BODIES, 'input'],
  ] as const) {
    const registry = z.registry<{ id: string }>();
    for (const [id, schema] of list) registry.add(schema, { id });
    const { schemas } = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}` }) as {
      schemas: Record<string, Json>;
    };
    for (const [id, schema] of Object.entries(schemas)) {
      const { $schema: _, $id: _id, ...rest } = schema;
      out[id] = rest;
    }
  }
  return out;
}

function jsonSchema(schema: Schema, io: 'input' | 'output'): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io }) as Json;
  return rest;
}

function queryParameters(query: z.ZodObject): Json[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const schema = jsonSchema(field as Schema, 'input');
    const { description, ...rest } = schema;
    return {
      name,
      in: 'query',
      required: !(field as Schema).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function rateLimitHeaders(): Json {
  const int = { schema: { type: 'integer' } };
  return {
    'RateLimit-Limit': { description: 'Requests allowed in the window.', ...int },
    'RateLimit-Remaining': { description: 'Requests left in this window.', ...int },
    'RateLimit-Reset': { description: 'Seconds until the window starts again.', ...int },
  };
}

function operation(op: Operation): Json {
  const responses: Json = {
    '200': {
      description: op.ok.description,
      headers: rateLimitHeaders(),
      content: { [op.ok.content ?? 'application/json']: { schema: op.ok.schema ? ref(nameOf(op.ok.schema)) : {} } },
    },
  };
  for (const status of op.errors) {
    const schema = status === 409 && op.body ? conflictSchema : errorSchema;
    responses[String(status)] = {
      description: ERROR_TEXT[status] ?? 'Error.',
      ...(status === 429 || status === 503 ? { headers: { 'Retry-After': { schema: { type: 'integer' } } } } : {}),
      content: { 'application/json': { schema: ref(nameOf(schema)) } },
    };
  }
  return {
    operationId: op.operationId,
    summary: op.summary,
    parameters: [
      ...op.params.map((name) => ({
        name,
        in: 'path',
        required: true,
        description: PARAM_TEXT[name],
        schema: { type: 'string' },
      })),
      ...(op.query ? queryParameters(op.query) : []),
    ],
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(nameOf(op.body)) } } } } : {}),
    ...(op.fileBody
      ? {
          requestBody: {
            required: true,
            content: { 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } },
          },
        }
      : {}),
    responses,
  };
}

/** The whole document; `serverUrl` is where the API is served. */
export function openApiDocument(serverUrl?: string): Json {
  const paths: Record<string, Json> = {};
  for (const op of OPERATIONS) {
    paths[op.path] = { ...paths[op.path], [op.method]: operation(op) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Triglot API',
      version: '1',
      description:
        'Documents, segments and translations of Triglot. Authenticate with a personal token from the account page: `Authorization: Bearer <token>`. Reads also work without one. Every write goes through the same rules as the app: a stale `version` gets 409 with the current state.',
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    components: {
      schemas: components(),
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'A personal API token (triglot_…).' } },
    },
    security: [{ token: [] }, {}],
    paths,
  };
}
