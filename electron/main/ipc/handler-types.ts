import type { ArgsOf, Channel, ResultOf } from '../../../shared/ipc';
import type { Result } from '../../../shared/model';

/** One channel's handler. It receives arguments already parsed with the channel's schema (see dispatch). */
export type Handler<C extends Channel> = (args: ArgsOf<C>) => Promise<Result<ResultOf<C>>>;

export type Handlers = { [C in Channel]: Handler<C> };

/** The handlers of one contract section, e.g. `SectionHandlers<'accounts'>` for `accounts.*`. */
export type SectionHandlers<Section extends string> = { [C in Extract<Channel, `${Section}.${string}`>]: Handler<C> };
