import 'reflect-metadata';
import { runPartner } from '@kassel-hub/governance';
import { employmentManifest } from './employment.manifest';

runPartner(employmentManifest.subgraph, employmentManifest.adopts);
