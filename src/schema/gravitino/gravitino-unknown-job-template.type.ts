import { ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { GravitinoJobTemplate } from './gravitino-job-template.type';

/** A template whose `jobType` this gateway does not know: served with the common fields rather than failing. */
@ObjectType('GravitinoUnknownJobTemplate', {
  implements: [Node, GravitinoJobTemplate],
  description:
    'A Gravitino job template of a job type this gateway does not know yet (see `providerJobType`); only the fields every template has.',
})
export class GravitinoUnknownJobTemplate extends GravitinoJobTemplate {}
