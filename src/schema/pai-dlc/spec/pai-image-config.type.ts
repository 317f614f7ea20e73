import { Field, ObjectType } from 'type-graphql';

/** `ImageConfig` without its secrets. */
@ObjectType('PaiImageConfig', {
  description:
    "The private registry a role's image is pulled from (`ImageConfig`). The registry password and auth string are never exposed.",
})
export class PaiImageConfig {
  @Field(() => String, {
    nullable: true,
    description: 'Registry host (`DockerRegistry`), e.g. `registry.cn-hangzhou.aliyuncs.com`.',
  })
  dockerRegistry!: string | null;

  @Field(() => String, { nullable: true, description: 'Registry user name (`Username`).' })
  username!: string | null;
}
