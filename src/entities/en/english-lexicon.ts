// Word lists for English news translated from South-Asian and Middle-Eastern sources, where compromise's own lexicon is
// thin. Lower-cased; multi-word entries are matched token by token. None comes from a gold or fixture file.

import { BRAND_NAMES_DATA } from './brand-names-data';

/** Role titles: they announce a person but are not part of the name's span. Longest first. */
// Source: the English forms of the Urdu titles in the notes' tagged-corpus frequency list, plus the forms of address and
// military ranks of English style guides.
// prettier-ignore
export const ROLE_TITLES = [
  'deputy prime minister', 'prime minister', 'vice president', 'crown prince', 'chief minister', 'chief justice',
  'foreign minister', 'finance minister', 'interior minister', 'defence minister', 'defense minister',
  'information minister', 'field marshal', 'army chief', 'secretary-general', 'secretary general', 'foreign secretary',
  'attorney-general', 'attorney general', 'director-general', 'director general', 'inspector-general',
  'inspector general', 'governor-general', 'governor general', 'solicitor-general', 'solicitor general',
  'surgeon general', 'mayor', 'judge', 'commissioner', 'admiral', 'colonel', 'lieutenant', 'sergeant', 'commander',
  'pope', 'cardinal', 'archbishop', 'bishop', 'reverend', 'rev', 'sen', 'rep', 'gov', 'pm', 'cm', 'mp', 'mna', 'mpa',
  'president', 'minister', 'general', 'gen', 'chairman', 'chairperson', 'senator', 'governor', 'speaker', 'ambassador',
  'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'counterpart', 'mr', 'mrs', 'ms', 'dr', 'professor', 'prof',
  'captain', 'justice', 'maulana', 'mufti', 'imam', 'leader', 'chief', 'premier', 'envoy', 'lt', 'col',
];

/**
 * Honorifics before a name ("Prophet Muhammad", "Ayatollah Ali Khamenei", "Quaid-e-Azam Muhammad Ali Jinnah"): outside
 * the name's span, like ROLE_TITLES. Only the rules read them: as tagger features (retrained with the religious ones)
 * they moved the English tagger's scores on the tuning sets by no more than a shuffle does, and made it read some
 * Arabic names as places.
 */
// Source: the religious forms of address of English style guides, and the title Pakistan's English press gives its
// founder.
export const HONORIFICS = ['grand ayatollah', 'ayatollah', 'prophet', 'quaid-e-azam', 'quaid-i-azam'];

/** The abbreviated blessings written in brackets after a revered name: "the Holy Prophet (PBUH)", "Hazrat Ali (RA)". */
// Source: the Islamic honorific abbreviations of English-language Muslim usage (PBUH, SAW, SAWW, AS, RA).
export const BLESSINGS = new Set(['pbuh', 'saw', 'saww', 'as', 'ra']);

export const TITLES_BEFORE_NAMES = [...ROLE_TITLES, ...HONORIFICS];

/** Titles that are customarily part of the name ("Sheikh Mohamed", "Prince Mohammed"): kept inside the span. */
// Source: royal and Gulf titles of address (English style guides), and Hazrat, the honorific South Asian English
// writes before revered names ("Hazrat Ali", "Hazrat Data Ganj Bakhsh").
export const NAME_TITLES = new Set(['sheikh', 'prince', 'princess', 'king', 'queen', 'emir', 'hazrat']);

/** Abbreviated titles written with a full stop ("Mr. Raisi"). */
// Source: the abbreviated forms of ROLE_TITLES above, plus St (Saint).
export const DOTTED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'prof', 'lt', 'col', 'st']);

/** Name particles that may sit inside a person's or organisation's name. */
// Source: Arabic, Dutch, German and Iberian name particles (bin, al, van, von, de…) and Urdu ul/ud.
export const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'ul', 'ud']);

/** Words that make a capitalised run an organisation. */
// Source: the generic heads of organisation names in English (company, ministry, party…), from English grammar.
// prettier-ignore
export const ORG_WORDS = new Set([
  'organisation', 'organization', 'airlines', 'airways', 'agency', 'bank', 'fund', 'tv', 'television', 'party',
  'ministry', 'council', 'assembly', 'court', 'league', 'union', 'corporation', 'company', 'group', 'association',
  'federation', 'authority', 'commission', 'committee', 'institute', 'university', 'army', 'forces', 'senate',
  'parliament', 'board', 'bureau', 'department', 'office', 'movement', 'network', 'exchange', 'nations', 'times',
  'foundation', 'society', 'club', 'college', 'school', 'academy', 'police', 'navy', 'front', 'alliance', 'coalition',
  'brigade', 'brigades', 'corps', 'guard', 'service', 'services', 'administration', 'industries', 'holdings', 'motors',
  'systems', 'technologies', 'laboratories', 'media', 'press', 'journal', 'magazine', 'radio', 'broadcasting',
  'studios', 'pictures', 'entertainment', 'insurance', 'congress', 'cabinet', 'tribunal', 'trust',
]);

/**
 * Words that end the names of newspapers and broadcasters ("Hindustan Times", "Pakistan Today", "Gulf News"). Only the
 * rules read them as heads: the tagger's training text has them as ordinary words in titles and headings too.
 */
// Source: the last words of English-language newspaper and broadcaster names (Times, Post, Daily, Today, News…).
// prettier-ignore
export const PUBLICATION_HEADS = new Set([
  'post', 'daily', 'today', 'news', 'tribune', 'herald', 'gazette', 'telegraph', 'chronicle', 'observer',
]);

/** Arabic words that head the names of armed groups, parties and movements as English news writes them. */
// Source: the Arabic generic terms for front, army, movement, party, supporters, brigades, council, group, organisation,
// liberation, union and league, in the romanisations English news uses ("Jabhat al-Nusra", "Jaish al-Adl").
// prettier-ignore
export const ARABIC_ORG_HEADS = new Set([
  'jabhat', 'jaish', 'jaysh', 'harakat', 'hizb', 'ansar', 'kataib', 'liwa', 'majlis', 'jamaat', 'jamiat', 'tanzim',
  'tahrir', 'ittihad', 'rabita', 'munazzamat', 'saraya',
]);

/** Words that open the name of a place (buildings, regions): "Palace of Westminster", "Wadi Rum". */
// Source: generic English heads of place names, and the Arabic generic terms of the BGN/PCGN romanisation glossary.
// prettier-ignore
export const PLACE_WORDS = new Set([
  'palace', 'fort', 'mosque', 'square', 'airport', 'stadium', 'province', 'valley', 'qasr', 'jabal', 'jebel', 'wadi',
  'bab', 'masjid', 'madinat', 'bahr', 'ras', 'bir', 'tell', 'jazirat',
]);

/** Words that end the name of a geographic feature or a district ("Black Sea", "Hudson River", "Odessa Oblast"). */
// Source: the generic terms of English geographic names (seas, rivers, landforms, settlements, subdivisions).
// prettier-ignore
export const GEO_HEADS = new Set([
  'sea', 'ocean', 'river', 'lake', 'bay', 'gulf', 'strait', 'channel', 'island', 'islands', 'peninsula', 'mountain',
  'mountains', 'mount', 'hill', 'hills', 'valley', 'desert', 'delta', 'coast', 'plain', 'plains', 'basin', 'canal',
  'street', 'avenue', 'road', 'square', 'park', 'bridge', 'city', 'county', 'district', 'province', 'region', 'state',
  'oblast', 'territory', 'village', 'town', 'heights', 'harbor', 'harbour', 'cape', 'port', 'falls', 'beach',
]);

/**
 * Words that end the name of a natural feature, a landmark or a subdivision, and make it a place whatever the words
 * before them ("Black Sea", "Ninety Mile Beach", "Three Gorges Dam", "Peak District"); the training script mends
 * GMB's labels with them too. Not the ones clubs, companies and states share (city, state, park, port).
 */
// Source: the generic terms of English geographic names for water bodies, landforms, dams and administrative districts.
// prettier-ignore
export const FEATURE_HEADS = new Set([
  'sea', 'ocean', 'river', 'lake', 'bay', 'gulf', 'strait', 'island', 'islands', 'peninsula', 'mountain', 'mountains',
  'hill', 'hills', 'valley', 'desert', 'delta', 'coast', 'basin', 'canal', 'oblast', 'province', 'county', 'district',
  'beach', 'dam', 'falls', 'glacier', 'reservoir', 'lagoon', 'archipelago', 'plateau', 'gorge', 'canyon', 'atoll',
]);

/** Words that open the name of a natural feature ("Mount Kenya", "Lake Victoria", "Cape Horn", "Gulf of Aden"). */
// Source: the generic terms English geographic names put first.
export const FEATURE_FIRSTS = new Set(['mount', 'lake', 'cape', 'gulf']);

/** Words that open place names and never a person's name ("West Indies", "New Caledonia", "Upper Dir"). */
// Source: the English compass and position words.
// prettier-ignore
export const PLACE_MODIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'new',
  'greater', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west',
]);

/** Heads of the names of events, treaties, laws and awards, which are "other": "Paris Agreement", "World Cup". */
// Source: the generic heads of English names of events, agreements, laws and prizes.
// prettier-ignore
export const EVENT_HEADS = new Set([
  'agreement', 'treaty', 'accord', 'accords', 'protocol', 'amendment', 'convention', 'act', 'declaration', 'doctrine',
  'revolution', 'war', 'championship', 'championships', 'cup', 'games', 'olympics', 'prize', 'award', 'awards',
  'summit', 'conference', 'festival', 'expo', 'marathon', 'tournament', 'trophy', 'period', 'era', 'dynasty',
  'depression', 'recession', 'crisis', 'uprising', 'massacre', 'intifada',
]);

// Source: the armed groups the UN Security Council's ISIL (Da'esh) and Al-Qaida sanctions list and Pakistan's
// National Counter Terrorism Authority's list of proscribed organisations name, in the spellings English news uses.
// prettier-ignore
const ARMED_GROUPS = [
  'al-qaeda', 'al-qaida', 'al qaeda', 'al qaida', 'islamic state', 'isis', 'isil', 'daesh', 'boko haram',
  'al-shabaab', 'al-shabab', 'al shabaab', 'haqqani network', 'lashkar-e-taiba', 'lashkar-e-toiba',
  'jaish-e-mohammed', 'jaish-e-muhammad', 'tehrik-i-taliban pakistan', 'tehreek-e-taliban pakistan', 'ttp',
  'balochistan liberation army', 'jamaat-ud-dawa', 'lashkar-e-jhangvi', 'al-nusra front', 'hayat tahrir al-sham',
];

// Source: the UN System Chart's funds, programmes and specialised agencies by their English acronyms, and the world
// wire services and photo agencies by the names their bylines and photo credits carry; left out where the word is also
// a name or a word in any case (WHO, APP, ANI, Bloomberg, Wafa).
// prettier-ignore
const AGENCIES_AND_WIRES = [
  'unicef', 'unesco', 'unhcr', 'undp', 'unrwa', 'unodc', 'unctad', 'unep', 'wfp', 'iaea', 'ilo', 'fao', 'wto', 'icao',
  'associated press', 'agence france-presse', 'afp', 'xinhua', 'kyodo', 'yonhap', 'press trust of india',
  'associated press of pakistan', 'irna', 'dpa', 'voice of america', 'getty images', 'shutterstock', 'epa',
];

/** Organisations the rules cannot guess. */
// Source: intergovernmental bodies (UN system, NATO, OPEC, BRICS, SCO, ASEAN, SAARC, EU), Pakistan's parliamentary
// parties and federal bodies, seats of government used for governments, and the main wire services and broadcasters;
// with the armed groups and the agencies and wire services above, and simple-icons' brands (brand-names-data.ts).
// prettier-ignore
export const KNOWN_ORGS = new Set([
  'kremlin', 'white house', 'pentagon', 'al jazeera', 'reuters', 'tass', 'dawn',
  'geo news', 'ary news', 'opec', 'opec+', 'brics', 'nato', 'imf', 'un', 'united nations', 'european union',
  'world bank', 'pti', 'pml-n', 'ppp', 'ispr', 'sco', 'asean', 'saarc', 'fbr', 'sbp', 'hamas', 'hezbollah', 'taliban',
  'cpec', 'pakistan tehreek-e-insaf', 'pakistan muslim league-nawaz', 'pakistan peoples party',
  'state bank of pakistan', 'al-jazeera', ...ARMED_GROUPS, ...AGENCIES_AND_WIRES,
  ...BRAND_NAMES_DATA.toLowerCase().split('|'),
]);

/** Religions, their followers and scriptures: capitalised, but neither a person, a place nor an organisation. */
// Source: the major world religions and their branches as English names them, with the adherents' nouns and the main
// scriptures (the CoNLL-style guidelines put these outside people, places and organisations).
// prettier-ignore
export const RELIGION_WORDS = new Set([
  'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'sikhism', 'jainism', 'zoroastrianism', 'shinto',
  'taoism', 'confucianism', 'catholicism', 'protestantism', 'orthodoxy', 'muslim', 'muslims', 'christian',
  'christians', 'jew', 'jews', 'jewish', 'hindu', 'hindus', 'buddhist', 'buddhists', 'sikh', 'sikhs', 'jain', 'jains',
  'catholic', 'catholics', 'protestant', 'protestants', 'sunni', 'sunnis', 'shia', 'shias', 'shiite', 'shiites',
  'evangelical', 'evangelicals', 'bible', 'koran', 'quran', 'torah', 'talmud', 'gospel', 'gospels', 'vedas',
]);

/** Capitalised words that are never entities on their own (sentence openers, adjectives, generic nouns). */
// Source: English function words (pronouns, prepositions, conjunctions, discourse adverbs) and generic nouns of news.
// prettier-ignore
export const NOT_ENTITIES = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'both', 'since',
  'according', 'speaking', 'in', 'on', 'at', 'as', 'after', 'before', 'during', 'while', 'when', 'however', 'but',
  'and', 'also', 'meanwhile', 'earlier', 'later', 'last', 'next', 'there', 'his', 'her', 'their', 'our', 'its',
  'western', 'eastern', 'kingdom', 'state', 'government', 'comments', 'moreover', 'further', 'furthermore',
  'separately', 'if', 'addressing', 'talking', 'following', 'despite', 'under', 'with', 'from', 'by', 'for', 'to',
  'of', 'no', 'not', 'one', 'two', 'sources', 'officials', 'yesterday', 'today', 'tomorrow', 'what', 'why', 'how',
  'who', 'where', 'all', 'some', 'federal', 'national', 'islamic', 'republic', 'strip', 'said', 'says', 'news',
  'minister', 'president',
]);

/** Holidays and feasts: capitalised, but neither a person, a place nor an organisation ("Eid", "Diwali", "Christmas"). */
// Source: the religious and national holidays English news names, from the Muslim, Christian, Hindu, Sikh, Jewish,
// Persian and secular calendars, in their usual English spellings.
// prettier-ignore
export const HOLIDAYS = new Set([
  'eid', 'eid ul fitr', 'eid-ul-fitr', 'eid al-fitr', 'eid ul adha', 'eid-ul-adha', 'eid al-adha', 'ramadan', 'ramazan',
  'muharram', 'ashura', 'mawlid', 'eid milad-un-nabi', 'shab-e-barat', 'shab-e-qadr', 'christmas', 'christmas eve',
  'easter', 'good friday', 'lent', 'advent', 'diwali', 'deepavali', 'holi', 'dussehra', 'navratri', 'baisakhi',
  'vaisakhi', 'lohri', 'basant', 'hanukkah', 'passover', 'yom kippur', 'rosh hashanah', 'nowruz', 'navroz',
  'thanksgiving', 'halloween',
]);

/** Acronyms of things, not of names: what news prints in capitals for a technology, a measure or a condition. */
// Source: the common abbreviations of computing and consumer electronics (IEC/IEEE standard names), economics and
// medicine, and office titles, as English style guides list them; the fuels, health terms and police and identity
// documents South Asian news prints as acronyms (LNG, COVID, FIR: first information report, CNIC: identity card).
// prettier-ignore
export const COMMON_ACRONYMS = new Set([
  'usb', 'hdmi', 'hdr', 'gpu', 'cpu', 'ram', 'rom', 'ssd', 'hdd', 'lcd', 'led', 'oled', 'vr', 'ar', 'ai', 'pc', 'tv',
  'dvd', 'gps', 'lte', '4g', '5g', 'sim', 'pdf', 'html', 'url', 'api', 'fps', 'faq', 'dna', 'rna', 'hiv', 'aids',
  'gdp', 'gnp', 'cpi', 'vat', 'ipo', 'ceo', 'cfo', 'coo', 'cto', 'mp', 'mps', 'mla', 'pm', 'am', 'ok', 'id', 'sms',
  'ngo', 'ngos', 'lng', 'lpg', 'cng', 'covid', 'covid-19', 'icu', 'ppe', 'sop', 'sops', 'fir', 'firs', 'cnic', 'gst',
]);

/**
 * English's auxiliaries and news's reporting verbs, which a headline in Title Case or capitals writes like the name
 * before them ("Clinton Has Met", "ABBAS SAYS"): they end the name. Not "may" or "said", which are also surnames (Theresa
 * May, Edward Said).
 */
// Source: English grammar's closed class of auxiliaries, and the reporting verbs of news style guides.
// prettier-ignore
export const HEADLINE_VERBS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'might', 'must', 'should', 'shall',
  'does', 'did', 'says', 'tells', 'told', 'warns', 'warned', 'urges', 'urged', 'denies', 'denied', 'vows', 'vowed',
  'meets', 'met', 'calls', 'called', 'declines', 'declined', 'rejects', 'rejected', 'visits', 'visited',
]);
