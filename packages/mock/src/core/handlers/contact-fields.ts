/**
 * Contact field definitions. Keys are unique and immutable; only `select` fields have options,
 * and an option still in use cannot be removed (409 `CONFLICT`).
 */
import type { ContactFieldCreate, ContactFieldUpdate } from '@atender/contract';
import type { TypedOperationHandler } from '../types.js';
import { bodyOf, conflict, created, deleted, invalidField, isoNow, notFound, okOrNotFound, param, respondPage } from './respond.js';

/** `GET /contact-fields`. */
export const listContactFields: TypedOperationHandler<'listContactFields'> = (ctx) => respondPage(ctx, ctx.store.contactFields.list());

/** `POST /contact-fields`. */
export const createContactField: TypedOperationHandler<'createContactField'> = (ctx) => {
  const input = bodyOf<ContactFieldCreate>(ctx);
  const options = input.options ?? [];
  if (input.type === 'select' && options.length === 0)
    return invalidField(ctx, '/body/options', 'a select field needs at least one option');
  if (input.type !== 'select' && input.options !== undefined && options.length > 0) {
    return invalidField(ctx, '/body/options', `only select fields have options, not ${input.type}`);
  }
  if (ctx.store.contactFields.find((field) => field.key === input.key)) return conflict(ctx, `A field with key ${input.key} exists.`);
  const now = isoNow(ctx);
  const field = ctx.store.contactFields.insert({
    key: input.key,
    label: input.label,
    type: input.type,
    options: [...new Set(options)],
    createdAt: now,
    updatedAt: now,
  });
  return created(field);
};

/** `GET /contact-fields/{fieldId}`. */
export const getContactField: TypedOperationHandler<'getContactField'> = (ctx) => {
  const id = param(ctx, 'fieldId');
  return okOrNotFound(ctx, ctx.store.contactFields.get(id), 'contact field', id);
};

/** `PATCH /contact-fields/{fieldId}`: label, or the options of a select field. */
export const updateContactField: TypedOperationHandler<'updateContactField'> = (ctx) => {
  const id = param(ctx, 'fieldId');
  const field = ctx.store.contactFields.get(id);
  if (!field) return notFound(ctx, 'contact field', id);
  const input = bodyOf<ContactFieldUpdate>(ctx);
  if (input.options !== undefined) {
    if (field.type !== 'select') return invalidField(ctx, '/body/options', `only select fields have options, not ${field.type}`);
    if (input.options.length === 0) return invalidField(ctx, '/body/options', 'a select field needs at least one option');
    const kept = new Set(input.options);
    const inUse = ctx.store.contacts.find((c) => {
      const value = c.customFields[field.key];
      return typeof value === 'string' && !kept.has(value);
    });
    if (inUse) return conflict(ctx, `Option ${String(inUse.customFields[field.key])} is still used by contact ${inUse.id}.`);
  }
  const patch = {
    ...(input.label === undefined ? {} : { label: input.label }),
    ...(input.options === undefined ? {} : { options: [...new Set(input.options)] }),
  };
  return okOrNotFound(ctx, ctx.store.contactFields.update(id, { ...patch, updatedAt: isoNow(ctx) }), 'contact field', id);
};

/** `DELETE /contact-fields/{fieldId}`: the value goes from every contact too. */
export const deleteContactField: TypedOperationHandler<'deleteContactField'> = (ctx) => {
  const id = param(ctx, 'fieldId');
  const field = ctx.store.contactFields.get(id);
  if (!field) return notFound(ctx, 'contact field', id);
  ctx.store.contactFields.remove(id);
  const now = isoNow(ctx);
  for (const contact of ctx.store.contacts.list((c) => field.key in c.customFields)) {
    const { [field.key]: _removed, ...rest } = contact.customFields;
    ctx.store.contacts.update(contact.id, { customFields: rest, updatedAt: now });
  }
  return deleted(id);
};
