import 'reflect-metadata';
import { runSubgraph } from '@kassel-hub/kit';
import { youthWelfareManifest } from './youthwelfare.manifest';

runSubgraph(youthWelfareManifest.subgraph, youthWelfareManifest.adopts);
