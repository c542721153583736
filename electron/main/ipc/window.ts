import { ok } from '../../../shared/model';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

export function windowHandlers(ports: DesktopPorts): SectionHandlers<'window'> {
  return {
    'window.setFullScreen': async ({ on }) => ok({ changed: ports.setFullScreen?.(on) ?? false }),
  };
}
