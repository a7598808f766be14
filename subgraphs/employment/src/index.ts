import 'reflect-metadata';
import { runSubgraph } from '@kassel-hub/kit';
import { employment } from './subgraph';

runSubgraph(employment);
