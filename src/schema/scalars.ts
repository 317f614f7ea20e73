/**
 * The graphql-scalars this schema uses, chosen in one place (type-graphql's graphql-scalars example).
 * DateTime serializes the domain's epoch milliseconds as RFC 3339 strings.
 */
export {
  GraphQLDateTime,
  GraphQLJSONObject,
  GraphQLNonNegativeInt,
  GraphQLNonNegativeFloat,
  GraphQLPositiveInt,
  GraphQLURL,
} from 'graphql-scalars';
