// A private three-master Redis Cluster on free local ports (redis-server --cluster-enabled, then
// redis-cli --cluster create), for the suites that run BullMQ through a cluster.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stopChild } from '@app/runtime';
import { freePort } from '../../support/processes.js';

export interface PrivateCluster {
  ports: number[];
  /** REDIS_URL for the app: redis-cluster://127.0.0.1:p1,127.0.0.1:p2,... */
  url: string;
  info(): string;
  stop(): Promise<void>;
}

const cli = (args: string[]) => spawnSync('redis-cli', args, { encoding: 'utf8', timeout: 30_000 });

export async function startRedisCluster(nodes = 3): Promise<PrivateCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ct-redis-cluster-'));
  const ports: number[] = [];
  const children: ChildProcess[] = [];
  for (let i = 0; i < nodes; i++) {
    const port = await freePort();
    ports.push(port);
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        path.join(dir, `nodes-${port}.conf`),
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'no',
        '--cluster-node-timeout',
        '2000',
      ],
      { stdio: 'ignore' },
    );
    children.push(child);
  }
  const stop = async () => {
    await Promise.all(children.map((c) => stopChild(c)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const p of ports) {
      for (let i = 0; cli(['-p', String(p), 'ping']).stdout.trim() !== 'PONG'; i++) {
        if (i > 100) throw new Error(`redis-server on ${p} did not answer`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const create = cli([
      '--cluster',
      'create',
      ...ports.map((p) => `127.0.0.1:${p}`),
      '--cluster-replicas',
      '0',
      '--cluster-yes',
    ]);
    if (create.status !== 0) throw new Error(`redis-cli --cluster create: ${create.stdout}${create.stderr}`);
    const info = (port = ports[0]) => cli(['-p', String(port), 'cluster', 'info']).stdout;
    // Every node must see the whole cluster before clients connect (else they may cache a partial slot map).
    const ready = () =>
      ports.every(
        (p) => /cluster_state:ok/.test(info(p)) && new RegExp(`cluster_known_nodes:${nodes}\\b`).test(info(p)),
      );
    for (let i = 0; !ready(); i++) {
      if (i > 200) throw new Error(`cluster not ok: ${ports.map((p) => info(p)).join('\n')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return { ports, url: `redis-cluster://${ports.map((p) => `127.0.0.1:${p}`).join(',')}`, info: () => info(), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
