import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * Renders a kustomization as `kubectl kustomize` does, for the subset of kustomize the hub's
 * manifests use: resources (files and folders), namespace, images, and ConfigMap and Secret
 * generators without name hashes. CI machines need not have kubectl, and the test must see what a
 * cluster would get. Anything else in a kustomization.yaml is refused rather than ignored, so that
 * a manifest never passes the test because the renderer skipped a part of it.
 */

export interface Metadata {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: Metadata;
  [field: string]: unknown;
}

interface ImageRule {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

interface GeneratorOptions {
  disableNameSuffixHash?: boolean;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

interface Generator {
  name: string;
  namespace?: string;
  behavior?: string;
  type?: string;
  literals?: string[];
  files?: string[];
  envs?: string[];
  options?: GeneratorOptions;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  resources?: string[];
  namespace?: string;
  images?: ImageRule[];
  generatorOptions?: GeneratorOptions;
  configMapGenerator?: Generator[];
  secretGenerator?: Generator[];
}

const SUPPORTED_FIELDS = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'generatorOptions', 'configMapGenerator', 'secretGenerator']);

/** Kinds without a namespace among those the hub could use; the namespace field leaves them alone. */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PersistentVolume', 'StorageClass', 'PriorityClass']);

/** YAML 1.1, as kubectl reads it: `0440` is an octal file mode there, not four hundred and forty. */
export function parseYamlDocuments(text: string, source: string): K8sObject[] {
  return parseAllDocuments(text, { version: '1.1' }).flatMap((doc) => {
    if (doc.errors.length) throw new Error(`${source}: ${doc.errors.map((e) => e.message).join('; ')}`);
    const value = doc.toJS() as K8sObject | null;
    return value === null ? [] : [value];
  });
}

/** The objects `kubectl kustomize <dir>` prints for `dir` (order aside). */
export function renderKustomization(dir: string): K8sObject[] {
  const [k] = parseYamlDocuments(readFileSync(join(dir, 'kustomization.yaml'), 'utf8'), join(dir, 'kustomization.yaml')) as unknown as [Kustomization];
  const unsupported = Object.keys(k).filter((f) => !SUPPORTED_FIELDS.has(f));
  if (unsupported.length) throw new Error(`${dir}/kustomization.yaml: not supported by this renderer: ${unsupported.join(', ')}`);

  const objects: K8sObject[] = [];
  for (const entry of k.resources ?? []) {
    const path = join(dir, entry);
    objects.push(...(statSync(path).isDirectory() ? renderKustomization(path) : parseYamlDocuments(readFileSync(path, 'utf8'), path)));
  }
  for (const g of k.configMapGenerator ?? []) objects.push(generate('ConfigMap', g, k.generatorOptions, dir));
  for (const g of k.secretGenerator ?? []) objects.push(generate('Secret', g, k.generatorOptions, dir));

  for (const o of objects) {
    if (k.namespace && !CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = k.namespace;
    for (const rule of k.images ?? []) setImages(o, rule);
  }
  const seen = new Set<string>();
  for (const o of objects) {
    const id = objectId(o);
    if (seen.has(id)) throw new Error(`${dir}: ${id} is defined twice`);
    seen.add(id);
  }
  return objects;
}

export function objectId(o: K8sObject): string {
  return `${o.kind} ${o.metadata.namespace ?? '(cluster)'}/${o.metadata.name}`;
}

function generate(kind: 'ConfigMap' | 'Secret', g: Generator, shared: GeneratorOptions | undefined, dir: string): K8sObject {
  const options = { ...shared, ...g.options, labels: { ...shared?.labels, ...g.options?.labels }, annotations: { ...shared?.annotations, ...g.options?.annotations } };
  // A hashed name would have to be rewritten wherever the object is named, in kinds this renderer
  // does not know (the CloudNativePG Cluster); the hub's overlay turns hashes off.
  if (!options.disableNameSuffixHash) throw new Error(`${dir}: ${kind} ${g.name}: name hashes are not supported, set disableNameSuffixHash`);
  if (g.behavior && g.behavior !== 'create') throw new Error(`${dir}: ${kind} ${g.name}: behavior ${g.behavior} is not supported`);

  const entries: [string, string][] = [];
  for (const literal of g.literals ?? []) entries.push(splitPair(literal, `${dir}: ${g.name}`));
  for (const file of g.files ?? []) {
    const [key, path] = file.includes('=') ? splitPair(file, `${dir}: ${g.name}`) : [basename(file), file];
    entries.push([key, readFileSync(join(dir, path), 'utf8')]);
  }
  for (const envFile of g.envs ?? []) {
    for (const line of readFileSync(join(dir, envFile), 'utf8').split(/\r?\n/)) {
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      entries.push(splitPair(line, `${dir}/${envFile}`));
    }
  }
  const keys = entries.map(([key]) => key);
  const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
  if (twice.length) throw new Error(`${dir}: ${kind} ${g.name}: key ${twice.join(', ')} given twice`);

  const metadata: Metadata = { name: g.name };
  if (g.namespace) metadata.namespace = g.namespace;
  if (Object.keys(options.labels).length) metadata.labels = options.labels;
  if (Object.keys(options.annotations).length) metadata.annotations = options.annotations;
  if (kind === 'ConfigMap') return { apiVersion: 'v1', kind, metadata, data: Object.fromEntries(entries) };
  return {
    apiVersion: 'v1',
    kind,
    metadata,
    type: g.type ?? 'Opaque',
    data: Object.fromEntries(entries.map(([key, value]) => [key, Buffer.from(value, 'utf8').toString('base64')])),
  };
}

function splitPair(text: string, where: string): [string, string] {
  const at = text.indexOf('=');
  if (at <= 0) throw new Error(`${where}: "${text}" is not KEY=VALUE`);
  return [text.slice(0, at), text.slice(at + 1)];
}

/** Every `containers` and `initContainers` list anywhere in the object, as kustomize's images field does. */
function setImages(node: unknown, rule: ImageRule): void {
  if (Array.isArray(node)) {
    for (const item of node) setImages(item, rule);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      for (const container of value as { image?: string }[]) {
        if (typeof container.image === 'string') container.image = rewriteImage(container.image, rule);
      }
    }
    setImages(value, rule);
  }
}

/** Splits `name[:tag][@digest]`; a colon before the last slash belongs to a registry's port. */
export function parseImage(image: string): { name: string; tag?: string; digest?: string } {
  const [rest, digest] = image.split('@') as [string, string | undefined];
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > rest.lastIndexOf('/');
  return {
    name: hasTag ? rest.slice(0, colon) : rest,
    ...(hasTag ? { tag: rest.slice(colon + 1) } : {}),
    ...(digest ? { digest } : {}),
  };
}

function rewriteImage(image: string, rule: ImageRule): string {
  const parsed = parseImage(image);
  if (parsed.name !== rule.name) return image;
  const name = rule.newName ?? parsed.name;
  if (rule.digest) return `${name}@${rule.digest}`;
  if (rule.newTag) return `${name}:${rule.newTag}`;
  return `${name}${parsed.tag ? `:${parsed.tag}` : ''}${parsed.digest ? `@${parsed.digest}` : ''}`;
}
