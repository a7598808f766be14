import type { PartnerContext } from '@kassel-hub/governance';
import type { Loaders } from './loaders';

export type Context = PartnerContext<Loaders>;
