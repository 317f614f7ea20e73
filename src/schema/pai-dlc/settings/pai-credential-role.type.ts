import { Field, ObjectType } from 'type-graphql';
import { PaiAssumeUserInfo } from './pai-assume-user-info.type';

/** `CredentialRole`. */
@ObjectType('PaiCredentialRole', {
  description: 'A RAM role the job assumes for injected credentials (`CredentialRole`).',
})
export class PaiCredentialRole {
  @Field(() => String, { nullable: true, description: 'ARN of the role (`RoleArn`).' })
  roleArn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Kind of role (`RoleType`), e.g. `service` or `user`.',
  })
  roleType!: string | null;

  @Field(() => String, { nullable: true, description: 'Whom the role is assumed for (`AssumeRoleFor`).' })
  assumeRoleFor!: string | null;

  @Field(() => String, { nullable: true, description: 'Extra policy narrowing the role (`Policy`).' })
  policy!: string | null;

  @Field(() => PaiAssumeUserInfo, {
    nullable: true,
    description: 'Who the credentials were issued to (`AssumeUserInfo`).',
  })
  assumeUserInfo!: PaiAssumeUserInfo | null;
}
