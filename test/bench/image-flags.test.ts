/**
 * The bench measures the subgraph as the image runs it, so the Node flags
 * of the Dockerfile's CMD and of the bench's spawn must not drift apart.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { IMAGE_NODE_FLAGS } from '../../bench/processes.js';

describe('image flags', () => {
  it('runs the bench subgraph with the flags of the Dockerfile CMD', async () => {
    const dockerfile = await readFile(
      new URL('../../Dockerfile', import.meta.url),
      'utf8',
    );
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];

    expect(JSON.parse(cmd ?? '[]')).toEqual([
      'node',
      ...IMAGE_NODE_FLAGS,
      'dist/main.js',
    ]);
  });
});
