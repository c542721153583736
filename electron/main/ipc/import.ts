import { fail } from '../../../shared/model';
import type { Store } from '../../../node/db/store';
import type { SectionHandlers } from './handler-types';
import type { DesktopPorts } from './ports';

const notYet = async () => fail('internal', 'Contact import is not finished yet.');

export function importHandlers(_store: Store, _ports: DesktopPorts): SectionHandlers<'import'> & SectionHandlers<'people'> {
  return {
    'import.readFile': notYet,
    'import.readBytes': notYet,
    'import.readText': notYet,
    'import.reread': notYet,
    'import.preview': notYet,
    'import.commit': notYet,
    'people.exportTable': notYet,
  };
}
