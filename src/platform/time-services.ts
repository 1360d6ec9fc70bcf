/** The time services clock-preflight knows: what runs on the machine decides advice and resync. */
export type TimeService = 'chrony' | 'timesyncd' | 'ntpd' | 'openntpd' | 'macos' | 'windows' | 'unknown';
