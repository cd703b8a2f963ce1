import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Actor } from '@app/domain';
import type { EventStore, Database } from '@app/event-store';
import { EVENT_STORE, KYSELY } from '@app/runtime';
import { parse } from 'csv-parse/sync';
import { missingGtdColumns } from '../gtd/codebook.js';
import { importGtd } from '../gtd/gtd-importer.js';
import { emptyCounters, ImportsRepository } from '../imports.repository.js';

export interface UploadedCsv {
  /** Where the upload was written (a temporary file this service removes when done). */
  path: string;
  originalname?: string;
  size?: number;
}

/**
 * Runs uploaded GTD imports in this process, one at a time (later ones wait as `queued`), from
 * the temporary file the upload was streamed to; progress and outcome go to the `imports` table,
 * so any API replica can answer GET /v1/admin/imports/{id}.
 */
@Injectable()
export class ImportsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Imports');
  private readonly repo: ImportsRepository;
  private queue: Promise<void> = Promise.resolve();
  private current?: ReadStream;
  private closing = false;

  constructor(
    @Inject(KYSELY) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.repo = new ImportsRepository(db);
  }

  get repository(): ImportsRepository {
    return this.repo;
  }

  /** The columns a file's header lacks (read from its first line), an empty list when importable. */
  async missingColumns(path: string): Promise<string[]> {
    const handle = await open(path, 'r');
    try {
      const buf = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      const text = buf.subarray(0, bytesRead).toString('utf8');
      const end = text.search(/\r?\n/);
      const header = parse(end >= 0 ? text.slice(0, end) : text, {
        bom: true,
        to_line: 1,
        relax_quotes: true,
      }) as string[][];
      return missingGtdColumns(header[0] ?? []);
    } catch {
      return ['(a CSV header)'];
    } finally {
      await handle.close();
    }
  }

  async enqueue(file: UploadedCsv, actor: Actor): Promise<string> {
    const id = randomUUID();
    await this.repo.create(id, actor, { fileName: file.originalname ?? null, bytesTotal: file.size ?? null });
    this.queue = this.queue.then(() => this.run(id, file, actor));
    return id;
  }

  private async run(id: string, file: UploadedCsv, actor: Actor): Promise<void> {
    try {
      if (this.closing) throw new Error('the API process shut down before the import started; upload the file again');
      await this.repo.start(id);
      this.current = createReadStream(file.path);
      const result = await importGtd(this.db, this.store, this.current, { importId: id, actor, repository: this.repo });
      await this.repo.finish(id, 'succeeded', result, { rowsPerSecond: result.rowsPerSecond });
      this.logger.log(
        `import ${id}: ${result.rows} rows, ${result.added} events added, ` +
          `${result.skipped} skipped, ${result.rowsPerSecond} rows/s`,
      );
    } catch (err) {
      const message = this.closing
        ? 'interrupted by shutdown; import the file again (re-imports add only what is missing)'
        : (err as Error).message;
      this.logger.warn(`import ${id} failed: ${message}`);
      // Batches that committed stay recorded (and counted); the record says where it stopped.
      const saved = await this.repo.get(id).catch(() => null);
      const counters = saved ? { ...emptyCounters(), ...saved } : emptyCounters();
      await this.repo.finish(id, 'failed', counters, { failure: message }).catch(() => undefined);
    } finally {
      this.current = undefined;
      await unlink(file.path).catch(() => undefined);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    this.current?.destroy(new Error('shutting down'));
    await this.queue.catch(() => undefined);
  }
}
