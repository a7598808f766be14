import { describe, expect, it } from 'vitest';
import { grantRuntimeAccess } from './postgres';

describe('grantRuntimeAccess', () => {
  it('refuses an extension naming a table or function that is not a plain SQL name, before any statement runs', async () => {
    const sent: string[] = [];
    const query = async (sql: string) => void sent.push(sql);
    await expect(grantRuntimeAccess(query, 'schools', [{ name: 'x', access: { appendOnly: ['audit_entry; drop table x'] } }])).rejects.toThrow(/unsafe SQL identifier/);
    await expect(grantRuntimeAccess(query, 'schools', [{ name: 'x', access: { execute: ["f(') to public; --)"] } }])).rejects.toThrow(/unsafe SQL function signature/);
    expect(sent).toEqual([]);
  });
});
