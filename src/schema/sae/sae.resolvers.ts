// PLACEHOLDER (being replaced in this session): the resolver classes of this provider's schema folder.
export const SAE_RESOLVERS: Function[] = [];
