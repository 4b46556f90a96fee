// Benches measure what production runs, so each builds the workspace it
// measures first (npm run build in its folder) and stops if that fails.
import { spawnSync } from 'node:child_process';

export function buildWorkspace(dir: string): void {
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error(`build failed in ${dir}`);
    process.exit(1);
  }
}
