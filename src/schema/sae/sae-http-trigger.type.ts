import { Field, ObjectType } from 'type-graphql';

/** An HTTP trigger: TriggerConfig `{"type":"http","config":{...}}` (EventBridge SourceHttpEventParameters). */
@ObjectType({
  description:
    'A one-time job template run by HTTP requests: TriggerConfig of type `http`, whose `config` holds the HTTP trigger rules (EventBridge SourceHttpEventParameters).',
})
export class SaeHttpTrigger {
  @Field(() => String, {
    nullable: true,
    description: 'Accepted protocol (config `type`): `HTTP`, `HTTPS` or `HTTP&HTTPS`.',
  })
  protocol!: string | null;

  @Field(() => [String], { description: 'Accepted request methods (config `method`), e.g. `GET`, `POST`.' })
  methods!: string[];

  @Field(() => [String], {
    name: 'ips',
    description:
      'Source IPs or CIDR blocks allowed to call it (config `ip`), used when securityConfig is `ip`.',
  })
  ip!: string[];

  @Field(() => [String], {
    name: 'referers',
    description: 'Referers allowed to call it (config `referer`), used when securityConfig is `referer`.',
  })
  referer!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Which check guards the trigger (config `securityConfig`): `none`, `ip` or `referer`.',
  })
  securityConfig!: string | null;
}
