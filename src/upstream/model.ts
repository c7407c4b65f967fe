/**
 * The domain model the graph reads: what a user, company and app are,
 * independent of the wire format that carried them.
 *
 * Profile v1 sends extensions under URN keys (`com:concur:Employee:1.0`); the
 * v1 mapper in `profile-v1/` lifts them into named fields here, so an Identity
 * v4 backend can fill the same shapes and no resolver changes. The leaf shapes
 * (names, emails, addresses, ...) are the same in both APIs, so they are reused
 * from the v1 wire types rather than copied.
 */
import type {
  WireAddress,
  WireEmail,
  WireEmergencyContact,
  WireEmployee,
  WireDocuments,
  WireIm,
  WireName,
  WirePhoneNumber,
  WirePrograms,
  WireLoyaltyProgram,
  WireTravelPreferences,
  WireUserExpense,
  WireCompany,
  WireMeta,
} from './profile-v1/wire.js';
import {
  COMPANY_EXPENSE_SCHEMA,
  COMPANY_TRAVEL_SCHEMA,
} from './profile-v1/wire.js';

export type Name = WireName;
export type Email = WireEmail;
export type PhoneNumber = WirePhoneNumber;
export type Im = WireIm;
export type Address = WireAddress;
export type EmergencyContact = WireEmergencyContact;
export type Employee = WireEmployee;
export type TravelPreferences = WireTravelPreferences;
export type Programs = WirePrograms;
export type Documents = WireDocuments;
export type UserExpense = WireUserExpense;
export type Meta = WireMeta;
export type CarPreferences = NonNullable<WireTravelPreferences['car']>;
export type HotelPreferences = NonNullable<WireTravelPreferences['hotel']>;
export type LoyaltyProgram = WireLoyaltyProgram;
export type CompanyTravel = NonNullable<
  WireCompany[typeof COMPANY_TRAVEL_SCHEMA]
>;
export type CompanyExpense = NonNullable<
  WireCompany[typeof COMPANY_EXPENSE_SCHEMA]
>;

export interface User {
  /** Lower-case UUID: ids compare case-insensitively (reference section 5). */
  id: string;
  meta?: Meta | null;
  name?: Name | null;
  displayName?: string | null;
  nickName?: string | null;
  gender?: string | null;
  profileImageUrl?: string | null;
  preferredLanguage?: string | null;
  locale?: string | null;
  timezone?: string | null;
  dateOfBirth?: string | null;
  userType?: string | null;
  active: boolean;
  emails: Email[];
  phoneNumbers: PhoneNumber[];
  ims: Im[];
  addresses: Address[];
  emergencyContact?: EmergencyContact | null;
  travelIds: string[];
  employee?: Employee | null;
  travelPreferences?: TravelPreferences | null;
  programs?: Programs | null;
  documents?: Documents | null;
  expense?: UserExpense | null;
}

export interface Company {
  id: string;
  meta?: Meta | null;
  name?: string | null;
  internetDomain?: string | null;
  companyDomain?: string | null;
  defaultLanguage?: string | null;
  addresses: Address[];
  travel?: CompanyTravel | null;
  expense?: CompanyExpense | null;
}

export interface App {
  id: string;
  meta?: Meta | null;
  name?: string | null;
  description?: string | null;
  ownerCompanyId?: string | null;
  scopes: string[];
}

/** The caller behind a token, as `/me` answers it. */
export type Principal =
  | { kind: 'user'; user: User }
  | { kind: 'company'; company: Company }
  | { kind: 'app'; app: App };

/** One page of an offset-paged list (SCIM `startIndex`/`count`). */
export interface Page<T> {
  /** How many exist in all, not only on this page. */
  total: number;
  /** 0-based offset of `items[0]`. */
  offset: number;
  items: T[];
}
