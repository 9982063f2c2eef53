import { v5 as uuidv5 } from 'uuid';
import type { CommandContext } from './command-context';

const DERIVED_ID_NAMESPACE = '8d7c0b0e-4f0a-4e4b-b7f3-2b1f4a9d6c21';

/**
 * An id for something a command creates (a task, a plan) when the client chose none.
 * Derived from the command id, so a retry with the same Idempotency-Key names the same thing.
 */
export function derivedId(context: CommandContext, purpose: string): string {
  return uuidv5(`${context.commandId}\n${purpose}`, DERIVED_ID_NAMESPACE);
}
