import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/**
 * Builds the smallest app on the same stack: React, ReactDOM, xstate and @xstate/react, one machine,
 * one component. What our first screen loads beyond it is what we add.
 */
export async function buildFloor(projectRoot: string): Promise<string> {
  const root = join(projectRoot, 'node_modules/.cache/bench-floor');
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><title>floor</title></head><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>',
  );
  writeFileSync(
    join(root, 'main.tsx'),
    `import { createRoot } from 'react-dom/client';
import { createMachine } from 'xstate';
import { useActorRef, useSelector } from '@xstate/react';
const machine = createMachine({ initial: 'idle', states: { idle: { on: { go: 'done' } }, done: {} } });
function App() {
  const actor = useActorRef(machine);
  const done = useSelector(actor, (snapshot) => snapshot.matches('done'));
  return <button onClick={() => actor.send({ type: 'go' })}>{done ? 'Done' : 'Go'}</button>;
}
createRoot(document.getElementById('root')!).render(<App />);
`,
  );
  const outDir = join(root, 'dist');
  await build({ configFile: false, root, logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true } });
  return outDir;
}
