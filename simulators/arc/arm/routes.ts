import type { ArmRoute } from './context.js';
import { getMachine, listMachines } from './handlers/machines.js';
import { getOperationResult, getOperationStatus } from './handlers/operations.js';
import { patchProfile, putProfile } from './handlers/profile-writes.js';
import { deleteProfile, getProfile, listProfiles } from './handlers/profiles.js';
import { Router } from './router.js';

const SUB = '/subscriptions/{subscriptionId}';
const RG = `${SUB}/resourceGroups/{resourceGroupName}`;
const MACHINES = `${RG}/providers/Microsoft.HybridCompute/machines`;
const PROFILE = `${MACHINES}/{machineName}/licenseProfiles/{licenseProfileName}`;
const LOCATION = `${SUB}/providers/Microsoft.HybridCompute/locations/{location}`;

const machines = (handle: ArmRoute['handle'], scope: ArmRoute['scope'] = 'resourceGroup'): ArmRoute => ({
  type: 'machines',
  scope,
  handle,
});
const profiles = (handle: ArmRoute['handle']): ArmRoute => ({
  type: 'machines/licenseProfiles',
  scope: 'resourceGroup',
  handle,
});
const operations = (handle: ArmRoute['handle']): ArmRoute => ({
  type: 'locations/operationStatus',
  scope: 'subscription',
  handle,
});

/** Every path and method the emulator serves (DOC: the REST spec's paths for these operations). */
export const ARM_ROUTES = new Router<ArmRoute>()
  .add('GET', `${SUB}/providers/Microsoft.HybridCompute/machines`, machines(listMachines, 'subscription'))
  .add('GET', MACHINES, machines(listMachines))
  .add('GET', `${MACHINES}/{machineName}`, machines(getMachine))
  .add('GET', `${MACHINES}/{machineName}/licenseProfiles`, profiles(listProfiles))
  .add('GET', PROFILE, profiles(getProfile))
  .add('PUT', PROFILE, profiles(putProfile))
  .add('PATCH', PROFILE, profiles(patchProfile))
  .add('DELETE', PROFILE, profiles(deleteProfile))
  .add('GET', `${LOCATION}/operationStatus/{operationId}`, operations(getOperationStatus))
  .add('GET', `${LOCATION}/operationResults/{operationId}`, operations(getOperationResult));
