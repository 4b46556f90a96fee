// A real OpenID Connect provider for the tests (the oidc-provider package,
// its development login and consent pages), reached through a small proxy
// that can hand the next token request another client's ID token (a token
// the provider signed, for the wrong audience). And a browser for it: fetch
// with a cookie jar per host, following redirects and submitting the
// provider's forms, as a person would click through them.
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface Idp {
  issuer: string;
  /** The next token answer carries this ID token instead of its own. */
  swapNextIdToken(idToken: string): void;
  /** The ID token of the last token answer that went through. */
  lastIdToken(): string | undefined;
  close(): Promise<void>;
}

export interface IdpClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/** People the provider knows: the login name is the subject; emails as given. */
export const PEOPLE: Record<string, { email: string; email_verified: boolean; name: string }> = {
  ana: { email: 'ana@acme.example', email_verified: true, name: 'Ana' },
  ben: { email: 'ben@elsewhere.example', email_verified: true, name: 'Ben' },
  cy: { email: 'cy@acme.example', email_verified: false, name: 'Cy' },
  taken: { email: 'owner-a@example.com', email_verified: true, name: 'Taken' },
};

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

export async function startIdp(clients: IdpClient[], { codeSeconds = 60 } = {}): Promise<Idp> {
  const front = createServer();
  const port = await listen(front);
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: [client.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    async findAccount(_ctx, id) {
      const person = PEOPLE[id] ?? {
        email: `${id}@nowhere.example`,
        email_verified: true,
        name: id,
      };
      return { accountId: id, claims: async () => ({ sub: id, ...person }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    ttl: { AuthorizationCode: codeSeconds },
    cookies: { keys: ['test cookie key, long enough to sign'] },
  });
  const back = createServer(provider.callback());
  const backPort = await listen(back);
  let swap: string | undefined;
  let last: string | undefined;
  front.on('request', (req: IncomingMessage, res) => {
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: backPort,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        const isToken = req.method === 'POST' && req.url?.startsWith('/token');
        if (!isToken) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          let body = Buffer.concat(chunks).toString();
          try {
            const tokens = JSON.parse(body) as { id_token?: string };
            last = tokens.id_token;
            if (swap && tokens.id_token) {
              tokens.id_token = swap;
              swap = undefined;
              body = JSON.stringify(tokens);
            }
          } catch {
            // not JSON: passed as is
          }
          const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(body)) };
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(body);
        });
      },
    );
    req.pipe(upstream);
  });
  return {
    issuer,
    swapNextIdToken: (idToken) => {
      swap = idToken;
    },
    lastIdToken: () => last,
    close: async () => {
      await new Promise((resolve) => front.close(resolve));
      await new Promise((resolve) => back.close(resolve));
    },
  };
}

/** A browser: cookies per host, redirects followed by hand, the provider's forms filled. */
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  constructor(
    private readonly fetchFor: (url: URL, init: RequestInit) => Response | Promise<Response>,
  ) {}

  cookiesOf(host: string): Map<string, string> {
    let jar = this.jars.get(host);
    if (!jar) {
      jar = new Map();
      this.jars.set(host, jar);
    }
    return jar;
  }

  async request(url: URL, init: RequestInit = {}): Promise<Response> {
    const jar = this.cookiesOf(url.host);
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await this.fetchFor(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1);
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /**
   * Goes to `url`, following redirects and answering the provider's login
   * (as `login`) and consent pages, until a URL matching `stopAt` is reached
   * (not requested); returns it, with the last answer.
   */
  async walk(url: URL, login: string, stopAt: (url: URL) => boolean): Promise<URL> {
    let next = url;
    let method = 'GET';
    let body: string | undefined;
    for (let step = 0; step < 20; step++) {
      if (stopAt(next)) return next;
      const response = await this.request(next, {
        method,
        ...(body !== undefined && {
          body,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      });
      const location = response.headers.get('location');
      if (location) {
        await response.arrayBuffer();
        next = new URL(location, next);
        method = 'GET';
        body = undefined;
        continue;
      }
      const html = await response.text();
      const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
      if (!action) throw new Error(`stuck at ${next} (${response.status}): ${html.slice(0, 300)}`);
      const prompt = html.match(/name="prompt" value="(\w+)"/)?.[1] ?? 'login';
      next = new URL(action.replaceAll('&amp;', '&'), next);
      method = 'POST';
      body = new URLSearchParams(
        prompt === 'login' ? { prompt, login, password: 'any' } : { prompt },
      ).toString();
    }
    throw new Error('too many steps');
  }
}
