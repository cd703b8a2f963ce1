import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, register } from 'prom-client';

/** The worker's own /metrics (job durations and failures, process metrics) for Prometheus. */
export function startMetricsServer(port: number): Server | undefined {
  if (!port) return undefined;
  collectDefaultMetrics();
  const server = createServer(async (req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': register.contentType }).end(await register.metrics());
  });
  server.on('error', () => undefined);
  server.listen(port, '0.0.0.0');
  server.unref();
  return server;
}
