import http from 'node:http';

/** A tiny keep-alive JSON client: the load generator of the HTTP benchmarks. */
export class HttpClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly port: number,
    maxSockets: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  /** POSTs `body` and resolves with the parsed answer; rejects on any non-2xx status. */
  post(path: string, headers: Record<string, string>, body: object): Promise<unknown> {
    return this.request('POST', path, headers, Buffer.from(JSON.stringify(body)));
  }

  /** GETs `path` and resolves with the parsed answer; rejects on any non-2xx status. */
  get(path: string, headers: Record<string, string>): Promise<unknown> {
    return this.request('GET', path, headers);
  }

  close(): void {
    this.agent.destroy();
  }

  private request(
    method: 'GET' | 'POST',
    path: string,
    headers: Record<string, string>,
    payload?: Buffer,
  ): Promise<unknown> {
    const bodyHeaders = payload
      ? { 'Content-Type': 'application/json', 'Content-Length': payload.length }
      : {};
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: { ...headers, ...bodyHeaders },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = response.statusCode ?? 0;
            if (status < 200 || status >= 300) {
              reject(new Error(`${method} ${path} answered ${status}: ${text.slice(0, 300)}`));
              return;
            }
            resolve(text.length > 0 && text.startsWith('{') ? JSON.parse(text) : text);
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  }
}
