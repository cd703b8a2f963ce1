import type { Job } from 'bullmq';
import { Counter, Histogram } from 'prom-client';

const durations = new Histogram({
  name: 'claimtrail_job_duration_seconds',
  help: 'Duration of queue jobs by queue and job name',
  labelNames: ['queue', 'name', 'outcome'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});
const failures = new Counter({
  name: 'claimtrail_job_failures_total',
  help: 'Failed queue job attempts',
  labelNames: ['queue', 'name'],
});

export const jobMetrics = {
  instrument<T>(queue: string, handler: (job: Job) => Promise<T>) {
    return async (job: Job): Promise<T> => {
      const end = durations.startTimer({ queue, name: job.name });
      try {
        const r = await handler(job);
        end({ outcome: 'completed' });
        return r;
      } catch (err) {
        end({ outcome: 'failed' });
        failures.inc({ queue, name: job.name });
        throw err;
      }
    };
  },
};
