import { Injectable } from '@nestjs/common';
import { DirectoryRepository } from './directory.repository.js';
import { StreamWriter } from './stream-writer.js';

/**
 * What most command handlers need: the directory that checks a command's references, then the
 * writer that loads the stream, decides and appends. Nest injects both into a subclass that
 * declares no constructor of its own; a subclass needing one more provider takes it as an
 * `@Inject` property (Nest's way for subclasses, rather than a constructor passing both to super).
 */
@Injectable()
export abstract class WriteHandler {
  constructor(
    protected readonly writer: StreamWriter,
    protected readonly directory: DirectoryRepository,
  ) {}
}
