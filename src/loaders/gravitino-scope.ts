import type { ConfiguredGravitino } from '../domain/configured-instance';
import { BadUserInputError } from '../errors/bad-user-input.error';
import { notConfiguredInstance } from '../errors/not-configured-instance';

/** One configured metalake of one configured Gravitino instance: the only place jobgraph reads from. */
export interface GravitinoMetalakeScope {
  readonly instanceId: string;
  readonly metalake: string;
}

/**
 * The instance serving a metalake a client named. Only metalakes listed in an instance's config may
 * be read (a gateway must not become a way to browse every metalake of a shared server); without
 * `instanceId`, the first instance in config order that lists the metalake serves it.
 */
export function resolveGravitinoMetalake<G extends ConfiguredGravitino>(
  instances: readonly G[],
  metalake: string,
  instanceId: string | null | undefined,
): G {
  if (instanceId != null) {
    const instance = instances.find((candidate) => candidate.id === instanceId);
    if (!instance) throw notConfiguredInstance('GRAVITINO', instanceId, 'instance');
    if (!instance.metalakes.includes(metalake)) {
      throw new BadUserInputError(
        `Metalake "${metalake}" is not configured on Gravitino instance "${instanceId}".`,
        {
          argument: 'metalake',
        },
      );
    }
    return instance;
  }
  const instance = instances.find((candidate) => candidate.metalakes.includes(metalake));
  if (!instance) {
    throw new BadUserInputError(`Metalake "${metalake}" is not configured on any Gravitino instance.`, {
      argument: 'metalake',
    });
  }
  return instance;
}

/**
 * The instance of a scope that came from a global id or a loader key. Ids are not signed, so an
 * id naming an unconfigured instance or metalake is refused like any id that is not ours.
 */
export function requireGravitinoScope<G extends ConfiguredGravitino>(
  instances: readonly G[],
  scope: GravitinoMetalakeScope,
): G {
  const instance = instances.find((candidate) => candidate.id === scope.instanceId);
  if (!instance || !instance.metalakes.includes(scope.metalake)) {
    throw new BadUserInputError(
      `Gravitino metalake "${scope.metalake}" of instance "${scope.instanceId}" is not configured: not a jobgraph id.`,
      {
        argument: 'id',
      },
    );
  }
  return instance;
}
