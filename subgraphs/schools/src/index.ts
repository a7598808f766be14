import 'reflect-metadata';
import { runSubgraph } from '@kassel-hub/kit';
import { schoolsManifest } from './schools.manifest';

runSubgraph(schoolsManifest.subgraph, schoolsManifest.adopts);
