// PLACEHOLDER (being replaced in this session): the resolver classes of this provider's schema folder.
export const GRAVITINO_RESOLVERS: Function[] = [];
