// Queue, job and check names live in @app/config (names.ts); this file holds what the jobs carry.

/** What each job carries: enough to find the claim, and the command's correlation id for the logs. */
export interface ClaimJobData {
  incidentId: string;
  claimId: string;
  /** The event that caused this run (ClaimRecorded, or a re-evaluation trigger). */
  causeEventId: string;
  causeType: string;
  /** Global position of the cause: a run never overwrites the verdict of a run with a later cause. */
  causePosition: number;
  /** The flow's parent job id, for the pending marker. */
  flowId: string;
  correlationId: string | null;
}

export interface EscalateJobData {
  incidentId: string;
  reviewId: string;
  correlationId: string | null;
}

/** Marks a claim's flow that has not started yet: later changes fold into it instead of queueing another. */
export const pendingKey = (prefix: string, claimId: string) => `${prefix}:pending-flow:${claimId}`;
