/**
 * The Profile API v1 wire format: the JSON that `/profile/v1/` sends.
 *
 * This is the one file the emulator shares with the connector (see DESIGN.md):
 * shapes only, no behaviour, so a connector bug cannot hide behind the same
 * bug in the emulator. Attribute names and URNs follow
 * `shared/reference/concur-profile-api.md` sections 5 to 7. Every field the
 * reference does not mark required is optional here, because samples from the
 * real service hold nulls and omissions.
 */

export const USER_SCHEMA = 'com:concur:User:1.0';
export const EMPLOYEE_SCHEMA = 'com:concur:Employee:1.0';
export const TRAVEL_PREFERENCES_SCHEMA = 'com:concur:TravelPreferences:1.0';
export const PROGRAMS_SCHEMA = 'com:concur:Programs:1.0';
export const DOCUMENTS_SCHEMA = 'com:concur:Documents:1.0';
export const USER_EXPENSE_SCHEMA = 'com:concur:Expense:0.2';
export const COMPANY_SCHEMA = 'com:concur:Company:1.0';
export const COMPANY_TRAVEL_SCHEMA = 'com:concur:Travel:0.1';
export const COMPANY_EXPENSE_SCHEMA = 'com:concur:Expense:0.1';
export const APP_SCHEMA = 'com:concur:App:1.0';
export const LIST_RESPONSE_SCHEMA =
  'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

type Nullable<T> = T | null;

export interface WireMeta {
  created?: Nullable<string>;
  /** Zone-less timestamp, as the real service sends it. */
  lastModified?: Nullable<string>;
  principalType?: 'user' | 'company' | 'app';
  resourceType?: Nullable<string>;
  location?: Nullable<string>;
}

export interface WireName {
  formatted?: Nullable<string>;
  familyName?: Nullable<string>;
  givenName?: Nullable<string>;
  middleName?: Nullable<string>;
  honorificPrefix?: Nullable<string>;
  honorificSuffix?: Nullable<string>;
}

export interface WireEmail {
  id?: Nullable<string>;
  value?: Nullable<string>;
  display?: Nullable<string>;
  /** Business | Business2 | Personal | Other | Other2 | SMS */
  type?: Nullable<string>;
  primary?: Nullable<boolean>;
  notifications?: Nullable<boolean>;
  dateAdded?: Nullable<string>;
  verified?: Nullable<boolean>;
  dateVerified?: Nullable<string>;
}

export interface WirePhoneNumber {
  id?: Nullable<string>;
  /** RFC 3966 form, for example `tel:+1-201-555-0123`. */
  value?: Nullable<string>;
  display?: Nullable<string>;
  /** Work | Home | Cell | Fax | Pager | Other */
  type?: Nullable<string>;
  primary?: Nullable<boolean>;
  countryCode?: Nullable<string>;
  countryISDCode?: Nullable<string>;
  notifications?: Nullable<boolean>;
  verified?: Nullable<boolean>;
}

export interface WireIm {
  id?: Nullable<string>;
  value?: Nullable<string>;
  display?: Nullable<string>;
  /** aim | gtalk | icq | xmpp | msn | skype | qq | yahoo */
  type?: Nullable<string>;
  primary?: Nullable<boolean>;
  notifications?: Nullable<boolean>;
}

export interface WireAddress {
  id?: Nullable<string>;
  formatted?: Nullable<string>;
  streetAddress?: Nullable<string>;
  locality?: Nullable<string>;
  region?: Nullable<string>;
  /** ISO 3166-1 alpha-2. */
  country?: Nullable<string>;
  postalCode?: Nullable<string>;
  /** Work | Home | Other (users only). */
  type?: Nullable<string>;
}

export interface WireEmergencyContact {
  name?: Nullable<WireName>;
  phone?: Nullable<string>;
  phone2?: Nullable<string>;
  relationship?: Nullable<string>;
  streetAddress?: Nullable<string>;
  locality?: Nullable<string>;
  region?: Nullable<string>;
  country?: Nullable<string>;
  postalCode?: Nullable<string>;
}

export interface WireEmployee {
  companyUUID?: Nullable<string>;
  companyInternalId?: Nullable<number>;
  employeeId: string;
  jobTitle: string;
  /** The manager's user UUID. */
  managerId?: Nullable<string>;
  orgUnitId?: Nullable<number>;
  /** Undefined by the reference; passed through as an object. */
  costCenter?: Nullable<Record<string, unknown>>;
  activeDataRetentionPolicyId?: Nullable<string>;
  terminationDate?: Nullable<string>;
}

export interface WireSeat {
  interrowPosition?: Nullable<string>;
  sectionPosition?: Nullable<string>;
}

export interface WireTravelPreferences {
  air?: Nullable<{
    seat?: Nullable<WireSeat>;
    meal?: Nullable<string>;
    homeAirport?: Nullable<string>;
  }>;
  rail?: Nullable<{
    seat?: Nullable<string>;
    coach?: Nullable<string>;
    berth?: Nullable<string>;
    deck?: Nullable<string>;
    space?: Nullable<string>;
    meal?: Nullable<string>;
  }>;
  car?: Nullable<{
    smoking?: Nullable<string>;
    carType?: Nullable<string>;
    transmission?: Nullable<string>;
    gpsEnabled?: Nullable<boolean>;
    skirack?: Nullable<boolean>;
  }>;
  hotel?: Nullable<{
    smoking?: Nullable<string>;
    roomType?: Nullable<string>;
    remark?: Nullable<string>;
    /** Amenity flags, for example `gym`, `pool`, `restaurant`. */
    amenities?: Nullable<Record<string, boolean>>;
  }>;
}

export interface WireLoyaltyProgram {
  vendorCode?: Nullable<string>;
  vendorName?: Nullable<string>;
  parentChainVendorCode?: Nullable<string>;
  parentChainVendorName?: Nullable<string>;
  account: string;
  status?: Nullable<string>;
  points?: Nullable<number>;
  segments?: Nullable<number>;
  pointsNext?: Nullable<number>;
  segmentsNext?: Nullable<number>;
  expiration?: Nullable<string>;
  default?: Nullable<boolean>;
  statusBenefits?: Nullable<string>;
  nextStatus?: Nullable<string>;
  extraData?: Nullable<Array<{ key: string; value?: Nullable<string> }>>;
}

export interface WirePrograms {
  air?: Nullable<WireLoyaltyProgram[]>;
  rail?: Nullable<WireLoyaltyProgram[]>;
  car?: Nullable<WireLoyaltyProgram[]>;
  hotel?: Nullable<WireLoyaltyProgram[]>;
}

export interface WireDocuments {
  passport?: Nullable<
    Array<{
      number?: Nullable<string>;
      issuingCountry?: Nullable<string>;
      nationality?: Nullable<string>;
      placeIssued?: Nullable<string>;
      dateIssued?: Nullable<string>;
      expiration?: Nullable<string>;
    }>
  >;
  visa?: Nullable<
    Array<{
      number?: Nullable<string>;
      issuedForCountry?: Nullable<string>;
      issuedByCountry?: Nullable<string>;
      placeIssued?: Nullable<string>;
      dateIssued?: Nullable<string>;
      expiration?: Nullable<string>;
    }>
  >;
  driverLicense?: Nullable<
    Array<{
      number?: Nullable<string>;
      issuingAuthority?: Nullable<string>;
      issuingCountry?: Nullable<string>;
      expiration?: Nullable<string>;
    }>
  >;
  nationalIdentifications?: Nullable<
    Array<{
      number?: Nullable<string>;
      issuingCountry?: Nullable<string>;
      expiration?: Nullable<string>;
    }>
  >;
  hasNoPassport?: Nullable<boolean>;
}

export interface WireUserExpense {
  active?: Nullable<boolean>;
  countryCode?: Nullable<string>;
  countrySubdivision?: Nullable<string>;
  firstName?: Nullable<string>;
  lastName?: Nullable<string>;
  middleInitial?: Nullable<string>;
  /** For example `en_US`. */
  localeCode?: Nullable<string>;
  cashAdvanceAccountCode?: Nullable<string>;
  driverId?: Nullable<string>;
  ledger?: Nullable<string>;
  reimbursementCurrency?: Nullable<string>;
  reimbursementType?: Nullable<string>;
  customData?: Nullable<
    Array<{ customFieldName: string; customFieldValue?: Nullable<string> }>
  >;
  orgUnitData?: Nullable<
    Array<{ orgUnitName: string; orgUnitValue?: Nullable<string> }>
  >;
  /** User UUIDs. */
  approvers?: Nullable<string[]>;
  delegates?: Nullable<string[]>;
  delegators?: Nullable<string[]>;
}

export interface WireUser {
  schemas?: string[];
  id: string;
  meta?: Nullable<WireMeta>;
  name?: Nullable<WireName>;
  displayName?: Nullable<string>;
  nickName?: Nullable<string>;
  gender?: Nullable<string>;
  profileImageURL?: Nullable<string>;
  preferredLanguage?: Nullable<string>;
  locale?: Nullable<string>;
  /** Olson name, for example `America/New_York`. */
  timezone?: Nullable<string>;
  dateOfBirth?: Nullable<string>;
  /** Retail | Enterprise */
  userType?: Nullable<string>;
  active: boolean;
  emails?: Nullable<WireEmail[]>;
  phoneNumbers?: Nullable<WirePhoneNumber[]>;
  ims?: Nullable<WireIm[]>;
  addresses?: Nullable<WireAddress[]>;
  emergencyContact?: Nullable<WireEmergencyContact>;
  travelIds?: Nullable<string[]>;
  [EMPLOYEE_SCHEMA]?: Nullable<WireEmployee>;
  [TRAVEL_PREFERENCES_SCHEMA]?: Nullable<WireTravelPreferences>;
  [PROGRAMS_SCHEMA]?: Nullable<WirePrograms>;
  [DOCUMENTS_SCHEMA]?: Nullable<WireDocuments>;
  [USER_EXPENSE_SCHEMA]?: Nullable<WireUserExpense>;
}

export interface WireCompany {
  schemas?: string[];
  id: string;
  meta?: Nullable<WireMeta>;
  name?: Nullable<string>;
  internetDomain?: Nullable<string>;
  companyDomain?: Nullable<string>;
  /** For example `en-us`. */
  defaultLanguage?: Nullable<string>;
  addresses?: Nullable<WireAddress[]>;
  [COMPANY_TRAVEL_SCHEMA]?: Nullable<{
    /** A boolean in the schema, `1` in a sample: accept both. */
    active?: Nullable<boolean | number>;
    offeringCode?: Nullable<string>;
    isVendor?: Nullable<boolean>;
    isBillable?: Nullable<boolean>;
    contact?: Nullable<{
      name?: Nullable<string>;
      phone?: Nullable<string>;
      emailAddress?: Nullable<string>;
    }>;
  }>;
  [COMPANY_EXPENSE_SCHEMA]?: Nullable<{
    offeringCode?: Nullable<string>;
    /** `CTE`/`Enterprise` (Professional) or `Standard…` (Standard). */
    marketingName?: Nullable<string>;
  }>;
}

/**
 * App principals are barely documented (reference section 7): the UUID is the
 * OAuth client id; the emulator adds a name, the owning company and the
 * companies connected to it through App Center.
 */
export interface WireApp {
  schemas?: string[];
  id: string;
  meta?: Nullable<WireMeta>;
  name?: Nullable<string>;
  description?: Nullable<string>;
  /** The company that registered the app. */
  ownerCompanyUUID?: Nullable<string>;
  /** Granted scopes, fixed at registration. */
  scopes?: Nullable<string[]>;
}

/** SCIM 2 ListResponse, used by list and filter endpoints. */
export interface WireListResponse<T> {
  schemas: [typeof LIST_RESPONSE_SCHEMA];
  totalResults: number;
  /** 1-based. */
  startIndex: number;
  itemsPerPage: number;
  Resources: T[];
}

/** SCIM 2 error body, the shape the emulator sends for every failure. */
export interface WireError {
  schemas: [typeof ERROR_SCHEMA];
  status: string;
  scimType?: string;
  detail?: string;
}
