import 'reflect-metadata';
import { runPartner } from '@kassel-hub/governance';
import { youthWelfareManifest } from './youthwelfare.manifest';

runPartner(youthWelfareManifest.subgraph, youthWelfareManifest.adopts);
