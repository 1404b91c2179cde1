import { QueryClient } from '@tanstack/react-query'

// One client for the page's lifetime (STYLE §3).
export const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
})
