import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { ErrorDisplay } from '../errors/error-display';
import type { Role } from '../graphql-types';
import { useKitStrings } from '../strings/kit-strings';
import { SIGN_IN } from './sign-in.operations';
import { useSession } from './use-session';

export interface SignInPageProps {
  /** Portal name shown above the form, such as "Rep portal". */
  portalName: string;
  allowedRoles: readonly Role[];
}

/** Sign in with email and password, and store the session when the user's role may use this portal. */
export function SignInPage({ portalName, allowedRoles }: SignInPageProps) {
  const strings = useKitStrings();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [rejectedRole, setRejectedRole] = useState<Role | null>(null);
  const [sendSignIn, { loading, error, reset }] = useMutation(SIGN_IN);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRejectedRole(null);
    reset();

    const result = await sendSignIn({ variables: { email, password } }).catch(() => undefined);
    const session = result?.data?.signIn;
    if (session === undefined) return;

    if (allowedRoles.includes(session.user.role)) signIn(session);
    else setRejectedRole(session.user.role);
  };

  return (
    <main className="sign-in">
      <form className="card sign-in-card" onSubmit={handleSubmit} aria-labelledby="sign-in-heading">
        <p className="eyebrow">
          {strings.shell.productName} · {portalName}
        </p>
        <h1 id="sign-in-heading">{strings.signIn.heading}</h1>
        <p className="muted">{strings.signIn.intro}</p>

        <label className="field">
          <span>{strings.signIn.emailLabel}</span>
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>

        <label className="field">
          <span>{strings.signIn.passwordLabel}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>

        <ErrorDisplay error={error} />
        {rejectedRole !== null && (
          <p role="alert" className="error-panel">
            {strings.signIn.roleNotAllowed(rejectedRole)}
          </p>
        )}

        <button type="submit" className="button primary" disabled={loading}>
          {loading ? strings.signIn.submitting : strings.signIn.submit}
        </button>
      </form>
    </main>
  );
}
