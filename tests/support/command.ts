import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  /** stdout and stderr, interleaved as they arrived. */
  out: string;
}

/**
 * Runs a built script with this test run's Node.js, as an operator or a scheduler would: exactly the
 * environment given (plus PATH), no standard input. Resolves with the exit code and the output.
 */
export function runNode(script: string, args: string[], env: Record<string, string>, opts: { cwd?: string } = {}): Promise<CommandResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: opts.cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('exit', (code) => done({ code, out }));
  });
}
