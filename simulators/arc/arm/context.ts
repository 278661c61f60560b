import type { ApiShape, ArmResourceType } from './api-versions.js';
import type { ArmRequest, ArmResponse } from './arm-message.js';
import type { ArmPlane } from './plane.js';
import type { RouteParams } from './router.js';

/** Everything a route handler needs for one request, already checked (auth, subscription, api-version, group). */
export interface ArmContext {
  readonly plane: ArmPlane;
  /** The request, header names in lower case. */
  readonly request: ArmRequest;
  readonly url: URL;
  readonly params: RouteParams;
  /** The api-version as the client sent it. */
  readonly apiVersion: string;
  readonly shape: ApiShape;
  /** Virtual time of the request. */
  readonly now: number;
  /** The resource group as the plane spells it, for routes under one. */
  readonly resourceGroup: string;
}

/** What a route serves: its resource type (for api-version checks), its scope and its handler. */
export interface ArmRoute {
  readonly type: ArmResourceType;
  readonly scope: 'subscription' | 'resourceGroup';
  readonly handle: (context: ArmContext) => ArmResponse;
}

/** A JSON response with ARM's content type. */
export function json(
  body: unknown,
  status = 200,
  headers: Readonly<Record<string, string>> = {},
): ArmResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** A response without a body (202 Accepted of a PATCH or DELETE, 204 No Content). */
export const noContent = (status: number, headers: Readonly<Record<string, string>> = {}): ArmResponse => ({
  status,
  headers,
});

/** The machine resource id: `/subscriptions/{s}/resourceGroups/{g}/providers/Microsoft.HybridCompute/machines/{m}`. */
export const machineId = (subscription: string, group: string, machine: string): string =>
  `/subscriptions/${subscription}/resourceGroups/${group}/providers/Microsoft.HybridCompute/machines/${machine}`;
