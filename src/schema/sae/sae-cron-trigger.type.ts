import { Field, ObjectType } from 'type-graphql';

/** A scheduled trigger: TriggerConfig `{"type":"time","config":"<cron>","timezone":"GMT+8:00"}`. */
@ObjectType({
  description:
    'A scheduled job template: TriggerConfig of type `time`, which runs the template on a cron schedule.',
})
export class SaeCronTrigger {
  @Field(() => String, { description: 'The cron expression (TriggerConfig `config`), e.g. `0 1 */1 * ?`.' })
  cron!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The time zone the cron expression is read in (TriggerConfig `timezone`), as SAE spells it, e.g. `GMT+8:00`.',
  })
  timezone!: string | null;
}
