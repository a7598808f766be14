import 'reflect-metadata';
import { runPartner } from '@kassel-hub/governance';
import { municipalityManifest } from './municipality.manifest';

runPartner(municipalityManifest.subgraph, municipalityManifest.adopts);
