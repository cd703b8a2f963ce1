import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@app/config';
import { exitWithParent, prepareDatabase } from '@app/runtime';
import { WorkerModule } from './worker.module.js';

process.env.CLAIMTRAIL_PROCESS ??= 'worker';
exitWithParent();
await prepareDatabase(loadConfig());
const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
app.useLogger(app.get(Logger));
app.enableShutdownHooks();
await app.init();
app.get(Logger).log('claimtrail worker started');
