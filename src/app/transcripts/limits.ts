/** Files larger than this are refused before they are read (PRODUCT §7 safety). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024

/** A parse that takes longer than this is stopped, so a hostile file cannot hold the tab. */
export const PARSE_TIMEOUT_MS = 30_000

/** A browser store that has not opened by then is taken as one that will not keep the file. */
export const STORE_OPEN_TIMEOUT_MS = 3_000

/** Writing a file of up to 25 MB; a write still running by then is abandoned, not reported kept. */
export const STORE_WRITE_TIMEOUT_MS = 15_000

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`
}
