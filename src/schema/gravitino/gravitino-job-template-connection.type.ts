import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { GravitinoJobTemplate } from './gravitino-job-template.type';

/** A page of Gravitino job templates. */
@ObjectType('GravitinoJobTemplateConnection', {
  description:
    'A page of the job templates of one Gravitino metalake, in registration order (Relay connection).',
})
export class GravitinoJobTemplateConnection extends ConnectionType(
  GravitinoJobTemplate,
  'GravitinoJobTemplate',
) {}
