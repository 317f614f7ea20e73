import { Field, ObjectType } from 'type-graphql';
import { PaiCredentialConfigItem } from './pai-credential-config-item.type';

/** `CredentialConfig` without any key or token. */
@ObjectType('PaiCredentialConfig', {
  description:
    'How temporary cloud credentials are injected into the job (`CredentialConfig`); never the credentials themselves.',
})
export class PaiCredentialConfig {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether credentials are injected (`EnableCredentialInject`).',
  })
  enableCredentialInject!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Key of the default role exposed through the Alibaba Cloud environment (`AliyunEnvRoleKey`).',
  })
  aliyunEnvRoleKey!: string | null;

  @Field(() => [PaiCredentialConfigItem], {
    description: 'The injected credentials (`CredentialConfigItems`).',
  })
  credentialConfigItems!: PaiCredentialConfigItem[];
}
