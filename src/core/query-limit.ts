/**
 * The longest query searched, in UTF-16 code units after normalisation; a longer one is cut
 * there (`CompiledQuery.isTruncated`), so the work per query stays bounded (PRODUCT §7 safety).
 * The search box takes no more, so what it shows is what is searched.
 */
export const MAX_QUERY_LENGTH = 200
