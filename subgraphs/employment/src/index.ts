import 'reflect-metadata';
import { runSubgraph } from '@kassel-hub/kit';
import { employmentManifest } from './employment.manifest';

runSubgraph(employmentManifest.subgraph, employmentManifest.adopts);
