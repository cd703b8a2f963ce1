import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { FOLLOWERS } from '@app/config';
import { LeaseLostError, LedgerSealer, type Database } from '@app/event-store';
import { KYSELY } from '@app/runtime';
import { LeasesService } from './leases.service.js';

/** Role `sealer`: the ledger sealer, one across all workers (its lease). */
@Injectable()
export class SealerService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Sealer');

  constructor(
    @Inject(KYSELY) private readonly db: Kysely<Database>,
    private readonly leases: LeasesService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.leases.runs('sealer')) return;
    const keeper = this.leases.keeper;
    keeper.register(FOLLOWERS.sealer, (lease) => {
      const sealer = new LedgerSealer(this.db, {
        checkpoint: FOLLOWERS.sealer,
        guard: lease.guard,
        // Kept outside the database (the log shipper), so `verify --expect-head` can show a truncated tail.
        onSealed: (h) =>
          this.logger.log({
            msg: `ledger head ${h.hash}@${h.position} (seal ${h.sealId}, ${h.events} events)`,
            ledgerHead: `${h.hash}@${h.position}`,
            sealId: h.sealId,
          }),
        onError: (err) => {
          if (err instanceof LeaseLostError) keeper.reportLost(FOLLOWERS.sealer);
          this.logger.warn(`sealer: ${(err as Error).message}`);
        },
      });
      sealer.start();
      return sealer;
    });
  }
}
