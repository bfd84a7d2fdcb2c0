// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../shared/api/routes.js';
import type { ApiRoute } from '../../shared/api/routeContract.js';
import { auditRowsOf, type AuditPhase, type RouteOutcome } from './routeAudit.js';

const W = 'AbCdEfGhIjKl';
const rows = (phase: AuditPhase, route: ApiRoute, rest: Partial<RouteOutcome> = {}) =>
  auditRowsOf(phase, { route, params: { id: W }, actor: null, body: {}, ...rest }).map((r) => [r.action, r.objectId]);

describe('the audit rows of a route, from the contract', () => {
  it('records a participant change as participant.update, group.move, or both', () => {
    const route = API_ROUTES.updateParticipant;
    const params = { id: W, pid: 'p1' };
    expect(rows('ok', route, { params, body: { name: 'Anna' } })).toEqual([['participant.update', 'p1']]);
    expect(rows('ok', route, { params, body: { group: 2 } })).toEqual([['group.move', 'p1']]);
    expect(rows('ok', route, { params, body: { email: null, group: 2 } })).toEqual([['participant.update', 'p1'], ['group.move', 'p1']]);
    expect(rows('ok', route, { params, body: {} })).toEqual([['participant.update', 'p1']]);
    expect(rows('refused', route, { params, body: 'not an object' })).toEqual([['participant.update', 'p1']]);
  });

  it('takes the workshop and the object of a created thing from the answer', () => {
    const created = auditRowsOf('ok', { route: API_ROUTES.createWorkshop, params: {}, actor: null, body: {}, answer: { id: W } });
    expect(created).toEqual([{ workshopId: W, action: 'workshop.create', objectType: 'workshop', objectId: W }]);
    expect(auditRowsOf('refused', { route: API_ROUTES.createWorkshop, params: {}, actor: null, body: {} })).toEqual([]);
    expect(rows('ok', API_ROUTES.addParticipant, { answer: { id: 'p9' } })).toEqual([['participant.add', 'p9']]);
    expect(rows('ok', API_ROUTES.createVersion, { answer: { number: 2 } })).toEqual([['version.create', '2']]);
  });

  it('records a workshop delete only when refused, and the export as soon as access is granted', () => {
    expect(rows('ok', API_ROUTES.deleteWorkshop)).toEqual([]);
    expect(rows('refused', API_ROUTES.deleteWorkshop)).toEqual([['workshop.delete', W]]);
    expect(rows('granted', API_ROUTES.exportWorkshop)).toEqual([['workshop.export', W]]);
    expect(rows('ok', API_ROUTES.exportWorkshop)).toEqual([]);
  });

  it('records the meeting routes on success only, with what the handler noted', () => {
    expect(rows('ok', API_ROUTES.updateLive, { notes: { liveChanges: 'step=write', autoRevealed: false } })).toEqual([['live.update', 'step=write']]);
    expect(rows('ok', API_ROUTES.updateLive, { notes: { liveChanges: 'step=endorse', autoRevealed: true } }))
      .toEqual([['live.update', 'step=endorse'], ['reveal', null]]);
    expect(rows('ok', API_ROUTES.updateLive, { notes: { liveChanges: '' } })).toEqual([['live.update', null]]);
    expect(rows('ok', API_ROUTES.revealDrafts, { body: { group: 2 } })).toEqual([['reveal', '2']]);
    expect(rows('ok', API_ROUTES.revealDrafts)).toEqual([['reveal', null]]);
    expect(rows('refused', API_ROUTES.updateLive)).toEqual([]);
    expect(rows('refused', API_ROUTES.createScreenLink)).toEqual([]);
  });

  it('records nothing for reads', () => {
    expect(rows('ok', API_ROUTES.getWorkshop)).toEqual([]);
    expect(rows('refused', API_ROUTES.getAuditLog)).toEqual([]);
  });
});
