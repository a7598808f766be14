import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { appendAudit, AuditAction, auditActor } from '@kassel-hub/governance';
import { assertKldb, assertPseudonym, assertYear, InvalidArgumentError } from '@kassel-hub/kit';
import { assertMayWrite, CASEWORK_ROLES, newRecordId, occupationTitle } from '@kassel-hub/import';
import { GuidanceContact } from '../entities/guidance-contact.entity';
import { GuidanceChannel } from '../entities/enums';
import { RecordGuidanceContactInput } from '../inputs/record-guidance-contact.input';
import type { Context } from '../context';

const MAX_NOTE = 2000;

/** Checks the input; throws an InvalidArgumentError whose code names the problem. */
function validate(input: RecordGuidanceContactInput, today: string) {
  assertPseudonym(input.pseudonym);
  assertYear(Number(input.date.slice(0, 4)), 'date');
  if (input.date > today) throw new InvalidArgumentError('DATE_IN_FUTURE', 'a guidance contact is recorded after it took place, not before', 'date');
  if (input.wishKldb != null && occupationTitle(assertKldb(input.wishKldb, 'wishKldb')) === undefined) {
    throw new InvalidArgumentError('UNKNOWN_OCCUPATION', `${input.wishKldb} is no recognised apprenticeship occupation`, 'wishKldb');
  }
  if (input.schoolId != null) {
    if (input.channel !== GuidanceChannel.SCHOOL_CONSULTATION_HOUR) {
      throw new InvalidArgumentError('SCHOOL_ONLY_FOR_CONSULTATION_HOUR', 'a school is recorded only for a consultation hour at school', 'schoolId');
    }
    if (!/^[A-Z0-9]{2,12}$/.test(input.schoolId)) throw new InvalidArgumentError('INVALID_SCHOOL_NUMBER', 'expected a school number, e.g. S014', 'schoolId');
  }
  if (input.note != null && input.note.length > MAX_NOTE) throw new InvalidArgumentError('NOTE_TOO_LONG', `a note has at most ${MAX_NOTE} characters`, 'note');
}

@Resolver(() => GuidanceContact)
export class GuidanceContactResolver {
  @Mutation(() => GuidanceContact, {
    description:
      'Records a career-guidance contact, in one transaction with its CHANGE entry in the employment agency\'s audit trail. Only the employment agency\'s caseworkers and administrators.',
  })
  async recordGuidanceContact(@Arg('input', () => RecordGuidanceContactInput) input: RecordGuidanceContactInput, @Ctx() ctx: Context): Promise<GuidanceContact> {
    assertMayWrite(ctx.identity, ctx.owner, CASEWORK_ROLES, 'record guidance contacts');
    validate(input, new Date().toISOString().slice(0, 10));
    return ctx.em.transactional(async (tx) => {
      const contact = tx.create(GuidanceContact, {
        id: newRecordId('G'),
        pseudonym: input.pseudonym,
        date: input.date,
        channel: input.channel,
        wishKldb: input.wishKldb ?? null,
        schoolId: input.schoolId ?? null,
        note: input.note?.trim() || null,
      });
      await tx.flush();
      await appendAudit(tx, [
        {
          ...auditActor(ctx.identity),
          action: AuditAction.CHANGE,
          pseudonym: contact.pseudonym,
          fields: ['guidanceContacts'],
          // The note stays out of the trail: it is the counsellor's, not evidence of the exchange.
          detail: { change: 'recordGuidanceContact', id: contact.id, date: contact.date, channel: contact.channel },
        },
      ]);
      return contact;
    });
  }
}
