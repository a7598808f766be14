import 'reflect-metadata';
import { runSubgraph } from '@kassel-hub/kit';
import { youthWelfare } from './subgraph';

runSubgraph(youthWelfare);
