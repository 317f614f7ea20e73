import { ArgsType, Field, InputType } from 'type-graphql';
import { RelayConnectionArgs } from '../common/connection.args';

/** Which configured metalakes to list. */
@InputType('GravitinoMetalakeFilter', { description: 'Filters of the configured Gravitino metalakes.' })
export class GravitinoMetalakeFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Only metalakes of these configured Gravitino instance ids.',
  })
  instances?: string[] | null;
}

/** `Query.gravitinoMetalakes` arguments. */
@ArgsType()
export class GravitinoMetalakesArgs extends RelayConnectionArgs {
  @Field(() => GravitinoMetalakeFilter, { nullable: true, description: 'Which metalakes to list.' })
  filter?: GravitinoMetalakeFilter | null;
}
