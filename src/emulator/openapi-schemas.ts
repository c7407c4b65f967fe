/**
 * Component schemas of the emulator's OpenAPI document. Deliberately loose
 * (`additionalProperties` allowed): they describe the shapes the emulator
 * sends, as `src/upstream/profile-v1/wire.ts` declares them.
 */
const nullableString = { type: ['string', 'null'] };
const nullableBoolean = { type: ['boolean', 'null'] };

const multiValued = (properties: Record<string, unknown>) => ({
  type: ['array', 'null'],
  items: { type: 'object', properties },
});

const name = {
  type: ['object', 'null'],
  properties: {
    formatted: nullableString,
    familyName: nullableString,
    givenName: nullableString,
    middleName: nullableString,
    honorificPrefix: nullableString,
    honorificSuffix: nullableString,
  },
};

const meta = {
  type: ['object', 'null'],
  properties: {
    created: nullableString,
    lastModified: nullableString,
    principalType: { enum: ['user', 'company', 'app'] },
    resourceType: nullableString,
  },
};

const address = {
  id: nullableString,
  formatted: nullableString,
  streetAddress: nullableString,
  locality: nullableString,
  region: nullableString,
  country: nullableString,
  postalCode: nullableString,
  type: nullableString,
};

const extension = { type: ['object', 'null'] };

export const OPENAPI_SCHEMAS = {
  User: {
    type: 'object',
    required: ['id', 'active'],
    properties: {
      schemas: { type: 'array', items: { type: 'string' } },
      id: { type: 'string', format: 'uuid' },
      meta,
      name,
      displayName: nullableString,
      userType: nullableString,
      active: { type: 'boolean' },
      emails: multiValued({
        value: nullableString,
        type: nullableString,
        primary: nullableBoolean,
      }),
      phoneNumbers: multiValued({
        value: nullableString,
        type: nullableString,
      }),
      ims: multiValued({ value: nullableString, type: nullableString }),
      addresses: multiValued(address),
      emergencyContact: extension,
      'com:concur:Employee:1.0': {
        type: ['object', 'null'],
        required: ['employeeId', 'jobTitle'],
        properties: {
          companyUUID: nullableString,
          employeeId: { type: 'string' },
          jobTitle: { type: 'string' },
          managerId: nullableString,
        },
      },
      'com:concur:TravelPreferences:1.0': extension,
      'com:concur:Programs:1.0': extension,
      'com:concur:Documents:1.0': extension,
      'com:concur:Expense:0.2': {
        ...extension,
        description: 'Only with `schema=expense`.',
      },
    },
  },
  Company: {
    type: 'object',
    required: ['id'],
    properties: {
      schemas: { type: 'array', items: { type: 'string' } },
      id: { type: 'string', format: 'uuid' },
      meta,
      name: nullableString,
      internetDomain: nullableString,
      companyDomain: nullableString,
      defaultLanguage: nullableString,
      addresses: multiValued(address),
      'com:concur:Travel:0.1': extension,
      'com:concur:Expense:0.1': extension,
    },
  },
  App: {
    type: 'object',
    required: ['id'],
    properties: {
      schemas: { type: 'array', items: { type: 'string' } },
      id: { type: 'string', format: 'uuid' },
      meta,
      name: nullableString,
      description: nullableString,
      ownerCompanyUUID: nullableString,
      scopes: { type: ['array', 'null'], items: { type: 'string' } },
    },
  },
  Principal: {
    oneOf: [
      { $ref: '#/components/schemas/User' },
      { $ref: '#/components/schemas/Company' },
      { $ref: '#/components/schemas/App' },
    ],
  },
  ListResponse: {
    type: 'object',
    required: [
      'schemas',
      'totalResults',
      'startIndex',
      'itemsPerPage',
      'Resources',
    ],
    properties: {
      schemas: {
        type: 'array',
        items: { const: 'urn:ietf:params:scim:api:messages:2.0:ListResponse' },
      },
      totalResults: { type: 'integer', minimum: 0 },
      startIndex: { type: 'integer', minimum: 1 },
      itemsPerPage: { type: 'integer', minimum: 0 },
      Resources: {
        type: 'array',
        items: { $ref: '#/components/schemas/Principal' },
      },
    },
  },
  Error: {
    type: 'object',
    required: ['schemas', 'status'],
    properties: {
      schemas: {
        type: 'array',
        items: { const: 'urn:ietf:params:scim:api:messages:2.0:Error' },
      },
      status: { type: 'string', examples: ['404'] },
      scimType: { type: 'string' },
      detail: { type: 'string' },
    },
  },
} as const;
