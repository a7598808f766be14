import 'reflect-metadata';
import { runPartner } from '@kassel-hub/governance';
import { chambersManifest } from './chambers.manifest';

runPartner(chambersManifest.subgraph, chambersManifest.adopts);
