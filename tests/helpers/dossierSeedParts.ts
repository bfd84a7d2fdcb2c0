// SPDX-License-Identifier: EUPL-1.2
/**
 * Adds the later parts of the course to the dossier workshop (tests/helpers/dossierSeed.ts),
 * through the real API and real clients: a consultation on version 1 for every participant plus one
 * extra person, three comments from their personal links, answers and the published reactienota;
 * meeting 2's ambitions and expectations written by real members of the role groups over the
 * WebSocket; and two agreements made from them, one with progress from an owning member.
 *
 * The server's clock is real, so dates that follow from "now" (opening, closing, publication,
 * review moments) are returned, for the test to mask them in the expected Markdown.
 */
import type { Agreement } from '../../shared/agreementsDoc.js';
import type { ConsultationOpenAnswer } from '../../shared/apiConsultation.js';
import type { ConsultationComment } from '../../shared/consultationDoc.js';
import { roleGroupDocName, type RoleGroup } from '../../shared/docNames.js';
import { addAmbition, addExpectation, ambitionsOf, endorseRoleStatement, expectationsOf, readRoleGroupDoc } from '../../shared/roleGroupDoc.js';
import { collabClient, until, type SeededParticipant, type SeededWorkshop, type TestServer } from './stipServer.js';
import { NASTY } from './dossierSeed.js';

/** What the seed wrote that the tests look for, and the dates that follow from the real clock. */
export interface SeededParts {
  agreementTexts: string[];
  /** ISO instants and dates (`YYYY-MM-DD`) that depend on when the test runs. */
  clockDates: { opened: number; closes: number; published: number; review: string };
}

function must<T>(res: { status: number; body: T }, expected: number, what: string): T {
  if (res.status !== expected) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Seeds consultation, meeting 2 and agreements into the dossier workshop. */
export async function seedDossierParts(server: TestServer, seeded: SeededWorkshop): Promise<SeededParts> {
  const id = seeded.workshopId;
  const facilitator = seeded.facilitator.cookie;
  const person = (name: string): SeededParticipant => seeded.participants.find((p) => p.name === name)!;
  const base = `/api/workshops/${id}/consultation`;

  // The consultation: everyone, plus an extra person from CSV; three comments; answers; published.
  const opened = must(await server.api<ConsultationOpenAnswer>(base, {
    cookie: facilitator,
    body: { version: 1, closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), absentees: false, allParticipants: true, csv: 'naam,rol,email\nGert Extra,ambtenaar,gert@voorbeeld.nl\n' },
  }), 201, 'open consultation');
  const cookieOf = async (name: string) => {
    const link = opened.people.find((p) => p.name === name)?.link;
    const opening = link ? await server.openLink(link) : null;
    if (!opening?.cookie) throw new Error(`no consultation link for ${name}`);
    return opening.cookie;
  };
  const comment = async (name: string, body: unknown) => must(await server.api<ConsultationComment>(`${base}/comments`, { cookie: await cookieOf(name), body }), 201, `comment of ${name}`);
  const c1 = await comment('Anna de Vries', { stance: 'aanvulling', text: 'Zeg ook wat we doen als het schuurt.', anchor: { passageId: 'p_open', start: 0, end: 14, quote: 'Wij staan open' } });
  const c2 = await comment('Dewi <b>Baas</b>', { stance: 'algemeen', text: `Mooi stuk. ${NASTY}` });
  const c3 = await comment('Gert Extra', { stance: 'oneens', text: 'Loslaten gaat te ver.', anchor: { passageId: 'p_los', start: 0, end: 14, quote: 'Wij laten los.' } });
  const answer = async (commentIds: string[], text: string, status: string, wherePassageId: string | null) =>
    must(await server.api(`${base}/answers`, { cookie: facilitator, body: { commentIds, answer: text, status, wherePassageId } }), 201, 'answer');
  await answer([c1.id], 'We voegen een zin toe over wat we doen als het schuurt.', 'verwerkt', 'p_open');
  await answer([c2.id, c3.id], 'Dank u wel. Loslaten blijft, met kaders van de raad.', 'niet', null);
  must(await server.api(`${base}/reactienota/publish`, { cookie: facilitator, method: 'POST' }), 200, 'publish');
  const dashboard = must(await server.api<{ meta: { closesAt: string } }>(base, { cookie: facilitator }), 200, 'dashboard');
  const nota = must(await server.api<{ process: { openedAt: string }; publishedAt: string }>(`${base}/reactienota`, { cookie: facilitator }), 200, 'reactienota');

  // Meeting 2: each role group's members write over the WebSocket, as themselves.
  const clients: ReturnType<typeof collabClient>[] = [];
  const connect = async (group: RoleGroup, cookie: string) => {
    const client = collabClient(server.url, roleGroupDocName(id, group), cookie);
    clients.push(client);
    await client.synced();
    return client;
  };
  const author = (p: SeededParticipant) => ({ authorKey: p.authorKey, authorRole: p.role });
  const anna = person('Anna de Vries');
  const chris = person('Chris Öztürk');
  const eva = person('Eva Jansen');
  const bram = person('Bram Ĳzerman');
  const raad = await connect('raad', anna.cookie);
  const raadAmbition = addAmbition(raad.doc, { ...author(anna), text: 'Wij stellen kaders en laten de uitvoering los.', createdAt: 1 });
  const raadExpectation = addExpectation(raad.doc, { ...author(anna), to: 'ambtenaren', text: 'Betrek ons vroeg bij dilemma’s.', createdAt: 2 });
  const college = await connect('college', chris.cookie);
  const collegeAmbition = addAmbition(college.doc, { ...author(chris), text: 'Wij geven ambtenaren ruimte | ook als het spannend wordt.', createdAt: 3 });
  addExpectation(college.doc, { ...author(chris), to: 'raad', text: 'Spreek uit wat u van ons verwacht.', createdAt: 4 });
  const collegeEva = await connect('college', eva.cookie);
  await until([collegeEva.doc], () => ambitionsOf(collegeEva.doc).size === 1);
  endorseRoleStatement(collegeEva.doc, 'ambitions', collegeAmbition, eva.authorKey, true);
  const ambtenaren = await connect('ambtenaren', bram.cookie);
  addAmbition(ambtenaren.doc, { ...author(bram), text: `Wij zeggen wat we zien. ${NASTY}`, createdAt: 5 });
  addExpectation(ambtenaren.doc, { ...author(bram), to: 'college', text: 'Sta achter ons als het misgaat.', createdAt: 6 });
  const check = await connect('raad', anna.cookie);
  await until([check.doc], () => ambitionsOf(check.doc).size === 1 && expectationsOf(check.doc).size === 1);
  const checks = await Promise.all((['college', 'ambtenaren'] as const).map((g) => connect(g, facilitator)));
  await until(checks.map((c) => c.doc), () => checks.every((c) => ambitionsOf(c.doc).size === 1 && expectationsOf(c.doc).size === 1)
    && readRoleGroupDoc(checks[0].doc, 'college').ambitions[0]?.endorsedBy.length === 1);

  // The agreements: made by the facilitator from meeting 2, progress from an owning member.
  const review = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const agreementTexts = ['De raad stelt elk voorjaar de kaders voor participatie vast.', `Ambtenaren leggen dilemma’s binnen twee weken voor. ${NASTY}`];
  const first = must(await server.api<Agreement>(`/api/workshops/${id}/agreements`, {
    cookie: facilitator,
    body: { text: agreementTexts[0], owners: ['raad'], reviewMoments: [review], status: 'vastgesteld', sources: [{ kind: 'ambition', roleGroup: 'raad', statementId: raadAmbition }] },
  }), 201, 'agreement 1');
  must(await server.api<Agreement>(`/api/workshops/${id}/agreements`, {
    cookie: facilitator,
    body: { text: agreementTexts[1], owners: ['ambtenaren', 'raad'], sources: [{ kind: 'expectation', from: 'raad', to: 'ambtenaren', statementId: raadExpectation }] },
  }), 201, 'agreement 2');
  must(await server.api(`/api/workshops/${id}/agreements/${first.id}/progress`, { cookie: anna.cookie, body: { reviewMoment: review, state: 'opKoers', note: 'Kaders staan op de agenda.' } }), 201, 'progress');
  for (const c of clients) c.destroy();
  return {
    agreementTexts,
    clockDates: { opened: Date.parse(nota.process.openedAt), closes: Date.parse(dashboard.meta.closesAt), published: Date.parse(nota.publishedAt), review },
  };
}
