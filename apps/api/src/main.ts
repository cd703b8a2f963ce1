import { Logger } from 'nestjs-pino';
import { loadConfig } from '@app/config';
import { exitWithParent } from '@app/runtime';
import { createApiApp, startDefaultMetrics } from './bootstrap.js';

process.env.CLAIMTRAIL_PROCESS ??= 'api';
exitWithParent();
const config = loadConfig();
startDefaultMetrics();
const app = await createApiApp();
await app.listen(config.PORT, config.HOST);
app.get(Logger).log(`claimtrail api listening on port ${config.PORT}; OpenAPI at /docs`);
