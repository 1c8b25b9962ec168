/**
 * Contacts and their custom field values. Emails are unique per tenant and environment,
 * compared case-insensitively (409 `CONFLICT`); custom field values must fit their definitions.
 */
import type { Contact, ContactCreate, ContactCustomFieldsUpdate, ContactUpdate } from '@atender/contract';
import type { OperationContext, TypedOperationHandler } from '../types.js';
import { checkCustomFieldValues, withoutNulls } from './custom-fields.js';
import { emitContactCreated, emitContactUpdated } from './events.js';
import {
  bodyOf,
  conflict,
  created,
  definedOnly,
  deleted,
  invalidField,
  isoNow,
  notFound,
  ok,
  okOrNotFound,
  param,
  queryString,
  respondPage,
  validationFailed,
} from './respond.js';

function emailTaken(ctx: OperationContext, email: string | null | undefined, exceptId?: string): boolean {
  if (email == null) return false;
  const wanted = email.toLowerCase();
  return ctx.store.contacts.find((c) => c.email?.toLowerCase() === wanted && c.id !== exceptId) !== undefined;
}

function matchesText(contact: Contact, needle: string): boolean {
  return [contact.name, contact.email, contact.phone, contact.company].some((value) => value?.toLowerCase().includes(needle));
}

/** `GET /contacts`: filters `email` (exact, any case) and `q` (substring of name, email, phone, company). */
export const listContacts: TypedOperationHandler<'listContacts'> = (ctx) => {
  const email = queryString(ctx, 'email')?.toLowerCase();
  const q = queryString(ctx, 'q')?.toLowerCase();
  const contacts = ctx.store.contacts.list(
    (c) => (email === undefined || c.email?.toLowerCase() === email) && (q === undefined || matchesText(c, q)),
  );
  return respondPage(ctx, contacts);
};

/** `POST /contacts`: needs an email or a phone. */
export const createContact: TypedOperationHandler<'createContact'> = (ctx) => {
  const input = bodyOf<ContactCreate>(ctx);
  if (input.email == null && input.phone == null) return invalidField(ctx, '/body', 'give at least an email or a phone');
  const errors = checkCustomFieldValues(ctx.store.contactFields.list(), input.customFields ?? {}, '/body/customFields');
  if (errors.length > 0) return validationFailed(ctx, errors);
  if (emailTaken(ctx, input.email)) return conflict(ctx, `A contact with email ${input.email} exists.`);
  const now = isoNow(ctx);
  const contact = ctx.store.contacts.insert({
    email: input.email ?? null,
    name: input.name ?? null,
    phone: input.phone ?? null,
    company: input.company ?? null,
    customFields: withoutNulls(input.customFields ?? {}),
    createdAt: now,
    updatedAt: now,
  });
  emitContactCreated(ctx, contact);
  return created(contact);
};

/** `GET /contacts/{contactId}`. */
export const getContact: TypedOperationHandler<'getContact'> = (ctx) => {
  const id = param(ctx, 'contactId');
  return okOrNotFound(ctx, ctx.store.contacts.get(id), 'contact', id);
};

/** `PATCH /contacts/{contactId}`: `customFields` merges, a `null` value clears that field. */
export const updateContact: TypedOperationHandler<'updateContact'> = (ctx) => {
  const id = param(ctx, 'contactId');
  const current = ctx.store.contacts.get(id);
  if (!current) return notFound(ctx, 'contact', id);
  const { customFields, ...fields } = bodyOf<ContactUpdate>(ctx);
  const errors = checkCustomFieldValues(ctx.store.contactFields.list(), customFields ?? {}, '/body/customFields');
  if (errors.length > 0) return validationFailed(ctx, errors);
  const email = fields.email === undefined ? current.email : fields.email;
  const phone = fields.phone === undefined ? current.phone : fields.phone;
  if (email === null && phone === null) return invalidField(ctx, '/body', 'a contact keeps at least an email or a phone');
  if (fields.email !== undefined && emailTaken(ctx, fields.email, id)) return conflict(ctx, `A contact with email ${fields.email} exists.`);
  const merged = withoutNulls({ ...current.customFields, ...customFields });
  const updated = ctx.store.contacts.update(id, { ...definedOnly(fields), customFields: merged, updatedAt: isoNow(ctx) });
  if (updated) emitContactUpdated(ctx, updated, current);
  return okOrNotFound(ctx, updated, 'contact', id);
};

/** `DELETE /contacts/{contactId}`. */
export const deleteContact: TypedOperationHandler<'deleteContact'> = (ctx) => {
  const id = param(ctx, 'contactId');
  return ctx.store.contacts.remove(id) ? deleted(id) : notFound(ctx, 'contact', id);
};

/** `GET /contacts/{contactId}/custom-fields`. */
export const getContactCustomFields: TypedOperationHandler<'getContactCustomFields'> = (ctx) => {
  const id = param(ctx, 'contactId');
  const contact = ctx.store.contacts.get(id);
  return contact ? ok({ contactId: id, values: contact.customFields }) : notFound(ctx, 'contact', id);
};

/** `PUT /contacts/{contactId}/custom-fields`: replaces every value. */
export const setContactCustomFields: TypedOperationHandler<'setContactCustomFields'> = (ctx) => {
  const id = param(ctx, 'contactId');
  const current = ctx.store.contacts.get(id);
  if (!current) return notFound(ctx, 'contact', id);
  const { values } = bodyOf<ContactCustomFieldsUpdate>(ctx);
  const errors = checkCustomFieldValues(ctx.store.contactFields.list(), values, '/body/values');
  if (errors.length > 0) return validationFailed(ctx, errors);
  const contact = ctx.store.contacts.update(id, { customFields: withoutNulls(values), updatedAt: isoNow(ctx) });
  if (contact) emitContactUpdated(ctx, contact, current);
  return ok({ contactId: id, values: contact?.customFields ?? {} });
};
