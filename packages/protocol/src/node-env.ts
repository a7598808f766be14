/**
 * Whether `NODE_ENV` names production. Compared without case and surrounding blanks: a deployment
 * that writes `Production` must get production's refusals (dev keys, introspection, error details),
 * not silently the development defaults. Every reader of NODE_ENV goes through here.
 */
export const isProductionEnv = (nodeEnv: string | undefined): boolean => nodeEnv?.trim().toLowerCase() === 'production';

/** Whether a database URL names PostgreSQL (the only database the hub's services talk to). */
export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);
