import { ArgsType, Field, Int } from 'type-graphql';
import type { ConnectionArgs } from '../../pagination/connection-args';

/**
 * Relay paging arguments of every Gravitino connection. Gravitino returns whole lists, so both
 * directions work: first/after and last/before (not mixed).
 */
@ArgsType()
export class GravitinoConnectionArgs implements ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'Page size from the start or from `after`: 1..100. When neither `first` nor `last` is given, 20.',
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items right after the edge with this cursor.',
  })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size from the end or from `before`: 1..100.' })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items right before the edge with this cursor.',
  })
  before?: string | null;
}

/** Paging plus the metalake to read, for the root Gravitino lists. */
@ArgsType()
export class GravitinoMetalakeConnectionArgs extends GravitinoConnectionArgs {
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
