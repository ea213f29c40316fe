/**
 * The "direct" contender: a hand-written HTTP server that answers each benchmark scenario with the
 * fewest REST calls to Stream, made with undici and no validation, decoding or GraphQL. It forwards
 * the caller's token upstream (Stream checks it), so it is the floor any gateway can reach.
 *
 *   GET  /s1                      getApp
 *   GET  /s2?poll=ID&votes=20     getPoll + queryPollVotes, in parallel
 *   GET  /s3?polls=25&votes=5     queryPolls, then one queryPollVotes per poll, all at once
 *   POST /s4 {"id","userId"}      createPoll, then deletePoll
 *
 * Voters missing from the vote answers (Stream embeds them) are fetched with one queryUsers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'undici';

const port = Number(process.env.PORT ?? 4100);
const baseUrl = process.env.STREAM_BASE_URL ?? 'http://127.0.0.1:4010';
const apiKey = encodeURIComponent(process.env.STREAM_API_KEY ?? '');
const pool = new Pool(baseUrl, { connections: 64, pipelining: 1, keepAliveTimeout: 30_000 });

class UpstreamError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`upstream answered ${status}`);
  }
}

interface User {
  id: string;
  name?: string;
}
interface Vote {
  id: string;
  user_id?: string;
  user?: User;
}
interface Poll {
  id: string;
  name: string;
  options: { id: string; text: string }[];
  created_by_id: string;
  created_by?: User;
}

async function call<T>(token: string, method: string, path: string, query = '', body?: unknown): Promise<T> {
  const response = await pool.request({
    method: method as 'GET',
    path: `${path}?api_key=${apiKey}${query}`,
    headers: {
      authorization: token,
      'stream-auth-type': 'jwt',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.body.text();
  if (response.statusCode >= 300) throw new UpstreamError(response.statusCode, text);
  return JSON.parse(text) as T;
}

const user = (u: User | undefined) => (u ? { id: u.id, name: u.name ?? null } : null);

async function votesOf(token: string, pollId: string, limit: number): Promise<Vote[]> {
  const { votes } = await call<{ votes: Vote[] }>(
    token,
    'POST',
    `/api/v2/polls/${encodeURIComponent(pollId)}/votes`,
    '',
    {
      limit,
    },
  );
  return votes;
}

/** Fills in voters that the answers did not embed, with one queryUsers for all of them. */
async function fillVoters(token: string, votes: Vote[]): Promise<void> {
  const missing = [...new Set(votes.filter((v) => !v.user && v.user_id).map((v) => v.user_id!))];
  if (missing.length === 0) return;
  const payload = JSON.stringify({ filter_conditions: { id: { $in: missing } }, limit: missing.length });
  const { users } = await call<{ users: User[] }>(
    token,
    'GET',
    '/api/v2/users',
    `&payload=${encodeURIComponent(payload)}`,
  );
  const byId = new Map(users.map((u) => [u.id, u]));
  for (const vote of votes) vote.user ??= byId.get(vote.user_id ?? '');
}

function pollView(poll: Poll, votes: Vote[], withOptions: boolean) {
  return {
    id: poll.id,
    name: poll.name,
    ...(withOptions ? { options: poll.options.map((o) => ({ id: o.id, text: o.text })) } : {}),
    createdBy: user(poll.created_by),
    votes: votes.map((v) => ({ id: v.id, user: user(v.user) })),
  };
}

async function s1(token: string) {
  const { app } = await call<{ app: { name: string } }>(token, 'GET', '/api/v2/app');
  return { app: { name: app.name } };
}

async function s2(token: string, url: URL) {
  const pollId = url.searchParams.get('poll') ?? '';
  const [{ poll }, votes] = await Promise.all([
    call<{ poll: Poll }>(token, 'GET', `/api/v2/polls/${encodeURIComponent(pollId)}`),
    votesOf(token, pollId, Number(url.searchParams.get('votes') ?? 20)),
  ]);
  await fillVoters(token, votes);
  return { poll: pollView(poll, votes, true) };
}

async function s3(token: string, url: URL) {
  const limit = Number(url.searchParams.get('polls') ?? 25);
  const votesPerPoll = Number(url.searchParams.get('votes') ?? 5);
  const { polls } = await call<{ polls: Poll[] }>(token, 'POST', '/api/v2/polls/query', '', { limit });
  const votes = await Promise.all(polls.map((poll) => votesOf(token, poll.id, votesPerPoll)));
  await fillVoters(token, votes.flat());
  return { polls: polls.map((poll, i) => pollView(poll, votes[i]!, false)) };
}

async function s4(token: string, req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const { id, userId } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string; userId: string };
  const { poll } = await call<{ poll: Poll }>(token, 'POST', '/api/v2/polls', '', {
    id,
    name: 'Benchmark poll',
    user_id: userId,
  });
  await call(token, 'DELETE', `/api/v2/polls/${encodeURIComponent(poll.id)}`, `&user_id=${encodeURIComponent(userId)}`);
  return { created: { id: poll.id, name: poll.name }, deleted: { id: poll.id } };
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const token = req.headers.authorization;
  if (!token) return send(res, 401, '{"error":"missing Authorization"}');
  const url = new URL(req.url ?? '/', 'http://direct');
  const route = `${req.method} ${url.pathname}`;
  let result: unknown;
  if (route === 'GET /s1') result = await s1(token);
  else if (route === 'GET /s2') result = await s2(token, url);
  else if (route === 'GET /s3') result = await s3(token, url);
  else if (route === 'POST /s4') result = await s4(token, req);
  else return send(res, 404, '{"error":"no such scenario"}');
  send(res, 200, JSON.stringify(result));
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    if (error instanceof UpstreamError) send(res, 502, error.body);
    else send(res, 500, JSON.stringify({ error: String(error) }));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => console.log(`direct contender on http://127.0.0.1:${port}`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void pool.close().then(() => process.exit(0));
  });
}
