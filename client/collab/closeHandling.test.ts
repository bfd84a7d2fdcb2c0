// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/closeCodes.js';
import { isApplicationClose, stopBehaviour, stopForClose } from './closeHandling.js';

describe('stopForClose', () => {
  it('reconnects after network closes and a server restart', () => {
    for (const code of [1000, 1001, 1005, 1006, 1011, CLOSE.serverShutdown.code]) expect(stopForClose(code)).toBeNull();
  });

  it('stops on every application close code with a reason', () => {
    expect(stopForClose(CLOSE.readOnlyWrite.code)).toBe('readOnly');
    expect(stopForClose(CLOSE.permissionChanged.code)).toBe('permissionChanged');
    expect(stopForClose(CLOSE.sessionEnded.code)).toBe('sessionEnded');
    expect(stopForClose(CLOSE.malformedFrame.code)).toBe('badChange');
    expect(stopForClose(CLOSE.frameTooLarge.code)).toBe('badChange');
    expect(stopForClose(CLOSE.updateRefused.code)).toBe('badChange');
    expect(stopForClose(CLOSE.rateLimited.code)).toBe('rateLimited');
    expect(stopForClose(CLOSE.documentFull.code)).toBe('documentFull');
    expect(stopForClose(CLOSE.historyReset.code)).toBe('historyReset');
  });

  it('stops on an application code it does not know yet', () => {
    expect(stopForClose(4999)).toBe('unknown');
    expect(stopForClose(4000)).toBe('unknown');
  });

  it('counts 4000-4999 and 1009 as application closes', () => {
    expect(isApplicationClose(1009)).toBe(true);
    expect(isApplicationClose(4000)).toBe(true);
    expect(isApplicationClose(4999)).toBe(true);
    expect(isApplicationClose(3999)).toBe(false);
    expect(isApplicationClose(5000)).toBe(false);
  });
});

describe('stopBehaviour', () => {
  it('makes every stopped room read-only', () => {
    for (const stop of ['readOnly', 'permissionChanged', 'sessionEnded', 'badChange', 'rateLimited', 'documentFull', 'noAccess', 'historyReset', 'unknown'] as const) {
      expect(stopBehaviour(stop).readOnly).toBe(true);
    }
  });

  it('drops the local copy before reloading after a refused change, but keeps it after a rate limit', () => {
    expect(stopBehaviour('badChange').reload).toBe('clearAndReload');
    expect(stopBehaviour('rateLimited').reload).toBe('reload');
  });

  it('never reloads by itself after a history reset, so the person can save the text of the copy first', () => {
    expect(stopBehaviour('historyReset').reload).toBe('none');
  });

  it('follows the session after a permission change only', () => {
    expect(stopBehaviour('permissionChanged').followSession).toBe(true);
    expect(stopBehaviour('sessionEnded').followSession).toBe(false);
  });
});
