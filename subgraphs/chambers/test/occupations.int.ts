import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPRENTICESHIP_OCCUPATIONS_BY_KLDB } from '@kassel-hub/reference';
import { chambers } from '../src/subgraph';
import { startTestSubgraph, type TestSubgraph } from '../../../tests/support/subgraph';
import { importReport } from '../../../tests/support/import-helpers';

const occupationsOf = `query ($chamber: Chamber) {
  occupations(chamber: $chamber) { kldb chamber recognisedOccupations { title chamber } }
}`;

describe('the occupations of a chamber, in a register without seed', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(chambers, 0.05, 'off');
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('a code under which both chambers register an occupation is listed for each chamber, a code of one chamber only for that one', async () => {
    // 24412: Metallbauer/in (Handwerkskammer, the principal one) and Konstruktionsmechaniker/in (IHK)
    expect(APPRENTICESHIP_OCCUPATIONS_BY_KLDB.get('24412')!.map((o) => [o.title, o.body])).toEqual([
      ['Metallbauer/in', 'HWK'],
      ['Konstruktionsmechaniker/in', 'IHK'],
    ]);
    const file = ['KldB;Ausbildungsberuf', '24412;Metallbauer/in', '24412;Konstruktionsmechaniker/in', '62102;Kaufmann/Kauffrau im Einzelhandel', '25212;'].join('\r\n');
    const report = await importReport(sg, 'chambers', 'occupations', Buffer.from(file, 'utf8'));
    expect(report).toMatchObject({ status: 'IMPORTED', inserted: 4, rejected: 0, errorCount: 0 });

    const codes = async (chamber: string | null) => {
      const { body } = await sg.query(occupationsOf, { chamber });
      expect(body.errors).toBeUndefined();
      return body.data.occupations as { kldb: string; chamber: string; recognisedOccupations: { title: string; chamber: string }[] }[];
    };
    const ihk = await codes('IHK');
    expect(ihk.map((o) => o.kldb)).toEqual(['24412', '62102']);
    // the code keeps its principal occupation's chamber; the IHK's occupation is among its recognised ones
    expect(ihk[0]).toMatchObject({ kldb: '24412', chamber: 'HWK' });
    expect(ihk[0]!.recognisedOccupations).toContainEqual({ title: 'Konstruktionsmechaniker/in', chamber: 'IHK' });
    expect((await codes('HWK')).map((o) => o.kldb)).toEqual(['24412', '25212']);
    expect((await codes(null)).map((o) => o.kldb)).toEqual(['24412', '25212', '62102']);
  });
});
