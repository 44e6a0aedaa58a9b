import { DEMO_PASSWORD } from '@accord/db';

/** One GraphQL response as the HTTP endpoint returns it. */
export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; problems?: { field: string; value: unknown; message: string }[] };
  }[];
}

/** Sends one operation to the API over HTTP, as the portals do. */
export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = null,
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });

  return (await response.json()) as GraphQLResponse<Data>;
}

/** Signs in a demo account and returns its access token. */
export async function signInDemo(url: string, email: string): Promise<string> {
  const response = await postGraphQL<{ signIn: { token: string } }>(
    url,
    'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
    { email, password: DEMO_PASSWORD },
  );
  const token = response.data?.signIn.token;
  if (token === undefined) {
    throw new Error(`sign-in of ${email} failed: ${JSON.stringify(response.errors)}`);
  }

  return token;
}
