package org.chronoscope.load.extract;

import java.util.Set;

/** The closed word classes the headline writer and the not-event rules read sentences by (lower case). */
final class Lexicon {
    private Lexicon() {
    }

    static final Set<String> TITLE_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "st", "jr",
            "lt", "col", "gov", "prof", "sgt", "capt", "maj", "adm", "pres", "no", "vs", "rev", "mt");

    /** Words that open a sentence without adding to what happened: dropped from the front of a title. */
    static final Set<String> DISCOURSE = Set.of("but", "and", "so", "yet", "thus", "also", "meanwhile", "however",
            "moreover", "furthermore", "nevertheless", "nonetheless", "instead", "indeed", "earlier", "later",
            "previously", "separately", "additionally", "besides", "hence", "therefore", "consequently",
            "accordingly", "subsequently", "likewise", "similarly", "meantime", "or", "plus", "then", "now", "still",
            "yesterday", "today", "tonight", "reportedly", "thereafter", "afterwards", "afterward");
    /** Openers dropped only when a comma follows ("Finally, …"; but "First Minister …" stays). */
    static final Set<String> DISCOURSE_NEEDS_COMMA = Set.of("first", "second", "third", "finally", "ultimately",
            "notably", "importantly", "overall", "specifically", "currently", "recently", "already", "again",
            "otherwise", "lastly", "crucially", "significantly", "interestingly", "ironically", "apparently",
            "clearly", "obviously", "admittedly", "alternatively", "anyway", "initially", "eventually", "elsewhere",
            "tomorrow", "well", "frankly", "unsurprisingly", "surprisingly", "fortunately", "unfortunately",
            "officially", "publicly", "privately", "together", "critically", "here");

    /** Multi-word openers ("For its part,"), as token sequences. */
    static final String[][] DISCOURSE_PHRASES = {
        {"for", "its", "part"}, {"for", "his", "part"}, {"for", "her", "part"}, {"for", "their", "part"},
        {"for", "our", "part"}, {"in", "addition"}, {"on", "the", "other", "hand"}, {"at", "the", "same", "time"},
        {"in", "the", "meantime"}, {"as", "a", "result"}, {"in", "turn"}, {"in", "response"}, {"above", "all"},
        {"in", "other", "developments"}, {"in", "a", "separate", "development"}, {"in", "particular"},
        {"in", "fact"}, {"of", "course"}, {"after", "all"}, {"by", "contrast"}, {"in", "contrast"},
        {"at", "present"}, {"for", "now"}, {"so", "far"}, {"to", "date"}, {"on", "top", "of", "that"}, {"even", "so"}, {"that", "said"}, {"in", "short"}, {"in", "other", "words"},
        {"all", "the", "same"}, {"in", "the", "end"}, {"at", "the", "time"}, {"at", "that", "time"},
        {"in", "the", "past"}, {"more", "recently"}, {"most", "recently"}, {"just", "days",
        "later"}, {"days", "later"}, {"weeks", "later"}, {"hours", "later"}, {"months", "later"},
        {"not", "long", "after"}, {"shortly", "after"}, {"shortly", "afterwards"}, {"soon", "after"},
        {"it", "is", "understood", "that"}, {"it", "was", "reported", "that"}, {"it", "is", "reported", "that"},
        {"it", "has", "been", "reported", "that"}, {"it", "emerged", "that"}, {"it", "is", "believed", "that"},
        {"it", "was", "announced", "that"}, {"it", "was", "learned", "that"}, {"it", "is", "expected", "that"},
        {"it", "was", "also", "reported", "that"}, {"there", "are", "reports", "that"},
        {"reports", "say", "that"}, {"reports", "said", "that"}, {"reports", "suggest", "that"},
        {"it", "was", "confirmed", "that"}, {"it", "is", "clear", "that"}, {"it", "appears", "that"},
        {"it", "seems", "that"}, {"this", "would", "mean", "that"}, {"this", "means", "that"},
        {"that", "means", "that"}, {"this", "meant", "that"}, {"this", "comes", "as"}, {"this", "came", "as"},
    };

    /** Words that open a leading adverbial or subordinate clause, dropped up to its comma. */
    static final Set<String> LEADING_OPENERS = Set.of("on", "in", "at", "by", "since", "from", "after", "before",
            "during", "over", "following", "while", "when", "as", "although", "though", "despite", "amid", "amidst",
            "because", "if", "under", "with", "without", "within", "until", "till", "upon", "once", "unlike",
            "like", "given", "speaking", "asked", "addressing", "writing", "responding", "commenting",
            "referring", "pressed", "quoted", "interviewed", "earlier", "later", "early", "late", "throughout",
            "across", "for", "to", "ahead", "beyond", "besides", "barely", "just", "only", "even", "having",
            "shortly", "soon", "not", "nearly", "almost", "behind", "against", "among", "visiting", "meeting",
            "reacting", "answering", "launching", "announcing", "unveiling", "presenting", "noting", "citing",
            "alongside", "along", "between", "around", "via", "whether", "where", "whatever", "of",
            "regardless", "apart", "aside", "instead", "rather", "outside", "inside", "near", "toward", "towards",
            "unless");

    /** Relative pronouns after a comma: the clause they open is left out of a title. */
    static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "where");
    /** Caption positions and ages between commas: "Jared Kushner, left, and …". */
    static final Set<String> POSITIONS = Set.of("left", "right", "centre", "center", "pictured", "top", "bottom",
            "above", "below", "front", "rear", "second", "third", "seated", "standing", "foreground", "background");
    /** Where a speaker's noun phrase ends: "One official briefed on the talks" is "Official". */
    static final Set<String> SPEAKER_STOPS = Set.of("who", "which", "that", "briefed", "close", "familiar", "with",
            "on", "in", "at", "from", "for", "to", "involved", "speaking", "according", "told", "said", "who's",
            "knowledgeable", "aware", "and", "or", "but", "also", "later", "earlier", "previously", "has", "had",
            "have", "was", "were", "is", "are", "will", "would", "quoted", "cited");
    /** Heads of the phrases that place a statement ("said in a statement", "told a news conference"). */
    static final Set<String> REPORTING_PLACES = Set.of("statement", "interview", "post", "video", "address",
            "speech", "briefing", "conference", "message", "tweet", "television", "tv", "telegram", "x", "twitter",
            "facebook", "broadcast", "reporters", "journalists", "parliament", "remarks", "letter", "call", "podcast",
            "programme", "program", "show", "summit", "meeting", "session", "instagram", "truth", "social",
            "channel", "radio", "newspaper", "daily", "agency", "reuters", "media", "press", "note", "release");

    /** Irregular past tenses: a word like these after a name makes a clause. */
    static final Set<String> PAST_IRREGULAR = Set.of("met", "held", "made", "took", "gave", "went", "came", "spoke",
            "told", "said", "sent", "left", "led", "won", "lost", "began", "brought", "sought", "struck", "fought",
            "shot", "flew", "drew", "broke", "wrote", "chose", "rose", "fell", "saw", "knew", "became", "kept",
            "put", "set", "cut", "hit", "let", "ran", "stood", "thought", "felt", "found", "got", "had", "did",
            "was", "were", "is", "are", "has", "have", "will", "would", "can", "could", "may", "might", "must",
            "overthrew", "overran", "oversaw", "overcame", "withdrew", "swore", "froze", "fled", "sold", "paid",
            "built", "bought", "caught", "spent", "lent", "dealt", "meant", "drove", "upheld", "withheld", "arose",
            "sank", "stole", "shook", "wore", "tore", "bore", "forgave", "undertook", "overtook", "laid", "slid");
    /** Words of office before a name ("Russian Foreign Minister Sergei Lavrov"): a headline keeps the surname. */
    static final Set<String> TITLE_WORDS = Set.of("president", "minister", "secretary", "envoy", "adviser",
            "advisor", "spokesman", "spokeswoman", "spokesperson", "chief", "leader", "ambassador", "official",
            "general", "gen.", "commander", "prime", "foreign", "defence", "defense", "deputy", "special", "senior",
            "former", "top", "state", "army", "national", "security", "head", "chairman", "chairwoman", "chair",
            "director", "aide", "vice", "chancellor", "premier", "king", "queen", "prince", "governor", "mayor",
            "senator", "sen.", "rep.", "representative", "speaker", "press", "attorney", "judge", "justice",
            "colonel", "col.", "lieutenant", "lt.", "major", "admiral", "marshal", "sergeant", "captain", "capt.",
            "president-elect", "pope", "cardinal", "bishop", "archbishop", "sheikh", "emir", "sultan", "crown",
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof.", "professor", "interior", "finance",
            "economy", "trade", "health", "energy", "education", "culture", "agriculture", "labour",
            "labor", "transport", "staff", "house", "white", "administration", "intelligence", "military",
            "peace", "negotiator", "chief-of-staff", "lawmaker", "mp", "opposition", "party", "council",
            "commissioner", "high", "officer", "executive", "ceo", "founder", "co-founder", "lawyer",
            "prosecutor", "counsel", "district", "candidate", "nominee",
            "u.s.", "un", "u.n.", "eu", "uk", "russian", "ukrainian", "american", "european", "french",
            "german", "british", "chinese", "indian", "turkish", "israeli", "iranian", "japanese");

    /** Subordinators whose clause may hold the event a date belongs to ("… since Xi and Trump met in December"). */
    static final Set<String> CLAUSE_OPENERS = Set.of("since", "after", "when", "before", "until", "once");

    /** Words that open a subordinate clause: never inside a speaker's noun phrase. */
    static final Set<String> SUBORDINATORS = Set.of("when", "while", "after", "before", "because", "if", "since",
            "although", "though", "where", "who", "which", "that", "whether", "unless", "until", "once", "as");

    static final Set<String> PRONOUN_PERSON = Set.of("he", "she");
    static final Set<String> PRONOUN_GROUP = Set.of("it", "they");
    static final Set<String> POSSESSIVE_PERSON = Set.of("his", "her");
    static final Set<String> POSSESSIVE_GROUP = Set.of("its", "their");
    /** Words a title may never start with. */
    static final Set<String> NEVER_FIRST = Set.of("he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
            "their", "our", "my", "your", "this", "that", "these", "those", "him", "them", "us", "there", "which",
            "who", "whom", "whose", "what", "where", "when", "here", "one", "some");
    static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "such");

    /** Verbs of saying that turn a sentence into "Speaker: claim". */
    static final Set<String> SAYING = Set.of("said", "says", "say", "told", "tells", "tell", "stated", "states",
            "added", "adds", "noted", "notes", "warned", "warns", "insisted", "insists", "argued", "argues",
            "claimed", "claims", "stressed", "stresses", "wrote", "writes", "tweeted", "posted", "declared",
            "declares", "explained", "explains", "emphasised", "emphasized", "emphasises", "emphasizes",
            "reiterated", "reiterates", "acknowledged", "acknowledges", "admitted", "admits", "asserted",
            "asserts", "maintained", "maintains", "predicted", "predicts", "suggested", "suggests", "believes",
            "believe", "thinks", "think", "replied", "replies", "remarked", "observed", "cautioned", "contended",
            "countered", "recalled", "recalls", "continued", "concluded", "commented", "underlined", "underscored",
            "highlighted", "conceded", "concedes", "hinted", "hints", "signalled", "signaled", "indicated",
            "indicates", "alleged", "alleges", "announced", "announces", "confirmed", "confirms", "revealed",
            "reveals", "reported", "reports", "denied", "denies", "estimated", "estimates", "telling",
            "saying");
    /** Of those, the ones whose object is usually a noun ("confirmed the talks"): speech only before "that" or ":". */
    static final Set<String> SAYING_NEEDS_THAT = Set.of("announced", "announces", "confirmed", "confirms",
            "revealed", "reveals", "reported", "reports", "denied", "denies", "signalled", "signaled", "indicated",
            "indicates", "estimated", "estimates", "continued", "recalled", "recalls", "highlighted", "underlined",
            "underscored", "observed", "predicted", "predicts", "acknowledged", "acknowledges", "admitted",
            "admits", "alleged", "alleges", "hinted", "hints", "conceded", "concedes", "maintained", "maintains",
            "noted", "notes", "stressed", "stresses", "emphasised", "emphasized", "emphasises", "emphasizes",
            "reiterated", "reiterates", "suggested", "suggests", "commented", "concluded", "contended",
            "countered", "remarked", "replied", "replies", "cautioned", "believes", "believe", "thinks", "think");
    static final Set<String> TELLING = Set.of("told", "tells", "tell", "telling");

    /** Words that end a title's main clause when they follow a comma. */
    static final Set<String> CLAUSE_BREAKERS = Set.of("which", "who", "whom", "whose", "where", "while", "whilst",
            "although", "though", "but", "as", "according", "after", "before", "following", "amid", "amidst",
            "despite", "saying", "adding", "leaving", "raising", "prompting", "citing", "calling", "urging",
            "noting", "warning", "arguing", "stressing", "insisting", "claiming", "describing", "referring",
            "when", "because", "since", "until", "unless", "if", "even", "including", "especially",
            "particularly", "not", "rather", "instead", "so", "yet", "thereby", "marking", "making", "bringing",
            "sparking", "triggering", "killing", "injuring", "wounding", "ending", "effectively", "meaning",
            "whereas", "in", "with", "at", "on", "by", "for", "from", "under", "during", "and", "its", "his", "her",
            "their", "a", "an", "just", "only", "shortly", "days", "weeks", "hours", "months", "years");
    /** Where a long title may be cut: before these words. */
    static final Set<String> CUT_BEFORE = Set.of("to", "that", "which", "who", "when", "while", "because",
            "after", "before", "as", "since", "amid", "despite", "following", "including", "with", "without", "in",
            "on", "at", "for", "from", "over", "into", "against", "during", "under", "about", "between", "among",
            "through", "across", "by", "and", "or", "but", "if", "unless", "until", "where", "whether", "than",
            "of", "toward", "towards", "near", "amongst", "within", "via", "saying", "adding", "amidst", "so",
            "per", "upon", "whose", "pursuant", "according", "owing", "prior", "around", "along", "alongside", "outside", "inside", "beyond");
    /** Words a title must not end on. */
    static final Set<String> BAD_END = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "from", "with",
            "by", "and", "or", "but", "that", "which", "who", "whose", "whom", "this", "these", "those", "its",
            "his", "her", "their", "our", "my", "your", "is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "shall", "do", "does",
            "did", "not", "no", "as", "than", "into", "over", "under", "about", "between", "among", "against",
            "during", "after", "before", "since", "while", "when", "if", "so", "very", "more", "most", "less",
            "least", "also", "such", "said", "says", "say", "told", "tells", "both", "either", "neither", "each",
            "every", "any", "some", "all", "other", "another", "via", "per", "upon", "toward", "towards", "near",
            "through", "across", "it", "he", "she", "they", "we", "i", "you", "there", "where", "whether", "own",
            "up", "out", "off", "many", "much", "few", "new", "further", "key", "major", "s", "mr", "mrs", "ms",
            "dr", "gen", "former", "top", "senior", "latest", "main", "final", "full", "current", "recent",
            "previous", "initial", "possible", "potential", "proposed", "so-called", "first", "last", "next", "including", "without", "within", "amid", "despite", "just",
            "only", "even", "because", "until", "unless", "like", "what", "how", "why", "then", "too", "already", "still", "yet", "around", "along", "behind", "beyond", "onto",
            "pursuant", "according", "owing", "prior", "due");
    /** Prepositions that belong to a date expression: "on Friday", "since 2014". */
    static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "at", "since", "from", "until", "till", "by",
            "during", "of", "as", "over", "for", "through", "throughout", "before", "after", "around", "late",
            "early", "earlier", "later", "this", "last", "next", "same", "that", "between", "and", "to");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "some", "several", "two", "three",
            "four", "five", "many", "his", "her", "its", "their", "our", "this", "that", "these", "those", "another",
            "any", "each", "every", "both");
    /** Lower-case function words: a sentence of nothing but these and names and numbers is no event. */
    static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "from",
            "with", "by", "and", "or", "but", "de", "la", "le", "van", "von", "der", "del", "da", "bin", "al", "el",
            "du", "des", "y", "e", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "cet", "bst", "via", "per", "vs",
            "updated", "published", "posted", "edt", "pst", "pdt", "ist", "hrs", "h", "min", "mins", "ago", "read",
            "photo", "file", "image", "video", "copyright", "reuters", "ap", "afp", "staff", "reporter",
            "correspondent", "editor", "writer", "contributor", "is", "are", "was", "be");
    /** Words too common to tell two events apart (besides the function words above). */
    static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with",
            "that", "this", "was", "were", "is", "are", "be", "been", "has", "had", "have", "it", "its", "by", "at",
            "as", "from", "said", "would", "will", "not", "but", "after", "over", "their", "his", "her", "he",
            "she", "they", "we", "us", "our", "than", "also", "which", "who", "says", "say", "told", "could",
            "should", "may", "might", "can", "into", "about", "there", "being", "them", "him", "what",
            "when", "where", "while", "more", "most", "some", "any", "all", "one", "two", "other", "such", "only",
            "just", "very", "did", "does", "do", "new", "last", "next", "first", "week", "month", "year", "day",
            "days", "weeks", "months", "years", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "today", "yesterday", "tomorrow", "earlier", "later", "ago",
            "according", "added", "including", "these", "those", "then", "now", "because", "before", "since",
            "during", "under", "against", "between", "both", "each", "per", "cent", "percent", "people", "time",
            "mr", "mrs", "ms", "how", "why", "if", "so", "no", "yes", "out", "up", "off", "again", "further",
            "still", "own", "same", "way", "well", "even", "much", "many", "made", "make", "take", "took",
            "going", "get", "got", "officials", "official", "statement", "reporters", "news", "week's");
}
