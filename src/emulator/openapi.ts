/**
 * OpenAPI 3.1 description of the REST endpoints the emulator serves, at
 * `GET /_emulator/openapi.json` on every data center. It documents the
 * emulator, not Concur: the real service documents only `/me`.
 */
import { OPENAPI_SCHEMAS } from './openapi-schemas.js';
import { PROFILE_ROUTES } from './routes/table.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const errorResponse = (description: string) => ({
  description,
  content: json(ref('Error')),
});

const COMMON_RESPONSES = {
  '400': errorResponse(
    'Missing or malformed concur-correlationid, filter or paging.',
  ),
  '401': errorResponse('Missing, malformed, badly signed or expired token.'),
  '403': errorResponse('The token lacks the read scope (access denied).'),
  '404': errorResponse("Unknown id, or one outside the caller's tenant."),
  '429': errorResponse('Rate limited (fault injection); see Retry-After.'),
  '500': errorResponse('Server error (fault injection).'),
  '503': errorResponse('Unavailable (fault injection); see Retry-After.'),
};

const REDIRECT = {
  description:
    'The resource lives in another data center: same path and query there.',
  headers: {
    Location: { required: true, schema: { type: 'string', format: 'uri' } },
  },
};

const PARAMETERS = {
  correlationId: {
    name: 'concur-correlationid',
    in: 'header',
    required: true,
    description:
      'At least 6 printable ASCII characters; echoed on the response.',
    schema: { type: 'string', minLength: 6 },
  },
  id: {
    name: 'id',
    in: 'path',
    required: true,
    schema: { type: 'string', format: 'uuid' },
  },
  schema: {
    name: 'schema',
    in: 'query',
    description:
      '`compact`, `expense` (adds com:concur:Expense:0.2) or a comma list.',
    schema: { type: 'string' },
  },
  filter: {
    name: 'filter',
    in: 'query',
    description:
      'SCIM: `id eq "uuid" or id eq "uuid"`, at most 100 ids. Only resources in this data center are returned.',
    schema: { type: 'string' },
  },
  startIndex: {
    name: 'startIndex',
    in: 'query',
    schema: { type: 'integer', minimum: 1, default: 1 },
  },
  count: {
    name: 'count',
    in: 'query',
    schema: { type: 'integer', minimum: 0, maximum: 1000, default: 100 },
  },
};

/** Body schema and extra parameters per route template. */
const ROUTE_SHAPES: Record<
  string,
  { body: string; params: string[]; redirects: boolean }
> = {
  '/profile/v1/me': { body: 'Principal', params: ['schema'], redirects: true },
  '/profile/v1/users': {
    body: 'ListResponse',
    params: ['filter', 'startIndex', 'count', 'schema'],
    redirects: false,
  },
  '/profile/v1/companies': {
    body: 'ListResponse',
    params: ['filter', 'startIndex', 'count'],
    redirects: false,
  },
  '/profile/v1/apps': {
    body: 'ListResponse',
    params: ['filter', 'startIndex', 'count'],
    redirects: false,
  },
  '/profile/v1/users/{id}': {
    body: 'User',
    params: ['id', 'schema'],
    redirects: true,
  },
  '/profile/v1/companies/{id}': {
    body: 'Company',
    params: ['id'],
    redirects: true,
  },
  '/profile/v1/apps/{id}': { body: 'App', params: ['id'], redirects: true },
  '/profile/v1/principals/{id}': {
    body: 'Principal',
    params: ['id', 'schema'],
    redirects: true,
  },
  '/profile/v1/companies/{id}/users': {
    body: 'ListResponse',
    params: ['id', 'startIndex', 'count', 'schema'],
    redirects: true,
  },
  '/profile/v1/companies/{id}/apps': {
    body: 'ListResponse',
    params: ['id', 'startIndex', 'count'],
    redirects: true,
  },
  '/profile/v1/apps/{id}/companies': {
    body: 'ListResponse',
    params: ['id', 'startIndex', 'count'],
    redirects: true,
  },
};

function operation(template: string) {
  const shape = ROUTE_SHAPES[template];
  if (shape === undefined)
    throw new TypeError(`no OpenAPI shape for ${template}`);
  const params = ['correlationId', ...shape.params].map(
    (name) => PARAMETERS[name as keyof typeof PARAMETERS],
  );
  return {
    get: {
      operationId: `get${template.replace(/[^a-zA-Z]+(.)/g, (_, c: string) => c.toUpperCase())}`,
      parameters: params,
      responses: {
        '200': { description: 'OK', content: json(ref(shape.body)) },
        ...(shape.redirects ? { '301': REDIRECT } : {}),
        ...COMMON_RESPONSES,
      },
    },
  };
}

export function openApiDocument() {
  const paths = Object.fromEntries(
    PROFILE_ROUTES.map((route) => [route.template, operation(route.template)]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Concur Profile API v1 (profile-graph emulator)',
      version: '1.0.0',
      description: 'The endpoints the bundled emulator serves. Sandbox only.',
    },
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
      schemas: OPENAPI_SCHEMAS,
    },
  };
}
