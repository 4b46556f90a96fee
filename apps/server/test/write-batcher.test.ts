// Group commit: one commit per batch of concurrent submissions, answers only
// after the commit, bounded queue, drain on shutdown.
import { describe, expect, it } from 'vitest';
import { BatcherClosedError, QueueFullError, WriteBatcher } from '../src/ingest/write-batcher';

/** A commit function that records batches and can be held open. */
function recorder() {
  const batches: number[][] = [];
  let release: () => void = () => {};
  let gate: Promise<void> | undefined;
  return {
    batches,
    hold() {
      gate = new Promise((resolve) => {
        release = resolve;
      });
    },
    release: () => release(),
    commit: async (ops: number[]) => {
      if (gate) await gate;
      batches.push(ops);
      return ops.map((op) => op * 10);
    },
  };
}

describe('WriteBatcher', () => {
  it('commits submissions made in the same turn as one batch, answering each with its result', async () => {
    const r = recorder();
    const batcher = new WriteBatcher({ commit: r.commit });
    const results = await Promise.all([1, 2, 3, 4].map((n) => batcher.submit(n)));
    expect(results).toEqual([10, 20, 30, 40]);
    expect(r.batches).toEqual([[1, 2, 3, 4]]);
  });

  it('splits at maxBatch and keeps order', async () => {
    const r = recorder();
    const batcher = new WriteBatcher({ commit: r.commit, maxBatch: 3 });
    await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => batcher.submit(n)));
    expect(r.batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('does not answer before the commit has finished', async () => {
    const r = recorder();
    r.hold();
    const batcher = new WriteBatcher({ commit: r.commit });
    let answered = false;
    const pending = batcher.submit(1).then(() => {
      answered = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    r.release();
    await pending;
    expect(answered).toBe(true);
  });

  it('gathers submissions that arrive during a commit into the next batch', async () => {
    const r = recorder();
    r.hold();
    const batcher = new WriteBatcher({ commit: r.commit });
    const first = batcher.submit(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = [2, 3, 4].map((n) => batcher.submit(n));
    r.release();
    await Promise.all([first, ...later]);
    expect(r.batches).toEqual([[1], [2, 3, 4]]);
  });

  it('refuses with QueueFullError when maxQueue submissions are waiting', async () => {
    const r = recorder();
    r.hold();
    const batcher = new WriteBatcher({ commit: r.commit, maxQueue: 2 });
    const accepted = [batcher.submit(1), batcher.submit(2)];
    await expect(batcher.submit(3)).rejects.toBeInstanceOf(QueueFullError);
    r.release();
    expect(await Promise.all(accepted)).toEqual([10, 20]);
    expect(await batcher.submit(4)).toBe(40);
  });

  it('rejects every submission of a batch whose commit failed', async () => {
    const batcher = new WriteBatcher<number, number>({
      commit: async () => {
        throw new Error('disk full');
      },
    });
    const results = await Promise.allSettled([batcher.submit(1), batcher.submit(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(batcher.pending).toBe(0);
  });

  it('drain commits everything accepted, then refuses new submissions', async () => {
    const r = recorder();
    r.hold();
    const batcher = new WriteBatcher({ commit: r.commit });
    const accepted = [1, 2, 3].map((n) => batcher.submit(n));
    const drained = batcher.drain();
    await expect(batcher.submit(9)).rejects.toBeInstanceOf(BatcherClosedError);
    r.release();
    await drained;
    expect(await Promise.all(accepted)).toEqual([10, 20, 30]);
    expect(r.batches.flat()).toEqual([1, 2, 3]);
  });
});
