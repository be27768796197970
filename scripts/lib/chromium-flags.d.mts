// Types of scripts/lib/chromium-flags.mjs (plain JS so that scripts/kiosk.sh runs it on Node without a build).
export const COMMON_FLAGS: readonly string[];
export const KIOSK_ONLY_FLAGS: readonly string[];
export const KIOSK_FLAGS: readonly string[];
