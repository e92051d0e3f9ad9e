/**
 * What is not article text: page furniture a scrape drags along (share and comment widgets, app and newsletter
 * prompts, ratings, image placeholders and captions, menus, tickers, cookie and error notices), and the outlet name
 * such furniture often gives away. Patterns describe kinds of furniture, never a particular site.
 */

// Whole-line widgets and labels: matched against a short line (≤ 60 characters), case-insensitive.
const SHORT_FURNITURE = new RegExp(
  '^(?:' +
    [
      'share(?: (?:this|on \\w+|via \\w+|article|story))?', 'shares?', 'tweet', 'e-?mail', 'print', 'copy link', 'save',
      'subscribe(?: now| today)?', 'sign (?:in|up)', 'log ?in', 'register', 'follow(?: us)?', 'like', 'reply',
      '\\d+\\s*(?:comments?|replies|shares|likes|views)', 'comments?', 'view (?:all )?comments', 'show comments',
      'leave a (?:comment|reply)', 'post a comment', 'add a comment', 'inline feedbacks?', 'notify of', 'guest',
      'newest', 'oldest', 'most voted', 'login', 'logout', '\\d+\\s+\\d+\\s+votes?', '\\d+\\s*votes?',
      '(?:article|post|user)? ?ratings?', 'rate this(?: article| story)?', '[★☆✩✪⭐\\s]+',
      '(?:featured?|header|hero|lead|main|top|cover) (?:image|photo|picture)', 'image', 'photo', 'picture', 'video',
      'gallery', '\\[?(?:image|photo|video|img)[^\\]]*\\]', 'advertisement', 'advert', 'ad', 'sponsored(?: content)?',
      'promoted', 'home', 'menu', 'search', 'close', 'open', 'skip to (?:main )?content', 'back to top', 'top',
      'back to (?:the )?(?:main page|home ?page|home|index|(?:all )?news|section)',
      'next(?: article| story| post)?', 'previous(?: article| story| post)?', 'read more', 'read next', 'more',
      'see (?:also|more)', 'related(?: articles| stories| news| posts| content| topics)?', 'also read', 'trending',
      'most (?:read|popular|viewed)', 'recommended(?: for you)?', 'latest(?: news| stories)?', 'top stories',
      'you may also like', 'loading(?:\\.*|…)', 'please wait(?:\\.*|…)', 'listen(?: to (?:this )?(?:article|story))?(?:\\s*[·•|(-].{0,25})?',
      '\\d+(?:\\s*-\\s*\\d+)? min(?:ute)?s?(?: read| to read| reading time)?', '(?:estimated )?reading time:? .{0,25}',
      'file (?:photo|picture|image)s?', '(?:[\\w. ]{0,40}(?:/|via|,) )?getty images', 'getty', 'shutterstock', 'istock(?:photo)?',
      'story continues (?:below|after)(?: (?:the )?(?:advertisement|ad|this ad))?', 'continue reading(?: below| the main story)?',
      'trending (?:now|stories|news|topics|today)', 'most (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|news|today|this week))?',
      'top (?:picks|videos)', 'editor\'?s picks?', 'more (?:from|on) .{1,30}', 'related (?:coverage|reading|links)',
      'advertisement(?: [-–—|:] .{0,30})?', 'ad feedback', 'report an? (?:ad|error|typo)', 'follow (?:us|@\\w+)(?: on .{1,30})?',
      'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'reddit', 'pinterest', 'instagram', 'youtube',
      'email this', 'tags?', 'topics?', 'categories', 'filed under', 'breaking(?: news)?', 'live', 'updated',
      'download(?: the)? app', 'get the app', 'open in app', 'accept(?: all)?(?: cookies)?', 'reject(?: all)?',
      'manage (?:cookies|preferences|settings)', 'got it', '(?:like|share|print|email|tweet) this', 'like this:?', 'related posts?', 'ok', 'dismiss', 'text', 'content', 'markdown content',
    ].join('|') +
    ')[.:!]?$',
  'i',
);

// Furniture recognisable at any length, anywhere in the line.
const ANYWHERE_FURNITURE: readonly RegExp[] = [
  /^(?:download|get|install|try)\s+(?:the|our)\s+.{1,60}?\bapp\b/i,
  /\bstay tuned to\b/i,
  /^(?:subscribe|sign up)\s+(?:to|for)\s+(?:our|the)\b.{0,80}\b(?:newsletter|channel|updates|alerts)\b/i,
  /^(?:follow|join)\s+(?:us|our|the)\b.{0,60}\b(?:on|at)\s+(?:twitter|x|facebook|instagram|telegram|whatsapp|google news|youtube|linkedin)\b/i,
  /^(?:click|tap) here\b/i,
  // A ticker cell: a signed change and its percentage and nothing else ("+16.20 (+0.48%)", "-5.63 (-0.07%)").
  /^[+\-−]?\d[\d,.]*\s*\(?[+\-−]?\d[\d,.]*%\)?$/,
  // A finance portal's market clock: "Singapore markets close in 44 minutes", "U.S. markets open in 2 hours".
  /^[A-Za-z. ]{1,30}\bmarkets?\s+(?:close|open)s?\s+in\s+\d+\s+(?:minutes?|mins?|hours?|hrs?)$/i,
  // Reader-funding appeals: "Support The Moscow Times!", "Support us", "Enjoying ad-free content?", "Donate now".
  /^support\s+(?:us|our\s+(?:work|journalism|newsroom|reporting)|(?:independent\s+)?journalism|the\s+[\w'’ .&-]{2,40}!)\s*[.!]?$/i,
  /^(?:enjoying|like|love|value)\s+(?:our\s+|this\s+)?(?:ad-free\s+|independent\s+)?(?:content|journalism|reporting)\?$/i,
  /^(?:donate(?:\s+now|\s+today)?|make a donation|become an? (?:member|supporter|patron|subscriber))\b.{0,40}$/i,
  /^(?:also read|read also|read more|see also|related|watch|listen|recommended|must read|don'?t miss)\s*[:|>\-–—]/i,
  /^(?:photo|image|picture|file photo|video|caption|credit|source: (?:getty|reuters|afp|ap))\s*[:|]/i,
  /\((?:photo|image|picture)(?: credit)?:\s*[^)]*\)\s*$/i,
  /\|\s*(?:photo|image)(?: credit)?\b/i,
  /^!\[[^\]]*\]\([^)]*\)$/, // markdown image
  /^(?:\[[^\]]+\]\([^)]*\)\s*[|•·,]?\s*)+$/, // a line of markdown links only: a menu
  /\bcookies?\b.{0,120}\b(?:consent|accept|agree|privacy policy|by continuing|we use|this (?:web)?site uses|improve your experience)\b/i,
  /\b(?:we use|this (?:web)?site uses)\s+cookies\b/i,
  /\b(?:enable|turn on)\s+javascript\b|\bjavascript (?:is )?(?:disabled|required|must be enabled)\b/i,
  /\byour browser (?:does not|doesn'?t) support\b/i,
  /^(?:error|oops)\b.{0,80}\b(?:occurred|loading|went wrong|try again|not found)\b/i,
  /^(?:something went wrong|page not found|404\b|this (?:video|content|page) is (?:not )?(?:available|unavailable))/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\.?$/i,
  /\b(?:auto-generated from a syndicated feed|has not been edited by .{1,40} staff)\b/i,
  /^(?:tags?|topics?|filed under|categories)\s*:/i,
  /^(?:advertisement|sponsored|scroll to continue)\b/i,
  // Wire-story credits: "(Reporting by …; Editing by …)", "Reporting by A in B; editing by C".
  /^\(\s*(?:additional )?(?:reporting|writing|editing|compiled|research|translation|translated|produced)(?: by)?\b[^)]{0,300}\)\.?$/i,
  /^(?:additional )?(?:reporting|writing) by\b.{0,200}\b(?:editing|edited|writing) by\b/i,
  // "This article was originally published on …", "This story first appeared in …", "Originally published …".
  /^(?:(?:this|the) (?:article|story|piece|post|interview|report)\b.{0,40}\b(?:was |is )?(?:originally|first) (?:published|appeared|posted)|originally (?:published|appeared|posted))\b/i,
  /^(?:republished|reproduced|reprinted) (?:with|by) (?:permission|courtesy)\b/i,
  // A photo credit closing a caption: "… in Moscow. (Getty Images)", "… (AP Photo/Ada Berg)", "… | Reuters/File Photo".
  /\((?:[^()]{0,80}[/ ])?(?:getty images|shutterstock|istock(?:photo)?|(?:ap|afp|epa|reuters|xinhua|sputnik|tass|pool|file|handout) photo|photo(?:graph)?(?: by| credit)?|image(?: credit| by)?|credit|pictured)\b[^()]{0,60}\)\.?\s*$/i,
  /[|/]\s*(?:getty images|reuters\/file photo|file photo|ap photo)\s*$/i,
  /^(?:enable|turn on) (?:javascript|cookies)\b/i,
  // Desk notes closing a story: "Editor: Li Ming", "Source: Xinhua" (credits such as "… contributed reporting." are CONTRIBUTED_CREDIT below).
  /^(?:editor|editors|edited by|chief editor|responsible editor|executive editor|translator|translated by|proofreader|source|sources|via|web editor)\s*:\s*\S.{0,50}$/i,
  /^why (?:you can )?trust\b.{0,40}$/i,
  /^(?:share|post)\s+(?:this|on)\b.{0,40}$/i,
  /^(?:posted|updated|last updated|published)\b.{0,40}\bago$/i,
  /^https?:\/\/\S+$/i,
  /[▲▼△▽]/, // market tickers
];

/** A navigation menu or breadcrumb: several short items joined by separators, with no sentence punctuation. */
function looksLikeMenu(line: string): boolean {
  const items = line.split(/\s*(?:\||•|·|»|›|>|\/)\s*/).filter((s) => s.length > 0);
  if (items.length < 3) return false;
  return items.every((s) => s.split(/\s+/).length <= 4) && !/[.!?]["”’]?$/.test(line);
}

// Newsletter and social prompts of any wording, on a line short enough to be a prompt and without a reporting verb.
const PROMPT = /^(?:(?:sign up|subscribe|register)(?: now| today| free| here)?\s+(?:for|to)\b|follow (?:us|our|@)|join (?:us|our) (?:on|at)\b|get (?:our|the) (?:free )?(?:newsletter|daily|morning|evening)\b)/i;
const REPORTING_VERB = /\b(?:said|says|was|were|has|have|had|will|would|told|urged|asked|added|called)\b/i;
// Words every all-capitals headline needs and a row of section names or quotes never has.
const FUNCTION_WORDS = /\b(?:A|AN|THE|OF|IN|ON|TO|FOR|AND|WITH|AS|AT|BY|FROM|OVER|AFTER|IS|ARE|WILL|IT|ITS|NOT|INTO|AMID|SAYS)\b/;

/**
 * A ticker or section strip in capitals: "DOW 34,500 -0.5 NASDAQ 13,200 +1.2", "POLITICS  WORLD  BUSINESS  TECH".
 * A headline set in capitals is kept: it has joining words ("XI AND PUTIN MEET IN MOSCOW").
 */
function looksLikeCapsStrip(line: string): boolean {
  if (/\p{Ll}/u.test(line)) return false;
  const tokens = line.split(/\s+/).filter((t) => /[\p{L}\d]/u.test(t));
  if (tokens.length < 5) return false;
  const numbers = tokens.filter((t) => /^[+\-−]?[\d.,]+%?$/.test(t)).length;
  const words = tokens.filter((t) => /^\p{Lu}[\p{Lu}&/.'’-]*$/u.test(t)).length;
  if (numbers >= 3 && words >= 3) return true;
  return words === tokens.length && !FUNCTION_WORDS.test(line) && !/[.!?]["”’]?$/.test(line);
}

/** A row of ticker quotes: three or more signed percentages or price changes. */
function looksLikeTicker(line: string): boolean {
  return (line.match(/[+\-−]?\d+(?:[.,]\d+)?%/g)?.length ?? 0) >= 3 && line.split(/\s+/).length < 40;
}

const ANCHORED_FURNITURE = new RegExp(ANYWHERE_FURNITURE.filter((re) => re.source.startsWith('^')).map((re) => `(?:${re.source})`).join('|'), 'i');
const UNANCHORED_FURNITURE = new RegExp(ANYWHERE_FURNITURE.filter((re) => !re.source.startsWith('^')).map((re) => `(?:${re.source})`).join('|'), 'i');
// Every unanchored pattern needs one of these words or marks. A paragraph nearly always has none, and one scan for a
// list of words is several times cheaper than trying the full alternation at each of its characters.
const UNANCHORED_GATE = /stay tuned|photo|image|picture|cookie|javascript|browser|reserved|syndicated|edited by|getty|shutterstock|istock|credit|[▲▼△▽]/i;
const MENU_SEPARATOR = /[|•·»›>/]/;
// "CNN's Ada Berg contributed reporting.": kept out of ANCHORED_FURNITURE because `^.{0,120}` makes it try up to 120
// end points on every line (it was nine tenths of that alternation's time). It only runs on a line that ends like
// one; CREDIT_END on the last 10 characters (the longest ending, "reporting.") says so exactly.
const CONTRIBUTED_CREDIT = /^.{0,120}\bcontributed (?:to )?(?:this )?(?:report|reporting|story|article)\.?$/i;
const CREDIT_END = /(?:report|reporting|story|article)\.?$/i;

/** Strips Markdown emphasis, heading and quote marks and spaces from both ends. */
function stripEdges(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && '*_#>- \t\u00a0\r\n'.includes(line[a] ?? '')) a++;
  while (b > a && '*_ \t\u00a0\r\n'.includes(line[b - 1] ?? '')) b--;
  return line.slice(a, b);
}

export function isFurniture(line: string): boolean {
  return furnitureIn(line, true);
}

/** `isFurniture`; `mayHaveGateWord: false` says the line has no UNANCHORED_GATE word (SCREEN_WORDS found none). */
function furnitureIn(line: string, mayHaveGateWord: boolean): boolean {
  const trimmed = stripEdges(line);
  if (trimmed.length === 0) return true;
  if (trimmed.length <= 60 && SHORT_FURNITURE.test(trimmed)) return true;
  // Both combined patterns are case-insensitive; the member patterns all were, except the Markdown ones, which have no letters to fold.
  if (ANCHORED_FURNITURE.test(trimmed)) return true;
  if (CREDIT_END.test(trimmed.slice(-10)) && CONTRIBUTED_CREDIT.test(trimmed)) return true;
  if (mayHaveGateWord && UNANCHORED_GATE.test(trimmed) && UNANCHORED_FURNITURE.test(trimmed)) return true;
  if (trimmed.length <= 160 && PROMPT.test(trimmed) && !REPORTING_VERB.test(trimmed)) return true;
  if (trimmed.length < 300 && !/[a-z]/.test(trimmed) && looksLikeCapsStrip(trimmed)) return true;
  // A Markdown link's target is full of slashes; only its text counts when looking for a menu.
  const visible = trimmed.includes('](') ? trimmed.replace(/\]\([^)\s]*\)/g, ']') : trimmed;
  return (visible.length < 300 && MENU_SEPARATOR.test(visible) && looksLikeMenu(visible)) || (trimmed.includes('%') && looksLikeTicker(trimmed));
}

const NAME = "((?:[A-Z0-9][\\w&'’.-]*)(?:\\s+(?:of|the|and|&|[A-Z0-9][\\w&'’.-]*)){0,5})";
// Words the unanchored patterns below need: one case-sensitive scan rules out nearly every line before they run
// (anchored patterns fail at the first character and need no gate).
const OUTLET_GATE = /tuned|published|appeared|reporter|correspondent|editor|journalist|writer|columnist/;
const OUTLET_PATTERNS: readonly RegExp[] = [
  new RegExp(`^(?:[Dd]ownload|[Gg]et|[Ii]nstall|[Tt]ry)\\s+(?:[Tt]he|[Oo]ur)\\s+${NAME}\\s+(?:mobile\\s+)?app\\b`),
  new RegExp(`\\b[Ss]tay tuned to\\s+(?:the\\s+)?${NAME}`),
  new RegExp(`\\b(?:originally|first)\\s+(?:published|appeared)\\s+(?:on|in|by|at)\\s+(?:the\\s+)?${NAME}`, 'i'),
  new RegExp(`^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?,?\\s*(?:the\\s+)?${NAME}`, 'i'),
  new RegExp(`\\b(?:reporter|correspondent|editor|journalist|writer|columnist)\\s+(?:at|for|with)\\s+(?:the\\s+)?${NAME}`),
  new RegExp(`^(?:subscribe|sign up)\\s+to\\s+(?:the\\s+)?${NAME}\\s+(?:newsletter|channel)`, 'i'),
];

/** The outlet a line names about itself ("Download the X app", "© 2023 X", "a reporter at X"), or null. */
export function outletNamedIn(line: string): string | null {
  return outletIn(line, true);
}

/** `outletNamedIn`; `mayHaveGateWord: false` says the line has no OUTLET_GATE word (SCREEN_WORDS found none). */
function outletIn(line: string, mayHaveGateWord: boolean): string | null {
  const trimmed = line.trim();
  const gateOpen = mayHaveGateWord && OUTLET_GATE.test(trimmed);
  for (const re of OUTLET_PATTERNS) {
    if (!gateOpen && !re.source.startsWith('^')) continue;
    const name = re.exec(trimmed)?.[1];
    if (name === undefined) continue;
    const cleaned = (name.split(/[.,;:]\s/)[0] ?? name).replace(/[.,;:]+$/, '').replace(/\s+(?:all rights reserved|ltd|limited|inc|llc)$/i, '').trim();
    if (cleaned.length >= 2 && !/^(?:all|our|this|the)$/i.test(cleaned)) return cleaned;
  }
  return null;
}

/**
 * The words of both gates in one case-insensitive scan (as cheap as either alone): a line without any opens neither
 * gate, and neither can any part of it, since both gates look for plain words anywhere.
 */
const SCREEN_WORDS = new RegExp(`${UNANCHORED_GATE.source}|${OUTLET_GATE.source}`, 'i');

export interface LineScreen {
  /** `isFurniture(line)` */
  readonly furniture: boolean;
  /** `outletNamedIn(line)` */
  readonly outlet: string | null;
}

/** Both checks ingest makes on every line, sharing the scan for their gate words (the larger part of their cost). */
export function screenLine(line: string): LineScreen {
  const mayHaveGateWord = SCREEN_WORDS.test(line);
  return { outlet: outletIn(line, mayHaveGateWord), furniture: furnitureIn(line, mayHaveGateWord) };
}

/** Text reduced for comparing blocks: case, spacing and punctuation differences do not make a block new. */
export function comparisonKey(text: string): string {
  // Non-Unicode regex on purpose: this runs on every sentence; letters beyond ASCII are kept as they are.
  return text.toLowerCase().replace(/[^a-z0-9\u00c0-\u2000\u2070-\uffff]+/g, ' ').trim();
}
