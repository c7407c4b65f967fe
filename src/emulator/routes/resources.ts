/** Single-resource routes: `/me` and the by-id lookups. */
import { parseSchemaView, wireResource } from '../serialize.js';
import type { PrincipalType } from '../types.js';
import { admit, pathTarget, type RouteContext } from './context.js';

function answer(ctx: RouteContext, target: Parameters<typeof wireResource>[0]) {
  const view = parseSchemaView(ctx.exchange.url.searchParams.get('schema'));
  ctx.exchange.json(200, wireResource(target, view));
}

/** The caller's own resource, served by the principal's data center. */
export function getMe(ctx: RouteContext): void {
  const target = ctx.caller.principal;
  if (admit(ctx, target, target.kind)) answer(ctx, target);
}

export function getByKind(kind: PrincipalType) {
  return (ctx: RouteContext): void => {
    const target = pathTarget(ctx, kind);
    if (admit(ctx, target, kind)) answer(ctx, target);
  };
}

/** `/principals/{id}`: whatever kind the id is; the scope follows the kind. */
export function getPrincipal(ctx: RouteContext): void {
  const target = ctx.store.find(ctx.params[0] ?? '');
  if (admit(ctx, target, target?.kind ?? 'user')) answer(ctx, target);
}
