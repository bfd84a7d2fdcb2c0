// SPDX-License-Identifier: EUPL-1.2
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisionVersionSummary } from '../../shared/apiMeeting.js';

const api = vi.hoisted(() => ({ listVersions: vi.fn(), createVersion: vi.fn(), fetchVersion: vi.fn() }));
vi.mock('../api/meetingApi.js', () => api);

const { useVersionStore } = await import('./versionStore.js');

const version = (number: number): VisionVersionSummary => ({ number, label: `v${number}`, createdAt: '2026-01-01T00:00:00.000Z' } as VisionVersionSummary);

describe('the versions store', () => {
  beforeEach(() => {
    useVersionStore.setState({ workshopId: null, versions: null, error: null });
    api.listVersions.mockReset();
    api.createVersion.mockReset();
  });

  it('loads the list of a workshop', async () => {
    api.listVersions.mockResolvedValue([version(1)]);
    await useVersionStore.getState().load('w1');
    expect(useVersionStore.getState()).toMatchObject({ workshopId: 'w1', versions: [version(1)], error: null });
  });

  it('keeps why the list could not be loaded', async () => {
    const failure = new Error('offline');
    api.listVersions.mockRejectedValue(failure);
    await useVersionStore.getState().load('w1');
    expect(useVersionStore.getState()).toMatchObject({ versions: null, error: failure });
  });

  it('adds a frozen version to the list, in number order', async () => {
    api.listVersions.mockResolvedValue([version(2)]);
    await useVersionStore.getState().load('w1');
    api.createVersion.mockResolvedValue(version(1));
    await useVersionStore.getState().freeze('w1', 'v1');
    expect(useVersionStore.getState().versions?.map((v) => v.number)).toEqual([1, 2]);
    expect(api.createVersion).toHaveBeenCalledWith('w1', 'v1');
  });

  it('throws a failed freeze to the form that asked and leaves the list alone', async () => {
    api.listVersions.mockResolvedValue([version(1)]);
    await useVersionStore.getState().load('w1');
    api.createVersion.mockRejectedValue(new Error('refused'));
    await expect(useVersionStore.getState().freeze('w1', 'v2')).rejects.toThrow('refused');
    expect(useVersionStore.getState().versions).toEqual([version(1)]);
  });

  it('forgets the list of another workshop when loading a new one', async () => {
    api.listVersions.mockResolvedValueOnce([version(1)]);
    await useVersionStore.getState().load('w1');
    let answer: (list: VisionVersionSummary[]) => void = () => undefined;
    api.listVersions.mockReturnValueOnce(new Promise((resolve) => { answer = resolve; }));
    const loading = useVersionStore.getState().load('w2');
    expect(useVersionStore.getState()).toMatchObject({ workshopId: 'w2', versions: null });
    answer([]);
    await loading;
    expect(useVersionStore.getState().versions).toEqual([]);
  });
});
