import 'reflect-metadata';
import { runSubgraph } from '@kassel-hub/kit';
import { chambersManifest } from './chambers.manifest';

runSubgraph(chambersManifest.subgraph, chambersManifest.adopts);
