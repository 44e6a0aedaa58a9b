import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';

import type { RequestContext } from '../context/request-context';
import { AccordError } from '../errors/accord-error';
import { toUser, User } from '../organisation/user.type';
import { requireCaller } from './auth-checker';

@ObjectType('AuthPayload', { description: 'A signed-in session.' })
export class AuthPayload {
  @Field(() => String, { description: 'Access token; send it as "Authorization: Bearer <token>".' })
  token!: string;

  @Field(() => Date, { description: 'When the token stops being accepted.' })
  expiresAt!: Date;

  @Field(() => User, { description: 'The signed-in user.' })
  user!: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail and password. The only operation that needs no token.' })
  async signIn(
    @Ctx() context: RequestContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<AuthPayload> {
    const result = await context.services.auth.signIn(email, password);

    return { token: result.token, expiresAt: result.expiresAt, user: toUser(result.user) };
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
