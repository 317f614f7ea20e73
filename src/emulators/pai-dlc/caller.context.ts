/**
 * Who is calling, for ShowOwn. The emulator ties each accepted AccessKey to one user of the dataset:
 * the i-th configured credential is user i (modulo the user count), so the default credential is
 * always the first user, and a second credential sees a different "own" list.
 */
import { parseAcs3Authorization } from '../alibaba/acs3-signature.gateway';
import type { AlibabaCredential } from '../alibaba/alibaba.gateway';
import { parseRoaV2Authorization } from '../alibaba/roa-v2-signature.gateway';
import type { EmulatorRequest } from '../shared/emulator-types';
import type { PaiDirectory } from './directory.dataset';

/** The AccessKeyId a (verified) request was signed with, or undefined. */
export function callerAccessKeyId(request: EmulatorRequest): string | undefined {
  const raw = request.headers.authorization;
  const header = Array.isArray(raw) ? raw[0] : raw;
  if (!header) return undefined;
  return (header.startsWith('acs ') ? parseRoaV2Authorization(header) : parseAcs3Authorization(header))
    ?.accessKeyId;
}

/** The user index an AccessKeyId stands for. */
export function callerUserIndex(
  directory: PaiDirectory,
  credentials: readonly AlibabaCredential[],
  accessKeyId: string | undefined,
): number {
  const position = credentials.findIndex((c) => c.accessKeyId === accessKeyId);
  return Math.max(0, position) % Math.max(1, directory.users.length);
}
