import { describe, expect, it } from 'vitest';
import { askingCorpus } from '../fakes/text-corpus.js';

const { askData } = askingCorpus({
  'fair.txt': [
    'date 2012-04-20',
    'Title: Harvest Fair opens in Kazan',
    '',
    'Thousands came to the Harvest Fair on Thursday.',
    '',
    'In a speech at the fair, Putin noted that farmers were "the backbone of the nation".',
    '',
  ].join('\n'),
  'lima.txt': [
    'date 2012-05-02',
    'Title: Putin meets the Peruvian leader',
    '',
    'Vladimir Putin discussed fishing quotas with the Peruvian president at a summit in Lima.',
    '',
  ].join('\n'),
});

describe('sentences for a question', () => {
  it('are situated by their article: the sentence need not repeat the occasion the question names', () => {
    expect(askData('What did Putin say about farmers at the Harvest Fair?').answer).toContain('the backbone of the nation');
  });

  it('come only from articles that name everyone asked about', () => {
    expect(askData('What did Xi and Putin discuss at the summit in Lima?').answer).toMatch(/^I don't know/);
  });
});
