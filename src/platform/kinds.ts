/**
 * The names of the machine facts other layers speak of. A leaf: it imports nothing, so the resync
 * strategies can name them without depending on the platform modules that hold their table.
 */
export type TimeService = 'chrony' | 'timesyncd' | 'ntpd' | 'openntpd' | 'macos' | 'windows' | 'unknown';

export type RunnerType = 'github-hosted' | 'self-hosted' | 'not-github';
