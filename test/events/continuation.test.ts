import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';
import { makeArticle, timex } from '../fixtures/events/make-article.js';

const FILLER = ['Officials gave no further comment.', 'Markets were calm.'];

function eventsOf(sentences: readonly string[], dated: readonly [number, string, string][]) {
  const article = makeArticle('c.txt', '2030-05-15', [...FILLER, ...sentences]);
  return extractEvents(article, dated.map(([i, text, value]) => timex(article, i + FILLER.length, text, value)));
}

describe('people named after the event they took part in', () => {
  it('adds the people a following sentence places at "the event"', () => {
    const events = eventsOf(
      ['On May 12, soldiers and bands filled the harbour square for a parade.', 'Watching the event alongside President Vladimir Putin was Xi Jinping.'],
      [[0, 'May 12', '2030-05-12']],
    );
    expect(events[0]?.participants).toEqual(expect.arrayContaining(['Vladimir Putin', 'Xi Jinping']));
  });

  it('does not add people from a sentence set in another city', () => {
    const events = eventsOf(
      ['Premier Ana Lutz arrived in Shanghai on Thursday after the parade.', 'She stood alongside Xi Jinping and Vladimir Putin as the celebrations began at Red Square in central Moscow.'],
      [[0, 'Thursday', '2030-05-09']],
    );
    expect(events[0]?.participants).toEqual(['Ana Lutz']);
  });

  it('adds guests named right after a dinner', () => {
    const events = eventsOf(
      ['Xi Jinping hosted the delegates with a dinner on Sunday.', 'Guests including President Vladimir Putin posed for a photo.'],
      [[0, 'Sunday', '2030-05-12']],
    );
    expect(events[0]?.participants).toEqual(['Xi Jinping', 'Vladimir Putin']);
  });

  it('does not take people from a sentence with its own date, or from one that only comments', () => {
    const dated = eventsOf(
      ['Xi Jinping attended the ceremony on Sunday.', 'Vladimir Putin attended the ceremony on Monday.'],
      [[0, 'Sunday', '2030-05-12'], [1, 'Monday', '2030-05-13']],
    );
    expect(dated.find((e) => e.date === '2030-05-12')?.participants).toEqual(['Xi Jinping']);
    const comment = eventsOf(
      ['Xi Jinping attended the ceremony on Sunday.', 'Vladimir Putin later said the ceremony was too long.'],
      [[0, 'Sunday', '2030-05-12']],
    );
    expect(comment[0]?.participants).toEqual(['Xi Jinping']);
  });
});

describe('clauses: lists and short quoted names', () => {
  it('reads "A; B; and C" as one list of people', () => {
    const events = eventsOf(
      ['President Lena Marsh; Chinese President Xi Jinping; and Russian President Vladimir Putin attended the parade on Sunday.'],
      [[0, 'Sunday', '2030-05-12']],
    );
    expect(events[0]?.participants).toEqual(expect.arrayContaining(['Xi Jinping', 'Vladimir Putin']));
  });

  it('does not cut a clause at a quoted name', () => {
    const events = eventsOf(['Xi Jinping hosted delegates of his “Silk Harbour” forum with a dinner on Sunday.'], [[0, 'Sunday', '2030-05-12']]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2030-05-12', participants: ['Xi Jinping'] });
  });
});

describe('an acceptance answers the invitation before it', () => {
  it('makes the inviter a participant of the acceptance', () => {
    const article = makeArticle('i.txt', '2030-05-15', [
      'Officials gave no further comment.', 'Markets were calm.',
      'Now President Xi Jinping is inviting his friend President Vladimir Putin to the games.',
      'President Putin has accepted the invitation on Tuesday, a spokesman said.',
    ]);
    const mentions = extractEvents(article, [timex(article, 3, 'Tuesday', '2030-05-14')]);
    const accepted = mentions.find((m) => m.action === 'accept');
    expect(accepted?.participants).toEqual(['Vladimir Putin', 'Xi Jinping']);
    expect(accepted?.title).toMatch(/^Vladimir Putin accepts/);
  });
});

describe('a speech greets its audience', () => {
  it('makes the people a salutation names take part in the dated speech before it', () => {
    const events = eventsOf(
      ['Statement by President Xi Jinping at the Harbour Summit, Lisbon, May 12, 2030', 'Dear President Vladimir Putin, dear friends,'],
      [[0, 'May 12, 2030', '2030-05-12']],
    );
    expect(events[0]?.participants).toEqual(expect.arrayContaining(['Xi Jinping', 'Vladimir Putin']));
  });
});
