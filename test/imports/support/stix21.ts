// STIX 2.1 conformance of a bundle, checked against the specification's requirements (OASIS STIX
// Version 2.1, sections 2–5 and 11) for the object types claimtrail exports. No STIX validator is
// published on npm, so the required properties, formats and vocabularies are written out here.

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}';
const IDENTIFIER = new RegExp(`^([a-z][a-z0-9-]+[a-z0-9])--${UUID}$`);
/** created and modified: RFC 3339 in UTC, millisecond precision (3.2). */
const TIMESTAMP_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** Custom property names (11.1): a-z, 0-9, underscore, 3–250 characters; claimtrail prefixes x_. */
const CUSTOM_PROPERTY = /^x_[a-z0-9_]{1,248}$/;
const RELATIONSHIP_TYPE = /^[a-z0-9-]+$/;
const OPINIONS = ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'];

// The common properties (3.2) every object may carry.
const COMMON = (
  'type spec_version id created modified created_by_ref revoked labels confidence lang external_references ' +
  'object_marking_refs granular_markings extensions'
).split(' ');

interface TypeSpec {
  required: string[];
  optional: string[];
}

const TYPES: Record<string, TypeSpec> = {
  identity: {
    required: ['name'],
    optional: ['description', 'roles', 'identity_class', 'sectors', 'contact_information'],
  },
  'intrusion-set': {
    required: ['name'],
    optional: [
      'description',
      'aliases',
      'first_seen',
      'last_seen',
      'goals',
      'resource_level',
      'primary_motivation',
      'secondary_motivations',
    ],
  },
  incident: { required: ['name'], optional: ['description', 'kill_chain_phases'] },
  relationship: {
    required: ['relationship_type', 'source_ref', 'target_ref'],
    optional: ['description', 'start_time', 'stop_time'],
  },
  note: { required: ['content', 'object_refs'], optional: ['abstract', 'authors'] },
  opinion: { required: ['opinion', 'object_refs'], optional: ['explanation', 'authors'] },
};

function checkValue(path: string, v: unknown, out: string[]): void {
  if (v === null) out.push(`${path}: null is not a STIX value`);
  else if (Array.isArray(v)) {
    if (v.length === 0) out.push(`${path}: an empty list must be left out`);
    v.forEach((x, i) => checkValue(`${path}[${i}]`, x, out));
  } else if (typeof v === 'object') {
    for (const [k, x] of Object.entries(v as object)) checkValue(`${path}.${k}`, x, out);
  }
}

function checkRefs(path: string, key: string, v: unknown, out: string[], refs: Array<[string, string]>): void {
  if (key.endsWith('_ref')) {
    if (typeof v !== 'string' || !IDENTIFIER.test(v)) out.push(`${path}: not an identifier`);
    else refs.push([path, v]);
  } else if (key.endsWith('_refs')) {
    if (!Array.isArray(v) || !v.length) out.push(`${path}: must be a non-empty list of identifiers`);
    else v.forEach((x, i) => checkRefs(`${path}[${i}]`, '_ref', x, out, refs));
  }
}

/** Problems of one object (empty when it conforms); references are collected for the bundle check. */
export function checkStixObject(o: Record<string, unknown>, refs: Array<[string, string]> = []): string[] {
  const out: string[] = [];
  const id = typeof o.id === 'string' ? o.id : '(no id)';
  const p = (prop: string) => `${id}.${prop}`;
  const spec = TYPES[o.type as string];
  if (!spec) return [`${id}: type ${String(o.type)} is not one claimtrail exports`];
  for (const prop of ['type', 'spec_version', 'id', 'created', 'modified', ...spec.required])
    if (!(prop in o)) out.push(`${p(prop)}: required`);
  if (o.spec_version !== '2.1') out.push(`${p('spec_version')}: must be "2.1"`);
  const m = typeof o.id === 'string' ? IDENTIFIER.exec(o.id) : null;
  if (!m) out.push(`${p('id')}: not an identifier (type--UUID)`);
  else if (m[1] !== o.type) out.push(`${p('id')}: prefix must be the object's type`);
  for (const prop of ['created', 'modified'])
    if (typeof o[prop] !== 'string' || !TIMESTAMP_MS.test(o[prop] as string))
      out.push(`${p(prop)}: not a millisecond UTC timestamp`);
  if (typeof o.created === 'string' && typeof o.modified === 'string' && o.modified < o.created)
    out.push(`${p('modified')}: before created`);
  if (
    'confidence' in o &&
    (!Number.isInteger(o.confidence) || (o.confidence as number) < 0 || (o.confidence as number) > 100)
  )
    out.push(`${p('confidence')}: an integer 0–100`);
  if ('revoked' in o && typeof o.revoked !== 'boolean') out.push(`${p('revoked')}: boolean`);
  if ('external_references' in o) {
    for (const [i, r] of ((o.external_references as Array<Record<string, unknown>>) ?? []).entries()) {
      if (typeof r.source_name !== 'string') out.push(`${p(`external_references[${i}].source_name`)}: required`);
      if (!('description' in r || 'url' in r || 'external_id' in r))
        out.push(`${p(`external_references[${i}]`)}: needs description, url or external_id`);
    }
  }
  for (const [k, v] of Object.entries(o)) {
    if (!COMMON.includes(k) && !spec.required.includes(k) && !spec.optional.includes(k) && !CUSTOM_PROPERTY.test(k))
      out.push(`${p(k)}: neither a ${String(o.type)} property nor a custom property name`);
    checkValue(p(k), v, out);
    checkRefs(p(k), k, v, out, refs);
  }
  for (const prop of ['name', 'description', 'content', 'abstract', 'explanation'] as const) {
    if (prop in o && typeof o[prop] !== 'string') out.push(`${p(prop)}: string`);
  }
  if (
    o.type === 'intrusion-set' &&
    'aliases' in o &&
    !(Array.isArray(o.aliases) && o.aliases.every((a) => typeof a === 'string'))
  )
    out.push(`${p('aliases')}: list of strings`);
  if (
    o.type === 'relationship' &&
    (typeof o.relationship_type !== 'string' || !RELATIONSHIP_TYPE.test(o.relationship_type))
  )
    out.push(`${p('relationship_type')}: lower-case words joined by hyphens`);
  if (o.type === 'opinion' && !OPINIONS.includes(o.opinion as string))
    out.push(`${p('opinion')}: one of ${OPINIONS.join(', ')}`);
  for (const t of ['start_time', 'stop_time', 'first_seen', 'last_seen'])
    if (t in o && !TIMESTAMP.test(String(o[t]))) out.push(`${p(t)}: timestamp`);
  return out;
}

/** Problems of a whole bundle: each object, unique ids, and every reference resolving inside it. */
export function checkStixBundle(bundle: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (bundle.type !== 'bundle') out.push('bundle.type must be "bundle"');
  if (typeof bundle.id !== 'string' || !new RegExp(`^bundle--${UUID}$`).test(bundle.id))
    out.push('bundle.id must be bundle--UUID');
  if ('spec_version' in bundle) out.push('a STIX 2.1 bundle has no spec_version');
  for (const k of Object.keys(bundle))
    if (!['type', 'id', 'objects'].includes(k)) out.push(`bundle.${k}: not a bundle property`);
  const objects = (bundle.objects ?? []) as Array<Record<string, unknown>>;
  if ('objects' in bundle && (!Array.isArray(bundle.objects) || !objects.length))
    out.push('bundle.objects must be a non-empty list when present');
  const refs: Array<[string, string]> = [];
  const ids = new Set<string>();
  for (const o of objects) {
    out.push(...checkStixObject(o, refs));
    const key = `${String(o.id)}@${String(o.modified)}`;
    if (ids.has(key)) out.push(`${String(o.id)}: twice in the bundle with the same modified`);
    ids.add(key);
  }
  const present = new Set(objects.map((o) => o.id as string));
  for (const [path, ref] of refs) if (!present.has(ref)) out.push(`${path}: ${ref} is not in the bundle`);
  return out;
}
