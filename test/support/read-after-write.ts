// Set-up writes through the API that must succeed, and reads that wait until the read models have
// every one of them (`minPosition` at the highest position written so far): what the suites that
// write a small world and then read it share (contract reads, console API, the read scenario).
import { bearer, type TestApp } from './test-app.js';

export type Role = 'reporter' | 'analyst' | 'admin';

export class ReadAfterWrite {
  /** The highest log position written so far. */
  head = 0;

  constructor(private readonly t: TestApp) {}

  /** POSTs and answers the 201 body; any other answer throws (a set-up step failed). */
  async post(path: string, role: Role, body: unknown): Promise<any> {
    const res = await this.t.http
      .post(path)
      .set(bearer(this.t.keys[role]))
      .send(body as object);
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${res.text}`);
    this.saw(res.body.position ?? 0);
    return res.body;
  }

  /** Counts a write made another way (an import's last position). */
  saw(position: number): void {
    this.head = Math.max(this.head, position);
  }

  get(path: string, role: Role = 'reporter') {
    return this.t.http.get(path).set(bearer(this.t.keys[role]));
  }

  /** A GET that waits for every write so far. */
  read(path: string, role: Role = 'reporter') {
    return this.get(`${path}${path.includes('?') ? '&' : '?'}minPosition=${this.head}`, role);
  }
}
