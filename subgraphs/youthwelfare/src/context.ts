import type { SubgraphContext } from '@kassel-hub/kit';
import type { Loaders } from './loaders';

export type Context = SubgraphContext<Loaders>;
