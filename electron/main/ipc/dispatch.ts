import { capDetails, describeZodIssues } from '../../../shared/exchange';
import { CHANNELS, argSchemas } from '../../../shared/ipc';
import type { Channel } from '../../../shared/ipc';
import { fail } from '../../../shared/model';
import type { Result } from '../../../shared/model';
import { errorResult } from './errors';
import type { Handlers } from './handler-types';

function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

function describeChannel(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value);
  return `a ${value === null ? 'null' : typeof value}`;
}

/**
 * The one way into the handlers from outside the process (IPC in Electron, a binding in end-to-end
 * tests): checks the channel, parses the payload with the channel's schema, runs the handler, and
 * always resolves to a Result, never a throw.
 */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('unknown-channel', `There is no channel ${describeChannel(channel)}.`);
  const parsed = argSchemas[channel].safeParse(payload);
  if (!parsed.success) {
    const problems = describeZodIssues(parsed.error);
    return fail('invalid-payload', `Invalid arguments for ${channel}: ${problems[0]}`, capDetails(problems));
  }
  try {
    const handler = handlers[channel] as (args: unknown) => Promise<Result<unknown>>;
    return await handler(parsed.data);
  } catch (error) {
    return errorResult(error);
  }
}
