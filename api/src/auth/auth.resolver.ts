import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';

import type { RequestContext } from '../context/request-context';
import { AccordError } from '../errors/accord-error';
import { toUser, User } from '../organisation/user.type';
import { requireCaller } from './auth-checker';
import type { SignInResult } from './auth.service';

@ObjectType('AuthPayload', { description: 'A signed-in session: a short-lived access token and the refresh token that renews it.' })
export class AuthPayload {
  @Field(() => String, { description: 'Access token; send it as "Authorization: Bearer <token>".' })
  token!: string;

  @Field(() => Date, { description: 'When the access token stops being accepted; renew it before then with refreshSession.' })
  expiresAt!: Date;

  @Field(() => String, {
    description: 'Refresh token for refreshSession. Each one works once: refreshSession returns its successor.',
  })
  refreshToken!: string;

  @Field(() => Date, { description: 'When the session ends and its refresh token stops being accepted; refreshing does not extend it.' })
  refreshTokenExpiresAt!: Date;

  @Field(() => User, { description: 'The signed-in user.' })
  user!: User;
}

function toAuthPayload(result: SignInResult): AuthPayload {
  return {
    token: result.accessToken.token,
    expiresAt: result.accessToken.expiresAt,
    refreshToken: result.refreshToken,
    refreshTokenExpiresAt: result.refreshTokenExpiresAt,
    user: toUser(result.user),
  };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Signs in with e-mail and password and opens a session. After 5 failed attempts for one e-mail address within 15 minutes, the address is locked for 15 minutes, and one client IP may fail 20 times per 15 minutes; a rejected attempt returns TOO_MANY_REQUESTS with HTTP status 429 and Retry-After.',
  })
  async signIn(
    @Ctx() context: RequestContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<AuthPayload> {
    return toAuthPayload(await context.services.auth.signIn(email, password, context.clientIp));
  }

  @Mutation(() => AuthPayload, {
    description:
      'Returns a new access token and a new refresh token for a refresh token, which stops working. Needs no access token. Presenting a refresh token that was already used ends its whole session.',
  })
  async refreshSession(@Ctx() context: RequestContext, @Arg('refreshToken', () => String) refreshToken: string): Promise<AuthPayload> {
    return toAuthPayload(await context.services.auth.refreshSession(refreshToken));
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      "Ends the session of this request's access token, which stops working at once. Returns false when the session had already ended.",
  })
  async signOut(@Ctx() context: RequestContext): Promise<boolean> {
    return context.services.auth.signOut(requireCaller(context), context.sessionId);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Ends every open session of the signed-in user, this one included, and returns how many were open.' })
  async signOutEverywhere(@Ctx() context: RequestContext): Promise<number> {
    return context.services.auth.signOutEverywhere(requireCaller(context));
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user.' })
  async me(@Ctx() context: RequestContext): Promise<User> {
    const caller = requireCaller(context);
    const user = await context.loaders.users.load(caller.id);
    if (user === null) {
      throw AccordError.unauthenticated();
    }

    return user;
  }
}
