import { Field, ObjectType } from 'type-graphql';
import { PaiCredentialRole } from './pai-credential-role.type';

/** `CredentialConfigItem`. */
@ObjectType('PaiCredentialConfigItem', {
  description: 'One injected credential (`CredentialConfigItems` entry).',
})
export class PaiCredentialConfigItem {
  @Field(() => String, { nullable: true, description: 'Name the credential is injected under (`Key`).' })
  key!: string | null;

  @Field(() => String, { nullable: true, description: 'Credential kind (`Type`), e.g. `Role`.' })
  type!: string | null;

  @Field(() => [PaiCredentialRole], { description: 'Roles assumed for it (`Roles`).' })
  roles!: PaiCredentialRole[];
}
