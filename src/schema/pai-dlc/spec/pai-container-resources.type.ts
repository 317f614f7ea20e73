import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from '../../scalars';

/** A container's `Resources`. */
@ObjectType('PaiContainerResources', {
  description: "An init or sidecar container's resources (`Resources`), Kubernetes style.",
})
export class PaiContainerResources {
  @Field(() => GraphQLJSONObject, {
    description: 'Upper bounds (`Limits`): a free-form map of resource name to quantity, e.g. {"cpu": "1"}.',
  })
  limits!: Record<string, string>;

  @Field(() => GraphQLJSONObject, {
    description: 'Guaranteed amounts (`Requests`): a free-form map of resource name to quantity.',
  })
  requests!: Record<string, string>;
}
