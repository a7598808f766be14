import type { LabourMarketFigure } from '../types';

/**
 * The official figures quoted in the seed document (Kassel, April 2014): unemployment 10.2 %
 * (SGB III 2.4 %, SGB II 7.8 %), youth unemployment 9.5 % (SGB III 2.8 %, SGB II 6.7 %).
 * These are the only real statistics in the generated world; they are copied, never generated.
 */
export const LABOUR_MARKET_2014_04: readonly LabourMarketFigure[] = [
  { period: '2014-04', indicator: 'UNEMPLOYMENT_RATE', scope: 'TOTAL', value: 10.2 },
  { period: '2014-04', indicator: 'UNEMPLOYMENT_RATE', scope: 'SGB_III', value: 2.4 },
  { period: '2014-04', indicator: 'UNEMPLOYMENT_RATE', scope: 'SGB_II', value: 7.8 },
  { period: '2014-04', indicator: 'YOUTH_UNEMPLOYMENT_RATE', scope: 'TOTAL', value: 9.5 },
  { period: '2014-04', indicator: 'YOUTH_UNEMPLOYMENT_RATE', scope: 'SGB_III', value: 2.8 },
  { period: '2014-04', indicator: 'YOUTH_UNEMPLOYMENT_RATE', scope: 'SGB_II', value: 6.7 },
];
