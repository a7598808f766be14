import { ConsoleLogWriter, JSONLogWriter, Logger, type LogWriter } from '@graphql-hive/logger';

/*
 * The runtime logs upstream failures with the subgraph request attached (its body and variables):
 * for a fan-out those are the pseudonyms asked for, for a report a cohort's whole panel. Logs are
 * read by operators, not by the data owners' audit, so such values are replaced before any writer
 * sees them. Everything else (messages, codes, paths, subgraph names, stacks) stays.
 */
const PERSON_DATA_KEYS = new Set(['body', 'variables', 'representations', 'query']);
const REDACTED = '[redacted]';

/** A copy of `value` with every PERSON_DATA_KEYS entry replaced, at any depth (errors included). */
export function redactPersonData(value: unknown, ancestors = new WeakSet<object>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  // Only a value that contains itself is cut; one shared by two branches is copied in both.
  if (ancestors.has(value)) return '[circular]';
  ancestors.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v) => redactPersonData(v, ancestors));
  else {
    const source: Record<string, unknown> =
      value instanceof Error ? { name: value.name, message: value.message, stack: value.stack, ...Object.fromEntries(Object.entries(value)) } : (value as Record<string, unknown>);
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(source)) copy[k] = PERSON_DATA_KEYS.has(k) && v != null ? REDACTED : redactPersonData(v, ancestors);
    out = copy;
  }
  ancestors.delete(value);
  return out;
}

/** Wraps a writer so that what it writes passed `redactPersonData`. */
export function redactingWriter(inner: LogWriter): LogWriter {
  return {
    write: (level, attrs, msg) => inner.write(level, redactPersonData(attrs) as typeof attrs, msg),
    flush: () => inner.flush?.(),
  };
}

export type GatewayLogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** The gateway's logger: the runtime's console format, without person data; `silent` logs nothing. */
export function gatewayLogger(level: GatewayLogLevel, format: 'text' | 'json' = 'text'): Logger {
  // Hive's Logger also reads LOG_LEVEL itself and refuses "silent"; the level comes from the validated config.
  if (process.env.LOG_LEVEL === 'silent') delete process.env.LOG_LEVEL;
  return new Logger({ level: level === 'silent' ? false : level, writers: [redactingWriter(format === 'json' ? new JSONLogWriter() : new ConsoleLogWriter())] });
}
