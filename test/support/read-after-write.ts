// Set-up writes through the API that must succeed (the claim, retraction, denial and attribution
// calls by their varying fields), and reads that wait until the read models have every one of them
// (`minPosition` at the highest position written so far): what the suites that write a small world
// and then read it share (contract reads, console API, the read scenario).
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

  /** A claim (a statement unless `extra` says otherwise); answers the 201 body. */
  claim(incidentId: string, group: string, claimedAt: string, sourceId: string, extra: object = {}): Promise<any> {
    const body = { group, channel: 'statement', claimedAt, sourceId, ...extra };
    return this.post(`/v1/incidents/${incidentId}/claims`, 'reporter', body);
  }

  /** A claim's retraction; an undefined reason is left out, a null one sent. */
  retract(
    incidentId: string,
    claimId: string,
    retractedAt: string,
    sourceId: string,
    reason?: string | null,
  ): Promise<any> {
    const body = { retractedAt, sourceId, reason };
    return this.post(`/v1/incidents/${incidentId}/claims/${claimId}/retractions`, 'reporter', body);
  }

  /** A group's denial; without a statement when none is given. */
  deny(incidentId: string, group: string, deniedAt: string, sourceId: string, statement?: string): Promise<any> {
    return this.post(`/v1/incidents/${incidentId}/denials`, 'reporter', { group, deniedAt, sourceId, statement });
  }

  /** An analyst's attribution. */
  attribute(incidentId: string, group: string, confidence: number, basis: string, sourceIds: string[]): Promise<any> {
    return this.post(`/v1/incidents/${incidentId}/attributions`, 'analyst', { group, confidence, basis, sourceIds });
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
