import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.type';
import { PaiJob } from './pai-job.type';

/** A page of PAI-DLC jobs. */
@ObjectType('PaiJobConnection', { description: 'A page of PAI-DLC jobs (Relay connection).' })
export class PaiJobConnection extends ConnectionType(PaiJob, 'PaiJob') {}
