import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { GravitinoMetalake } from './gravitino-metalake.type';

/** A page of configured Gravitino metalakes. */
@ObjectType('GravitinoMetalakeConnection', {
  description:
    'A page of the configured Gravitino metalakes, instance by instance in config order (Relay connection).',
})
export class GravitinoMetalakeConnection extends ConnectionType(GravitinoMetalake, 'GravitinoMetalake') {}
