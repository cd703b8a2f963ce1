import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadConfig } from '@app/config';
import { exitWithParent, prepareDatabase } from '@app/runtime';
import { startMetricsServer } from './metrics-server.js';
import { WorkerModule } from './worker.module.js';

process.env.CLAIMTRAIL_PROCESS ??= 'worker';
exitWithParent();
const config = loadConfig();
await prepareDatabase(config);
startMetricsServer(config.WORKER_METRICS_PORT);
const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
app.useLogger(app.get(Logger));
app.enableShutdownHooks();
await app.init();
app.get(Logger).log(`claimtrail worker started (roles: ${config.WORKER_ROLES.join(', ')})`);
