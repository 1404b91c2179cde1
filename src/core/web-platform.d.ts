// The one web API the core uses beyond the language: URLSearchParams (filters.ts), which browsers,
// workers and Node all provide. Declared here, with only the members the core calls, for the core's
// own type check (src/core/tsconfig.json), which has no DOM or Node types; the root project gets
// the full declaration from its DOM library and leaves this file out.

interface URLSearchParams {
  append(name: string, value: string): void
  get(name: string): string | null
  getAll(name: string): string[]
  set(name: string, value: string): void
  toString(): string
}

declare const URLSearchParams: {
  prototype: URLSearchParams
  new (init?: string[][] | Record<string, string> | string | URLSearchParams): URLSearchParams
}
