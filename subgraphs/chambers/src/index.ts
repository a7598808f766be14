import 'reflect-metadata';
import { runSubgraph } from '@kassel-hub/kit';
import { chambers } from './subgraph';

runSubgraph(chambers);
