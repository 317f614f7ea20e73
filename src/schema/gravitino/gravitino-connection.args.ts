import { ArgsType, Field } from 'type-graphql';
import { RelayConnectionArgs } from '../common/connection.args';

/** Paging plus the metalake to read, for the root Gravitino lists. */
@ArgsType()
export class GravitinoMetalakeConnectionArgs extends RelayConnectionArgs {
  @Field(() => String, {
    description: 'The metalake to read. It must be one of the metalakes configured for the instance.',
  })
  metalake!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The configured Gravitino instance id; by default the first instance (in config order) configured with `metalake`.',
  })
  instance?: string | null;
}
