import { z } from 'zod';
import { secretRefSchema } from './secret';

/**
 * Where an Alibaba instance gets its AccessKey, one-to-one with @alicloud/credentials types.
 * `default` is the SDK's own chain: ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET, the profile file
 * (~/.alibabacloud/credentials.ini or ~/.aliyun/config.json), the ECS RAM role, OIDC (RRSA).
 */
export const alibabaCredentialsSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('default') }).strict(),
  z
    .object({ type: z.literal('access_key'), accessKeyId: secretRefSchema, accessKeySecret: secretRefSchema })
    .strict(),
  z
    .object({
      type: z.literal('sts'),
      accessKeyId: secretRefSchema,
      accessKeySecret: secretRefSchema,
      securityToken: secretRefSchema,
    })
    .strict(),
  z.object({ type: z.literal('profile'), profile: z.string().min(1).optional() }).strict(),
  z
    .object({
      type: z.literal('ram_role_arn'),
      accessKeyId: secretRefSchema,
      accessKeySecret: secretRefSchema,
      roleArn: z.string().min(1),
      roleSessionName: z.string().min(1).default('jobgraph'),
    })
    .strict(),
  z.object({ type: z.literal('ecs_ram_role'), roleName: z.string().min(1).optional() }).strict(),
  z
    .object({
      type: z.literal('oidc_role_arn'),
      roleArn: z.string().min(1),
      oidcProviderArn: z.string().min(1),
      oidcTokenFilePath: z.string().min(1),
      roleSessionName: z.string().min(1).default('jobgraph'),
    })
    .strict(),
]);

/** Parsed credentials config (secrets still as env references). */
export type AlibabaCredentialsConfig = z.infer<typeof alibabaCredentialsSchema>;
