import Credential, { Config as CredentialConfig, ProfileCredentialsProvider } from '@alicloud/credentials';
import type { AlibabaInstanceConfig } from '../../config/gateway-config';

/**
 * Builds the @alicloud/credentials object for an instance. The SDK handles refresh of temporary
 * credentials (STS from RAM roles, OIDC), so one Credential lives as long as the instance.
 */
export function createAlibabaCredential(credentials: AlibabaInstanceConfig['credentials']): Credential {
  switch (credentials.type) {
    case 'default':
      return new Credential();
    case 'access_key':
      return new Credential(
        new CredentialConfig({
          type: 'access_key',
          accessKeyId: credentials.accessKeyId.reveal(),
          accessKeySecret: credentials.accessKeySecret.reveal(),
        }),
      );
    case 'sts':
      return new Credential(
        new CredentialConfig({
          type: 'sts',
          accessKeyId: credentials.accessKeyId.reveal(),
          accessKeySecret: credentials.accessKeySecret.reveal(),
          securityToken: credentials.securityToken.reveal(),
        }),
      );
    case 'profile': {
      const builder = ProfileCredentialsProvider.builder();
      return new Credential(
        null,
        (credentials.profile ? builder.withProfileName(credentials.profile) : builder).build(),
      );
    }
    case 'ram_role_arn':
      return new Credential(
        new CredentialConfig({
          type: 'ram_role_arn',
          accessKeyId: credentials.accessKeyId.reveal(),
          accessKeySecret: credentials.accessKeySecret.reveal(),
          roleArn: credentials.roleArn,
          roleSessionName: credentials.roleSessionName,
        }),
      );
    case 'ecs_ram_role':
      return new Credential(
        new CredentialConfig({
          type: 'ecs_ram_role',
          ...(credentials.roleName ? { roleName: credentials.roleName } : {}),
        }),
      );
    case 'oidc_role_arn':
      return new Credential(
        new CredentialConfig({
          type: 'oidc_role_arn',
          roleArn: credentials.roleArn,
          oidcProviderArn: credentials.oidcProviderArn,
          oidcTokenFilePath: credentials.oidcTokenFilePath,
          roleSessionName: credentials.roleSessionName,
        }),
      );
  }
}
