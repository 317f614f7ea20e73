import { Field, ObjectType } from 'type-graphql';
import { PaiDataJuicerResourceLimit } from './pai-data-juicer-resource-limit.type';

/** `DataJuicerConfig`. */
@ObjectType('PaiDataJuicerConfig', {
  description: 'Settings of a Data-Juicer (data processing) job (`DataJuicerConfig`).',
})
export class PaiDataJuicerConfig {
  @Field(() => String, {
    nullable: true,
    description: 'How the job is given (`CommandType`): `shell` or `config`.',
  })
  commandType!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How it runs (`ExecutionMode`): `standalone` or `distributed`.',
  })
  executionMode!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether PAI estimates the resources it needs (`EnableResourceEstimation`).',
  })
  enableResourceEstimation!: boolean | null;

  @Field(() => PaiDataJuicerResourceLimit, {
    nullable: true,
    description: 'Resource ceiling (`ResourceLimit`).',
  })
  resourceLimit!: PaiDataJuicerResourceLimit | null;
}
