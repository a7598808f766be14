/** A minimal structured logger, injected everywhere instead of a global `console`. */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(name: string): Logger;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
/** `text` for a terminal; `json`, one object a line, for a log collector in production. */
export type LogFormat = 'text' | 'json';
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export function createLogger(name: string, level: LogLevel = 'info', format: LogFormat = 'text'): Logger {
  const emit = (lvl: Exclude<LogLevel, 'silent'>, msg: string, fields?: Record<string, unknown>) => {
    if (order[lvl] < order[level]) return;
    const time = new Date().toISOString();
    let line: string;
    if (format === 'json') {
      // The fixed keys come last, so that no field can overwrite them.
      line = `${JSON.stringify({ ...fields, time, level: lvl, service: name, msg })}\n`;
    } else {
      const extra = fields && Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : '';
      line = `${time} ${lvl.padEnd(5)} [${name}] ${msg}${extra}\n`;
    }
    (lvl === 'error' || lvl === 'warn' ? process.stderr : process.stdout).write(line);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (child) => createLogger(`${name}:${child}`, level, format),
  };
}
