// The released minors' follow-up (issue 16): a wave's cohort from the participants' history, the
// enumerator's "to follow up" list, tracing outcomes, and the contact details, which no Directus
// permission reaches: they are written and read here only, encrypted, each access audited.
import { ForbiddenError } from '@directus/errors';
import type { Router } from 'express';
import { z } from 'zod';
import {
  OUTCOME_INDICATORS,
  mayRecordOutcome,
  mayRevealContact,
  mayWriteContact,
  endsFollowup,
  NO_FOLLOWUP,
  TRACING_CELLS,
  TRACING_OUTCOMES,
  type FollowupAssignment,
} from '../../../../../core/followup/index.ts';
import { contactKeyFromEnvironment, decryptContact } from '../../server/followups/contact-cipher.ts';
import type { BarometerContext, DirectusRequest } from '../../server/http/context.ts';
import { ConflictError, ForbiddenReasonError, NotFoundError } from '../../server/http/errors.ts';
import {
  assignedFollowups,
  auditContact,
  buildCohort,
  eraseContact,
  findFollowup,
  followupEstimates,
  followupFigures,
  followupNotFound,
  readFollowup,
  recordOutcome,
  writeContact,
} from '../../server/followups/followups.ts';
import { idParameter, parseInput, route } from '../../server/http/http.ts';
import { COHORT_READERS, roleOf, TRACERS, type RoleKey } from '../../shared/roles.ts';
import { resolveWave } from '../../server/db/wave-data.ts';
import { authoriseUnprotectedData } from '../../server/access/unprotected-data.ts';

const withToken = { access_token: z.string().optional() };
export const plainFollowupQuery = z.object(withToken).strict();
export const estimatesQuery = z.object({ disclosure: z.enum(['on', 'off']).default('on'), ...withToken }).strict();
export const mineQuery = z.object({ open: z.enum(['true', 'false']).optional(), ...withToken }).strict();

const short = (max: number) => z.string().trim().min(1).max(max);
/** What a tracer needs to reach the family: a person to ask for and a way to reach them. */
export const contactBody = z
  .object({
    contact_name: short(200),
    relationship: short(100).optional(),
    phone: short(40).optional(),
    address: short(500).optional(),
    notes: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((contact) => contact.phone !== undefined || contact.address !== undefined, {
    message: 'phone ou address est requis / الهاتف أو العنوان مطلوب',
    path: ['phone'],
  });

export const outcomeBody = z
  .object({
    outcome: z.enum(TRACING_OUTCOMES),
    date: z.iso.date().optional(),
  })
  .strict();

const COHORT_BUILDERS: ReadonlySet<RoleKey> = new Set(['admin', 'coordinator', 'followup']);
const today = () => new Date().toISOString().slice(0, 10);

function requester(request: DirectusRequest) {
  return { role: roleOf(request.accountability), user: request.accountability?.user ?? null };
}

function assignmentOf(followup: Awaited<ReturnType<typeof findFollowup>>): FollowupAssignment {
  return followup ? { enumerator: followup.enumerator, ended: endsFollowup(followup.outcome) } : NO_FOLLOWUP;
}

export function followupRoutes(router: Router, context: BarometerContext): void {
  router.post(
    '/waves/:wave/followups',
    route(async (request: DirectusRequest, response) => {
      if (!COHORT_BUILDERS.has(requester(request).role)) throw new ForbiddenError();
      parseInput(plainFollowupQuery, request.query, 'query');
      const wave = await resolveWave(context.database, String(request.params['wave']));
      response.json({ data: { wave: wave.code, ...(await buildCohort(context.database, wave.id)) } });
    }),
  );

  router.get(
    '/waves/:wave/followups/estimates',
    route(async (request: DirectusRequest, response) => {
      if (!COHORT_READERS.has(requester(request).role)) throw new ForbiddenError();
      const query = parseInput(estimatesQuery, request.query, 'query');
      const wave = await resolveWave(context.database, String(request.params['wave']));
      if (query.disclosure === 'off') await authoriseUnprotectedData(context, request, wave);
      const figures = await followupFigures(context.database, wave.id);
      // The tracing table as the report prints it: a hidden count is null, unless disclosure is off.
      const hidden = new Set(query.disclosure === 'off' ? [] : (figures?.hidden ?? []));
      const outcomes = Object.fromEntries(
        TRACING_CELLS.map((cell) => [cell, figures ? (hidden.has(cell) ? null : figures.outcomes[cell]) : 0]),
      );
      const estimates = await followupEstimates(context.database, wave.id);
      const byCode = new Map((estimates?.estimates ?? []).map((estimate) => [estimate.indicator, estimate]));
      response.json({
        data: {
          wave: wave.code,
          cohort: figures?.cohort ?? 0,
          eligible: figures?.eligible ?? 0,
          interviewed: figures?.interviewed ?? 0,
          rate: figures?.rate ?? null,
          outcomes,
          hidden_outcomes: [...hidden],
          respondents: estimates?.respondents ?? 0,
          threshold: estimates?.threshold ?? null,
          empty_classes: estimates?.emptyClasses ?? [],
          indicators: OUTCOME_INDICATORS.map((indicator) => ({
            code: indicator.code,
            label: indicator.label.fr,
            label_ar: indicator.label.ar,
            direction: indicator.direction,
            standards: indicator.standards,
            limit: indicator.limit.fr,
            limit_ar: indicator.limit.ar,
            ...(byCode.get(indicator.code) ?? { suppressed: true, n: 0 }),
          })),
        },
      });
    }),
  );

  router.get(
    '/followups/mine',
    route(async (request: DirectusRequest, response) => {
      const me = requester(request);
      if (me.role !== 'enumerator' || !me.user) throw new ForbiddenError();
      const query = parseInput(mineQuery, request.query, 'query');
      const list = (await assignedFollowups(context.database, me.user, today())).filter(
        (entry) => query.open !== 'true' || (entry.window_open && !entry.ended),
      );
      response.json({ data: list });
    }),
  );

  router.post(
    '/followups/:id/outcome',
    route(async (request: DirectusRequest, response) => {
      const id = parseInput(idParameter, request.params['id'], 'path.id');
      const body = parseInput(outcomeBody, request.body, 'body');
      const followup = await findFollowup(context.database, id);
      const me = requester(request);
      if (!mayRecordOutcome(me, assignmentOf(followup))) throw new ForbiddenError();
      if (!followup) throw followupNotFound(id);
      const date = body.date ?? today();
      if (followup.released_on && date < followup.released_on) {
        throw new ConflictError({
          reason: `body.date: ${date} précède la libération (${followup.released_on}). / التاريخ يسبق الإفراج.`,
        });
      }
      const result = await recordOutcome(context.database, followup, body.outcome, date, me.user);
      response.json({ data: { id, outcome: body.outcome, outcome_date: date, ...result } });
    }),
  );

  router.put(
    '/participants/:id/contact',
    route(async (request: DirectusRequest, response) => {
      const id = parseInput(idParameter, request.params['id'], 'path.id');
      const body = parseInput(contactBody, request.body, 'body');
      const me = requester(request);
      // Who may not write is refused before the participant is looked up: a 404 would tell that it exists.
      const involved =
        me.user !== null &&
        ((await context.database('interviews').where({ participant: id, user_created: me.user }).first('id')) !==
          undefined ||
          (await context.database('followups').where({ participant: id, enumerator: me.user }).first('id')) !==
            undefined);
      if (!mayWriteContact(me, involved)) throw new ForbiddenError();
      const participant: { id: number } | undefined = await context
        .database('participants')
        .where('id', id)
        .first('id');
      if (!participant) throw new NotFoundError({ reason: `Participant ${id} introuvable.` });
      const consent = await context
        .database('interviews')
        .where({ participant: id, consent_contact: true })
        .first('id');
      if (!consent) {
        throw new ConflictError({
          reason:
            'Aucun entretien de ce participant ne porte l’accord pour être recontacté (consent_contact). / لا توجد موافقة على الاتصال.',
        });
      }
      await writeContact(context.database, id, JSON.stringify(body), me.user);
      response.status(204).end();
    }),
  );

  router.get(
    '/followups/:id/contact',
    route(async (request: DirectusRequest, response) => {
      const id = parseInput(idParameter, request.params['id'], 'path.id');
      parseInput(plainFollowupQuery, request.query, 'query');
      const followup = await findFollowup(context.database, id);
      const me = requester(request);
      if (!mayRevealContact(me, assignmentOf(followup))) {
        if (followup) {
          await auditContact(context.database, {
            followup: id,
            participant: followup.participant,
            action: 'refused',
            user: me.user,
            reason: `role:${me.role}`,
          });
        }
        throw new ForbiddenReasonError({
          reason:
            'Coordonnées réservées au rôle « Suivi post-sortie » et à l’enquêteur chargé de ce suivi ; la tentative est journalisée. / بيانات الاتصال مخصصة لدور المتابعة وللباحث المكلف.',
        });
      }
      if (!followup) throw followupNotFound(id);
      const stored: { ciphertext: string } | undefined = await context
        .database('followup_contacts')
        .where('participant', followup.participant)
        .first('ciphertext');
      if (!stored) {
        throw new NotFoundError({ reason: 'Aucune coordonnée enregistrée pour ce suivi. / لا توجد بيانات اتصال.' });
      }
      const contact: unknown = JSON.parse(
        decryptContact(stored.ciphertext, contactKeyFromEnvironment(), followup.participant),
      );
      await auditContact(context.database, {
        followup: id,
        participant: followup.participant,
        action: 'reveal',
        user: me.user,
      });
      response.setHeader('Cache-Control', 'no-store');
      response.json({ data: contact });
    }),
  );

  router.delete(
    '/followups/:id/contact',
    route(async (request: DirectusRequest, response) => {
      const id = parseInput(idParameter, request.params['id'], 'path.id');
      const me = requester(request);
      if (!TRACERS.has(me.role)) throw new ForbiddenError();
      const followup = await readFollowup(context.database, id);
      const erased = await eraseContact(context.database, {
        followup: id,
        participant: followup.participant,
        user: me.user,
        reason: 'request',
      });
      response.json({ data: { erased } });
    }),
  );
}
