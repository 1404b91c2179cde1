/** Files larger than this are refused before they are read (PRODUCT §7 safety). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024

/** A parse that takes longer than this is stopped, so a hostile file cannot hold the tab. */
export const PARSE_TIMEOUT_MS = 30_000

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`
}
