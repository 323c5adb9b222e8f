/** One embed colour per kind of answer, so a glance tells them apart. */
export const COLOURS = {
  search: 0x3b82f6,
  ask: 0x6366f1,
  whoSaid: 0xf59e0b,
  person: 0xf97316,
  quotes: 0x10b981,
  timeline: 0x8b5cf6,
  articles: 0x64748b,
  reloaded: 0x22c55e,
  notReloaded: 0xeab308,
  help: 0x94a3b8,
  story: 0x0ea5e9,
  error: 0xef4444,
} as const;
