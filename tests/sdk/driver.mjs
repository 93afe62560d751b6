// Drives a Stream Chat server with the official Stream Chat JS SDK, for tests/sdk/test_stream_sdk.py.
//
// One JSON command per stdin line ({"seq": n, "op": "...", ...}); one JSON answer per stdout
// line ({"reply": n, "ok": true, ...} or {"reply": n, "ok": false, "error": ...}). Every event the
// SDK dispatches is kept, so a test can wait for one it caused. Only node 18+ builtins are used.
import readline from 'node:readline';
import { StreamChat } from 'stream-chat';

const events = [];
const waiters = new Set();
let client = null;
let channel = null;

function record(event) {
  events.push(event);
  for (const wake of [...waiters]) wake();
}

function summary(event) {
  return {
    type: event.type,
    cid: event.cid ?? null,
    user_id: event.user?.id ?? null,
    message_id: event.message?.id ?? null,
    message_type: event.message?.type ?? null,
    text: event.message?.text ?? null,
    hard_delete: event.hard_delete ?? null,
    reason: event.reason ?? null,
    expiration: event.expiration ?? null,
    last_read_message_id: event.last_read_message_id ?? null,
  };
}

function nextEvent(ms) {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      waiters.delete(done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    waiters.add(done);
  });
}

async function waitEvent({ type, message_id: messageId, timeout = 20 }) {
  const matches = (e) => e.type === type && (!messageId || e.message?.id === messageId);
  const deadline = Date.now() + timeout * 1000;
  for (;;) {
    const found = events.find(matches);
    if (found) return summary(found);
    const left = deadline - Date.now();
    if (left <= 0) {
      const seen = events.map((e) => e.type).join(', ');
      throw new Error(`no ${type} event within ${timeout} s (seen: ${seen})`);
    }
    await nextEvent(left);
  }
}

function channelState() {
  const state = channel.state;
  return {
    cid: channel.cid,
    name: channel.data?.name ?? null,
    read_events: channel.getConfig()?.read_events ?? null,
    own_capabilities: channel.data?.own_capabilities ?? null,
    messages: state.messages.map((m) => ({ id: m.id, type: m.type, text: m.text })),
    members: Object.keys(state.members),
    read: Object.fromEntries(
      Object.entries(state.read).map(([id, r]) => [id, r.last_read_message_id ?? null]),
    ),
    unread: channel.countUnread(),
  };
}

const commands = {
  async connect({ api_key: apiKey, base_url: baseURL, user_id: userId, token }) {
    client = StreamChat.getInstance(apiKey, {
      baseURL,
      allowServerSideConnect: true,
      timeout: 20000,
      logger: (level, message) => {
        if (level === 'error') process.stderr.write(`stream-chat: ${message}\n`);
      },
    });
    client.on(record);
    const health = await client.connectUser({ id: userId }, token);
    return {
      health_type: health?.type ?? null,
      connection_id: client._getConnectionID() ?? null,
      me: client.user?.id ?? null,
    };
  },
  async watch({ type, id }) {
    channel = client.channel(type, id);
    await channel.watch();
    return channelState();
  },
  async state() {
    return channelState();
  },
  async send({ text }) {
    const { message } = await channel.sendMessage({ text });
    return { id: message.id, text: message.text, type: message.type, user_id: message.user?.id };
  },
  async wait_event(args) {
    return { event: await waitEvent(args) };
  },
  async delete({ id, hard }) {
    const answer = await client.deleteMessage(id, Boolean(hard));
    return { message_type: answer.message?.type ?? null };
  },
  async mark_read() {
    const answer = await channel.markRead();
    return { sent: answer !== null, event_type: answer?.event?.type ?? null };
  },
  async flag({ id }) {
    const answer = await client.flagMessage(id);
    return { target_message_id: answer.flag?.target_message_id ?? null };
  },
  async ban({ user_id: userId, timeout, reason }) {
    const options = { reason };
    if (timeout !== undefined && timeout !== null) options.timeout = timeout;
    await channel.banUser(userId, options);
    return {};
  },
  async unban({ user_id: userId }) {
    await channel.unbanUser(userId);
    return {};
  },
  async close() {
    await client?.disconnectUser();
    return {};
  },
};

function answer(body) {
  process.stdout.write(JSON.stringify(body) + '\n');
}

process.on('uncaughtException', (error) => {
  process.stderr.write(`driver: uncaught ${error?.stack ?? error}\n`);
  process.exit(70);
});
process.on('unhandledRejection', (error) => {
  process.stderr.write(`driver: unhandled rejection ${error?.stack ?? error}\n`);
  process.exit(70);
});

const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { seq, op, ...args } = JSON.parse(line);
  const run = commands[op];
  try {
    if (!run) throw new Error(`unknown op ${op}`);
    answer({ reply: seq, ok: true, ...(await run(args)) });
  } catch (error) {
    answer({
      reply: seq,
      ok: false,
      error: String(error?.message ?? error),
      code: error?.code ?? null,
      status: error?.status ?? error?.response?.status ?? null,
    });
  }
  if (op === 'close') break;
}
process.exit(0);
