import { Field, ObjectType } from 'type-graphql';

/** `AssumeUserInfo` without the credentials. */
@ObjectType('PaiAssumeUserInfo', {
  description:
    "Who a role's temporary credentials were issued to (`AssumeUserInfo`). The AccessKey ID and security token are never exposed.",
})
export class PaiAssumeUserInfo {
  @Field(() => String, { nullable: true, description: 'Identity kind (`Type`).' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Identity ID (`Id`).' })
  id!: string | null;
}
