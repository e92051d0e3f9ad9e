import { describe, expect, it } from 'vitest';
import { answerInteraction, type InteractionResponder } from '../../../adapters/discord/answer-interaction.js';
import { problem, type Answer } from '../../../src/answer/answer.js';

const help: Answer = { kind: 'help', headline: 'help', items: [], followUps: [], data: { commands: [] } };

/** A narrow fake of the responder: records calls and resolves `deferred` when the defer goes out. */
function fakeResponder() {
  const calls: string[] = [];
  let onDefer!: () => void;
  const deferred = new Promise<void>((resolve) => (onDefer = resolve));
  const respond: InteractionResponder = {
    reply: async (reply, ephemeral) => void calls.push(`reply:${ephemeral ? 'ephemeral' : 'public'}:${reply.embeds.length > 0 ? 'embed' : 'text'}`),
    defer: async () => {
      calls.push('defer');
      onDefer();
    },
    edit: async () => void calls.push('edit'),
    editWithProblem: async () => void calls.push('problem-after-defer'),
  };
  return { calls, respond, deferred };
}

const render = (answer: Answer) => ({ embeds: answer.kind === 'problem' ? [] : [{ title: answer.headline }], components: [] });

describe('answerInteraction', () => {
  it('replies at once when the answer is ready before the defer deadline', async () => {
    const { calls, respond } = fakeResponder();
    expect(await answerInteraction({ work: Promise.resolve(help), respond, render, deferAfterMs: 60_000 })).toBe('replied');
    expect(calls).toEqual(['reply:public:embed']);
  });

  it('shows a quick problem to the asker alone', async () => {
    const { calls, respond } = fakeResponder();
    await answerInteraction({ work: Promise.resolve(problem('not-found', 'no such event')), respond, render, deferAfterMs: 60_000 });
    expect(calls).toEqual(['reply:ephemeral:text']);
  });

  it('defers a slow answer, then edits it in', async () => {
    const { calls, respond, deferred } = fakeResponder();
    let finish!: (a: Answer) => void;
    const work = new Promise<Answer>((resolve) => (finish = resolve));
    const done = answerInteraction({ work, respond, render, deferAfterMs: 5 });
    await deferred;
    expect(calls).toEqual(['defer']);
    finish(help);
    expect(await done).toBe('deferred');
    expect(calls).toEqual(['defer', 'edit']);
  });

  it('turns a slow problem into an ephemeral message after the defer', async () => {
    const { calls, respond, deferred } = fakeResponder();
    let finish!: (a: Answer) => void;
    const done = answerInteraction({ work: new Promise<Answer>((resolve) => (finish = resolve)), respond, render, deferAfterMs: 5 });
    await deferred;
    finish(problem('internal-error', 'sorry'));
    await done;
    expect(calls).toEqual(['defer', 'problem-after-defer']);
  });

  it('passes a failed response on to the entry point that logs it', async () => {
    const { respond } = fakeResponder();
    const failing = { ...respond, reply: async () => Promise.reject(new Error('Unknown interaction')) };
    await expect(answerInteraction({ work: Promise.resolve(help), respond: failing, render, deferAfterMs: 60_000 })).rejects.toThrow('Unknown interaction');
  });
});
