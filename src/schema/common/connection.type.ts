import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Connection } from '../../pagination/connection';
import { PageInfo } from './page-info.type';

/** What a connection resolver returns: the page plus `nodes`, and a total that may be computed lazily. */
export interface ConnectionResult<T> {
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly nodes: readonly T[];
  readonly pageInfo: Connection<T>['pageInfo'];
  /** A value, or a thunk graphql-js calls only when the client asks for totalCount. */
  readonly totalCount: number | null | (() => Promise<number | null>);
}

/** Adds `nodes` (GitHub's shortcut) to a page; `totalCount` may be replaced by a lazy thunk. */
export function toConnectionResult<T>(
  page: Connection<T>,
  totalCount?: () => Promise<number | null>,
): ConnectionResult<T> {
  return {
    edges: page.edges,
    nodes: page.edges.map((edge) => edge.node),
    pageInfo: page.pageInfo,
    totalCount: totalCount ?? page.totalCount,
  };
}

/**
 * The generic Relay connection (type-graphql's generic-types example): `edges { cursor node }`,
 * `nodes`, `pageInfo` and `totalCount`. Edge nodes are nullable so that one item failing to
 * resolve nulls that item, not the page.
 */
export function ConnectionType<T extends object>(
  nodeType: ClassType<T> | (abstract new () => T),
  name: string,
) {
  // Interfaces (Job) are abstract classes; type-graphql takes them like any other class.
  const nodeClass = nodeType as ClassType<T>;
  @ObjectType(`${name}Edge`, {
    description: `One ${name} and the cursor that resumes the list right after it.`,
  })
  class EdgeType {
    @Field(() => String, {
      description: 'Opaque cursor: pass it as `after` (or `before`) to continue from this edge.',
    })
    cursor!: string;

    @Field(() => nodeClass, {
      nullable: true,
      description: `The ${name}; null only when it failed to resolve (see errors).`,
    })
    node!: T;
  }

  // Abstract and never returned itself: only its named subclasses reach the schema.
  @ObjectType()
  abstract class ConnectionBase {
    @Field(() => [EdgeType], { description: 'The page, one edge per item.' })
    edges!: EdgeType[];

    @Field(() => [nodeClass], { nullable: 'items', description: 'The page without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, {
      description: 'Cursors of the first and last edge, and whether more items lie beyond them.',
    })
    pageInfo!: PageInfo;

    // `simple`: graphql-js's default resolver, which calls a function-valued property, so the lazy
    // totalCount thunk of toConnectionResult runs only when a client selects the field.
    @Field(() => Int, {
      nullable: true,
      simple: true,
      description: 'Items in the whole list, when the provider reports it.',
    })
    totalCount!: number | null;
  }
  return ConnectionBase;
}
