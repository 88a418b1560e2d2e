import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

// Drives Debian's firefox-esr over WebDriver BiDi (Playwright cannot drive a stock Firefox). Store pages are
// served by a local HTTP proxy at their real addresses, so the Firefox build's own `matches` decide.

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface Firefox {
  /** Loads `html` at `url` (http://…mi.com/…) and waits for the load event. */
  open(url: string, html: string): Promise<void>;
  /** Evaluates `expression` in the page and returns its JSON-able value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Evaluates `expression` in the page's first child frame whose address starts with `prefix`; null when there is none. */
  evaluateInFrame<T>(prefix: string, expression: string): Promise<T | null>;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

export async function launchFirefox(extensionDir: string): Promise<Firefox> {
  const pages = new Map<string, string>();
  const proxy: Server = createServer((request, response) => {
    const body = pages.get(request.url ?? '');
    response.writeHead(body ? 200 : 204, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? '');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const profile = mkdtempSync(join(tmpdir(), 'repay-firefox-'));
  const prefs: Record<string, string | number | boolean> = {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': (proxy.address() as AddressInfo).port,
    'network.proxy.no_proxies_on': '',
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const port = await freePort();
  const browser: ChildProcess = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${port}`], {
    stdio: 'ignore',
  });

  let socket: WebSocket | undefined;
  for (let attempt = 0; attempt < 100 && !socket; attempt++) {
    socket = await new Promise<WebSocket | undefined>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/session`);
      ws.once('open', () => resolve(ws));
      ws.once('error', () => setTimeout(() => resolve(undefined), 200));
    });
  }
  if (!socket) throw new Error('Firefox did not open its WebDriver BiDi port');
  const ws = socket;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: string; message?: string };
    const pending = message.id === undefined ? undefined : waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id as number);
    if (message.error) pending.reject(new Error(`${message.error}: ${message.message}`));
    else pending.resolve(message.result);
  });
  const send = <T>(method: string, params: object) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: {} });
  await send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  const tree = await send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', {});
  const context = tree.contexts[0]?.context as string;

  async function evaluateIn<T>(target: string, expression: string): Promise<T> {
    const result = await send<{ type: string; result: { value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression: `JSON.stringify(${expression})`,
      target: { context: target },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails?.text);
    const json = result.result.value;
    return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
  }

  return {
    async open(url, html) {
      pages.set(url, html);
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    evaluate: <T>(expression: string) => evaluateIn<T>(context, expression),
    async evaluateInFrame<T>(prefix: string, expression: string) {
      const found = await send<{ contexts: Array<{ children?: Array<{ context: string; url: string }> }> }>('browsingContext.getTree', {
        root: context,
      });
      const frame = found.contexts[0]?.children?.find((child) => child.url.startsWith(prefix));
      return frame ? evaluateIn<T>(frame.context, expression) : null;
    },
    async close() {
      await send('session.end', {}).catch(() => undefined);
      ws.close();
      browser.kill();
      proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
