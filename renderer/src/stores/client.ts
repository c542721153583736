import type { Result } from '../../../shared/model';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/ipc';

/** What the stores need from the main process; the app passes the real IPC client, tests a fake. */
export interface IpcClient {
  call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<Result<ResultOf<C>>>;
}
