// A worker thread of `run --workers`: compiles the TypeScript on the fly, then runs its slice.
import { register } from 'tsx/esm/api';

register();
await import('../src/engine/workers/shard-worker.ts');
