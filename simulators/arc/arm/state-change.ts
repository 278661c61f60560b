import type { SubscriptionStatus } from '../license-profile.js';
import type { ArmErrorDetail } from './errors.js';
import type { MachineStatus } from './machine-view.js';
import type { OperationStatus } from './operations.js';

/**
 * A change of the control plane's state, with its virtual time, as `ArmPlane.tick` reports them
 * for the engine's event log: a Hotpatch enrollment status, a machine's agent status, or the end
 * of a long-running operation. `None` stands for "no license profile".
 */
export type ArmStateChange =
  | {
      readonly at: number;
      readonly machine: string;
      readonly kind: 'hotpatch';
      readonly from: SubscriptionStatus | 'None';
      readonly to: SubscriptionStatus | 'None';
      readonly error?: ArmErrorDetail;
    }
  | {
      readonly at: number;
      readonly machine: string;
      readonly kind: 'machine-status';
      readonly from: MachineStatus;
      readonly to: MachineStatus;
    }
  | {
      readonly at: number;
      readonly machine: string;
      readonly kind: 'operation';
      readonly operationId: string;
      readonly to: Exclude<OperationStatus, 'InProgress'>;
      readonly error?: ArmErrorDetail;
    };
