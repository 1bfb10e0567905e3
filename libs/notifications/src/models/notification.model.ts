import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EventType, PageInfo } from '@enlace/core';

@ObjectType({ description: 'Something that happened that concerns the caller, in their language' })
export class Notification {
  @Field(() => ID)
  id: string;
  @Field(() => EventType)
  event: EventType;
  @Field(() => String, { description: "In the recipient's language (es by default)" })
  title: string;
  @Field(() => String)
  body: string;
  @Field(() => String, { nullable: true, description: 'Path in the web app, e.g. /requests/<id>' })
  link: string | null;
  @Field(() => Date)
  createdAt: Date;
  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ObjectType()
export class NotificationEdge {
  @Field(() => Notification)
  node: Notification;
  @Field(() => String)
  cursor: string;
}

@ObjectType({ description: "The caller's notifications, newest first" })
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges: NotificationEdge[];
  @Field(() => PageInfo)
  pageInfo: PageInfo;
  @Field(() => Int)
  totalCount: number;
  @Field(() => Int, { description: "The caller's unread notifications (all of them, not only this page)" })
  unreadCount: number;
}
