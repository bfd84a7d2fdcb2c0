// SPDX-License-Identifier: EUPL-1.2
/**
 * The Helm chart's values.yaml is valid against its values.schema.json, and the schema refuses the
 * mistakes an IT department could make (a typo'd key, zero replicas, a link lifetime of years, a
 * too-short shared secret).
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

const chart = (file: string) => fs.readFileSync(new URL(`../../deploy/helm/stip/${file}`, import.meta.url), 'utf8');
const values = parse(chart('values.yaml')) as Record<string, any>;
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(chart('values.schema.json')));
const withChange = (change: (v: Record<string, any>) => void) => {
  const copy = structuredClone(values);
  change(copy);
  return copy;
};

describe('Helm chart values', () => {
  it('values.yaml is valid against values.schema.json', () => {
    const ok = validate(values);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each([
    ['an unknown top-level key', (v: Record<string, any>) => { v.replicas = 3; }],
    ['zero replicas', (v: Record<string, any>) => { v.replicaCount = 0; }],
    ['a public URL without scheme', (v: Record<string, any>) => { v.publicUrl = 'stip.example.nl'; }],
    ['join links valid for years', (v: Record<string, any>) => { v.config.linkDays = 3650; }],
    ['a short shared secret', (v: Record<string, any>) => { v.secret.value = 'geheim'; }],
    ['an extra variable that is not STIP_', (v: Record<string, any>) => { v.config.extraEnv = { NODE_OPTIONS: '--inspect' }; }],
    ['a service type that does not exist', (v: Record<string, any>) => { v.service.type = 'Public'; }],
    ['a memory limit without unit syntax', (v: Record<string, any>) => { v.resources.limits.memory = 'veel'; }],
  ])('refuses %s', (_name, change) => {
    expect(validate(withChange(change))).toBe(false);
  });

  it('has every object Kubernetes needs for a deployment a municipality can run', () => {
    const templates = fs.readdirSync(new URL('../../deploy/helm/stip/templates/', import.meta.url));
    for (const file of ['deployment.yaml', 'service.yaml', 'ingress.yaml', 'configmap.yaml', 'secret.yaml', 'pdb.yaml', 'networkpolicy.yaml']) expect(templates).toContain(file);
    const deployment = chart('templates/deployment.yaml');
    expect(deployment).toContain('readOnlyRootFilesystem: true');
    expect(deployment).toContain('runAsNonRoot: true');
    expect(deployment).toMatch(/livenessProbe:[\s\S]*\/livez/);
    expect(deployment).toMatch(/readinessProbe:[\s\S]*\/readyz/);
    expect(deployment).toContain('dist/server/index.mjs');
  });
});
