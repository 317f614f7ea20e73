import { Field, ObjectType } from 'type-graphql';

/** Relay PageInfo (Cursor Connections spec §5). */
@ObjectType({ description: 'Where this page sits in the whole list (Relay Cursor Connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow the last edge.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'Whether items precede the first edge (when known cheaply; paging forward from a cursor says true).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge.' })
  endCursor!: string | null;
}
