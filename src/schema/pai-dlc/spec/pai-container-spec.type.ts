import { Field, ObjectType } from 'type-graphql';
import { PaiContainerResources } from './pai-container-resources.type';
import { PaiEnvVar } from './pai-env-var.type';

/** `ContainerSpec`: an init or sidecar container. */
@ObjectType('PaiContainerSpec', {
  description:
    'An init or sidecar container that runs beside the main container of each pod (`ContainerSpec`).',
})
export class PaiContainerSpec {
  @Field(() => String, { nullable: true, description: 'Container name (`Name`).' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Container image (`Image`).' })
  image!: string | null;

  @Field(() => [String], { description: 'Entry point (`Command`).' })
  command!: string[];

  @Field(() => [String], { description: 'Arguments of the entry point (`Args`).' })
  args!: string[];

  @Field(() => String, { nullable: true, description: 'Working directory (`WorkingDir`).' })
  workingDir!: string | null;

  @Field(() => [PaiEnvVar], { description: 'Environment variables (`Env`).' })
  env!: PaiEnvVar[];

  @Field(() => PaiContainerResources, {
    nullable: true,
    description: 'Resource limits and requests (`Resources`).',
  })
  resources!: PaiContainerResources | null;
}
