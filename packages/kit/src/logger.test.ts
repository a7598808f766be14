import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from './logger';

describe('the subgraph logger', () => {
  afterEach(() => vi.restoreAllMocks());

  it('in json, writes one object a line with time, level, service, message and the fields, which cannot overwrite those', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    createLogger('schools', 'info', 'json').child('orm').info('listening', { requestId: 'r-1', level: 'fake', msg: 'fake' });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 'info', service: 'schools:orm', msg: 'listening', requestId: 'r-1' });
    expect(new Date(entry.time).toISOString()).toBe(entry.time);
  });

  it('in text, writes the readable line, and nothing below its level', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
    const log = createLogger('schools', 'info');
    log.debug('hidden');
    log.info('shown');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\S+Z info  \[schools\] shown\n$/);
  });
});
