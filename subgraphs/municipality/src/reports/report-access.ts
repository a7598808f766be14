import { assertMayReadAggregates } from '@kassel-hub/governance';
import type { Context } from '../context';

/** Reports are the coordination office's: its analysts (and the city itself) read them. The follow-up list has its own rule (`managedSchools`). */
export const assertReports = (ctx: Context) => assertMayReadAggregates(ctx.identity, 'municipality');
