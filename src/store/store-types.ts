/** Types the store shares with the core's ports, re-exported so store code imports from one place. */
export type { ChannelRef, EventDeduper, InstallationVault, LeaseKeeper } from '../ports.js';
/** A `YYYY-MM-DD` day; the store accepts plain strings so rows read back need no re-branding. */
export type IsoDateLike = string;
