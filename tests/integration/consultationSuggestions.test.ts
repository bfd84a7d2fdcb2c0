// SPDX-License-Identifier: EUPL-1.2
/**
 * The facilitator's suggested groups of similar comments (the Dutch similarity engine): comments
 * that say the same thing in other words are grouped, a disagreement ("oneens") never with an
 * agreement that uses the same words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuggestionsAnswer } from '../../shared/apiConsultation.js';
import type { ConsultationComment } from '../../shared/consultationDoc.js';
import { startTestServer, type TestServer } from '../helpers/stipServer.js';
import { anchorOn, consultationSetup, type ConsultationSetup } from './consultationFixture.js';

let server: TestServer;
let s: ConsultationSetup;
const ids: Record<string, string> = {};

const post = async (key: string, who: string, body: unknown) => {
  const res = await server.api<ConsultationComment>(`${s.base}/comments`, { cookie: s.commenters[who].cookie, body });
  if (res.status !== 201) throw new Error(`${key}: ${res.status} ${JSON.stringify(res.body)}`);
  ids[key] = res.body.id;
};

beforeAll(async () => {
  server = await startTestServer();
  s = await consultationSetup(server, { open: true });
  const quote = anchorOn('p3', 'laat de uitvoering los');
  await post('agree', 'Anna', { stance: 'eens', text: 'De raad moet de uitvoering echt loslaten en op hoofdlijnen sturen.', anchor: quote });
  await post('disagree', 'Bert', { stance: 'oneens', text: 'De raad moet de uitvoering niet loslaten maar op hoofdlijnen blijven sturen.', anchor: quote });
  await post('paraphrase', 'Dirk', { stance: 'aanvulling', text: 'Raadsleden stellen de kaders en bemoeien zich niet met details.', anchor: quote });
});
afterAll(async () => {
  await server?.close();
});

describe('suggested groups of similar comments', () => {
  it('groups an agreement with its paraphrase, never with a disagreement on the same words', async () => {
    const res = await server.api<SuggestionsAnswer>(`${s.base}/suggestions`, { cookie: s.facilitator });
    expect(res.status).toBe(200);
    const groupOf = (key: string) => res.body.groups.find((g) => g.commentIds.includes(ids[key]));
    expect(groupOf('agree')?.commentIds).toContain(ids.paraphrase);
    expect(groupOf('disagree')).toBeUndefined();
  });
});
