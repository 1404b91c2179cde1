/** Files larger than this are refused before they are read (PRODUCT §7 safety). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024

/** A parse that takes longer than this is stopped, so a hostile file cannot hold the tab. */
export const PARSE_TIMEOUT_MS = 30_000

/** A `?src=` address that has not sent the whole file by then is given up on (PRODUCT §7). */
export const REMOTE_TIMEOUT_MS = 30_000

/** A browser store that has not opened by then is taken as one that will not keep the file. */
export const STORE_OPEN_TIMEOUT_MS = 3_000

/** Writing a file of up to 25 MB; a write still running by then is abandoned, not reported kept. */
export const STORE_WRITE_TIMEOUT_MS = 15_000

/** Addresses in messages are cut to this many characters: errors never repeat the input. */
export const MAX_SHOWN_ADDRESS = 80

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`
}

/** An address as a message shows it: whole when short, else its start and an ellipsis. */
export function shortAddress(address: string): string {
  return address.length <= MAX_SHOWN_ADDRESS
    ? address
    : `${address.slice(0, MAX_SHOWN_ADDRESS - 1)}…`
}
