import 'reflect-metadata';
import { runSubgraph } from '@kassel-hub/kit';
import { municipalityManifest } from './municipality.manifest';

runSubgraph(municipalityManifest.subgraph, municipalityManifest.adopts);
