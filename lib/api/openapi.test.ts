import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument, OPERATIONS } from './openapi';
import { editBodySchema, rejectBodySchema, segmentsQuerySchema } from './schemas';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const doc = openApiDocument('https://triglot.example.org') as Json;

/** Every `$ref` in the document. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

/** The route files under app/api/v1, as OpenAPI paths. */
function routePaths(dir = path.join(process.cwd(), 'app/api/v1'), prefix = '/api/v1'): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const name = entry.name.replace(/^\[(\w+)\]$/, '{$1}');
      found.push(...routePaths(path.join(dir, entry.name), `${prefix}/${name}`));
    } else if (entry.name === 'route.ts') found.push(prefix);
  }
  return found;
}

describe('the OpenAPI document', () => {
  it('has the shape of OpenAPI 3.1', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: expect.any(String), version: '1' });
    expect(doc.servers).toEqual([{ url: 'https://triglot.example.org' }]);
    expect(doc.components.securitySchemes.token).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    for (const [p, item] of Object.entries(doc.paths as Json)) {
      expect(p).toMatch(/^\/api\/v1\//);
      for (const [method, op] of Object.entries(item as Json)) {
        expect(['get', 'post', 'patch']).toContain(method);
        expect(op.operationId).toEqual(expect.any(String));
        expect(op.responses['200']).toBeDefined();
        // Every path parameter in the template is declared, and no other.
        const inPath = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(op.parameters.filter((x: Json) => x.in === 'path').map((x: Json) => x.name)).toEqual(inPath);
        for (const [status, response] of Object.entries(op.responses as Json)) {
          expect(status).toMatch(/^[2-5]\d\d$/);
          expect(response.description).toEqual(expect.any(String));
        }
      }
    }
  });

  it('has a unique operationId per operation', () => {
    const ids = OPERATIONS.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every reference to a schema in components', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(10);
    for (const ref of all) {
      const name = ref.replace('#/components/schemas/', '');
      expect(ref.startsWith('#/components/schemas/')).toBe(true);
      expect(doc.components.schemas[name], ref).toBeDefined();
    }
  });

  it('lists every route of app/api/v1', () => {
    const described = Object.keys(doc.paths);
    expect(routePaths().sort()).toEqual(described.sort());
  });

  it('describes request bodies from the command schemas the server validates with', () => {
    const edit = doc.components.schemas.EditBody;
    expect(edit.required).toEqual(['version', 'text']);
    expect(edit.properties.version).toMatchObject({ type: 'integer', minimum: 0 });
    expect(doc.components.schemas.RejectBody.required).toEqual(['version', 'comment']);
    // The same objects: what the schema refuses, the server refuses.
    expect(editBodySchema.safeParse({ version: 1 }).success).toBe(false);
    expect(rejectBodySchema.safeParse({ version: 1 }).success).toBe(false);
    expect(rejectBodySchema.safeParse({ version: 1, comment: 'Wrong number' }).success).toBe(true);
    const patch = doc.paths['/api/v1/documents/{doc}/segments/{segment}/{lang}'].patch;
    expect(patch.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/EditBody' });
    expect(patch.responses['409'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Conflict' });
  });

  it('describes query parameters with their limits', () => {
    const list = doc.paths['/api/v1/documents/{doc}/segments'].get;
    const names = list.parameters.map((p: Json) => `${p.in}:${p.name}:${p.required}`);
    expect(names).toEqual(['path:doc:true', 'query:cursor:false', 'query:limit:false']);
    expect(segmentsQuerySchema.safeParse({ limit: '501' }).success).toBe(false);
    expect(segmentsQuerySchema.safeParse({ limit: '500' }).data).toEqual({ limit: 500 });
    const exportOp = doc.paths['/api/v1/documents/{doc}/export'].get;
    const format = exportOp.parameters.find((p: Json) => p.name === 'format');
    expect(format).toMatchObject({ required: true, schema: { enum: ['xliff', 'tmx', 'i18next', 'tsv', 'txt'] } });
  });

  it('says 429 comes with Retry-After', () => {
    for (const item of Object.values(doc.paths as Json)) {
      for (const op of Object.values(item as Json)) {
        expect(op.responses['429'].headers['Retry-After']).toBeDefined();
      }
    }
  });
});

describe('the command bodies', () => {
  it('are the members of the command union for their action', async () => {
    const { translationCommandSchema } = await import('../review/commands');
    const actions = translationCommandSchema.options.slice(0, 4).map((o) => o.shape.action.value);
    expect(actions).toEqual(['edit', 'check', 'reject', 'reopen']);
  });
});
