import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MatchReasonKind, MatchReasonRole } from '../scoring';

const KINDS: Record<MatchReasonKind, MatchReasonKind> = {
  DISTANCE: 'DISTANCE',
  CERTIFICATE_VALID: 'CERTIFICATE_VALID',
  CERTIFICATE_MISSING: 'CERTIFICATE_MISSING',
  NO_IATF_ISO_VALID: 'NO_IATF_ISO_VALID',
  NO_IATF: 'NO_IATF',
  NO_IATF_OR_ISO: 'NO_IATF_OR_ISO',
  MATERIALS: 'MATERIALS',
  NO_MATERIALS: 'NO_MATERIALS',
  NOTES_PROVIDED: 'NOTES_PROVIDED',
  NEVER_CONFIRMED: 'NEVER_CONFIRMED',
  CONFIRMED: 'CONFIRMED',
};
const ROLES: Record<MatchReasonRole, MatchReasonRole> = {
  REQUIRED: 'REQUIRED',
  PREFERRED: 'PREFERRED',
  BASELINE: 'BASELINE',
  ASSESSMENT: 'ASSESSMENT',
};

registerEnumType(KINDS, {
  name: 'MatchReasonKind',
  description:
    'DISTANCE (km, hours, plantName); CERTIFICATE_VALID / CERTIFICATE_MISSING (scheme, role, expiresOn, expiringSoon, process); NO_IATF_ISO_VALID (no valid IATF 16949, but the ISO 9001 in scheme/expiresOn); NO_IATF; NO_IATF_OR_ISO; MATERIALS (materials); NO_MATERIALS; NOTES_PROVIDED; NEVER_CONFIRMED; CONFIRMED (months)',
});
registerEnumType(ROLES, {
  name: 'MatchReasonRole',
  description: "Why a certificate is named: required, preferred, the automotive baseline, or the process's assessment",
});

@ObjectType({
  description:
    'One reason for a match as data, in the order of `reasons` (which says the same in English), so that clients can say it in their own language',
})
export class MatchReason {
  @Field(() => KINDS)
  kind: MatchReasonKind;
  @Field(() => String, { description: 'Its English wording (the matching entry of `reasons`)' })
  text: string;
  @Field(() => Float, { nullable: true, description: 'DISTANCE: great-circle km' })
  km?: number;
  @Field(() => Float, { nullable: true, description: 'DISTANCE: estimated drive hours' })
  hours?: number;
  @Field(() => String, { nullable: true })
  plantName?: string;
  @Field(() => String, { nullable: true, description: 'Certification scheme code' })
  scheme?: string;
  @Field(() => ROLES, { nullable: true })
  role?: MatchReasonRole;
  @Field(() => String, {
    nullable: true,
    description: "A valid certificate's expiry date (YYYY-MM-DD); null when it has none",
  })
  expiresOn?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'A valid certificate that expires within 90 days' })
  expiringSoon?: boolean;
  @Field(() => String, { nullable: true, description: 'ASSESSMENT: the process code' })
  process?: string;
  @Field(() => [String], { nullable: true })
  materials?: string[];
  @Field(() => Int, { nullable: true, description: 'CONFIRMED: whole months since the last confirmation' })
  months?: number;
}
