import { splitSentences } from './src/ingest/split-sentences.js';
const cases = [
  'Mr. Smith met Dr. Jones in the U.S. on Dec. 6, 2021. They talked.',
  'It cost 3.5 billion. No. 5 was next. The U.S. The end.',
  'He said "Stop." Then he left. "Why?" he asked. ',
  'Trade rose in 2022.Xi said it was fine.The talks went on. See example.com now.',
  'Wait... Then it happened… and again… What? Yes!',
  'George W. Bush met J. K. Rowling. She smiled.',
  'Putin noted.”The end came. U.S. officials said so.',
  'Apple Inc. The firm grew. Apple Inc. shares rose.',
];
for (const c of cases) console.log(splitSentences(c).map(s => c.slice(s.start, s.end)));
