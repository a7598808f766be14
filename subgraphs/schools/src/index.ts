import 'reflect-metadata';
import { runPartner } from '@kassel-hub/governance';
import { schoolsManifest } from './schools.manifest';

runPartner(schoolsManifest.subgraph, schoolsManifest.adopts);
