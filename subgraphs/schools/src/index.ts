import 'reflect-metadata';
import { runSubgraph } from '@kassel-hub/kit';
import { schools } from './subgraph';

runSubgraph(schools);
