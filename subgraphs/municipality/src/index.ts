import 'reflect-metadata';
import { runSubgraph } from '@kassel-hub/kit';
import { municipality } from './subgraph';

runSubgraph(municipality);
