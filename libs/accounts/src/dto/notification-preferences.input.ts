import { Field, InputType } from '@nestjs/graphql';
import { accept, Checked, Language, refuse } from '@enlace/core';

/** Only the fields given change. */
@InputType({ description: "The caller's notification preferences; only the fields given change" })
export class NotificationPreferencesInput {
  @Field(() => Language, { nullable: true, description: 'What notifications and their e-mails are written in' })
  language?: Language | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: notifications by e-mail in one daily digest; false: a mail each',
  })
  emailDigest?: boolean | null;
}

export interface NotificationPreferences {
  /** null keeps the current value. */
  language: Language | null;
  emailDigest: boolean | null;
}

/** The rule of NotificationPreferencesInput: at least one field, and none given as null. */
export function checkNotificationPreferences(input: NotificationPreferencesInput): Checked<NotificationPreferences> {
  if (input.language === null)
    return refuse('must not be null (leave it out to keep the current language)', '.language');
  if (input.emailDigest === null)
    return refuse('must not be null (leave it out to keep the current choice)', '.emailDigest');
  if (input.language === undefined && input.emailDigest === undefined)
    return refuse('must set language, emailDigest or both');
  return accept({ language: input.language ?? null, emailDigest: input.emailDigest ?? null });
}
