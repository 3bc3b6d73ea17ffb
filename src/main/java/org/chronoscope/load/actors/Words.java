package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word classes name recognition reads: titles, name particles, organisation heads, verbs of saying… */
final class Words {
    private Words() {
    }

    /** Every class below, in order: class k owns bit k of {@link #classesOf}. Declared first, filled as they are. */
    private static final List<WordClass> ALL = new ArrayList<>();

    /**
     * A class of lower-case words. A sentence's token looks up all its classes at once ({@link #classesOf}) and
     * then tests a bit per class, instead of hashing its word again for every set it is checked against.
     */
    static final class WordClass {
        private final Set<String> words;
        private final long bit;

        private WordClass(Set<String> words) {
            if (ALL.size() == Long.SIZE - 1) {
                throw new IllegalStateException("more word classes than bits");
            }
            this.words = words;
            this.bit = 1L << ALL.size();
            ALL.add(this);
        }

        boolean contains(String lowerCaseWord) {
            return words.contains(lowerCaseWord);
        }

        /** Whether classes from {@link #classesOf} include this one. */
        boolean in(long classes) {
            return (classes & bit) != 0;
        }
    }

    /** The classes a lower-case word belongs to, one bit per class (0 for none). */
    static long classesOf(String lowerCaseWord) {
        Long bits = ByWord.CLASSES.get(lowerCaseWord);
        return bits == null ? 0 : bits;
    }

    /** Built on first use, after every class above exists. */
    private static final class ByWord {
        static final Map<String, Long> CLASSES = new HashMap<>();

        static {
            for (WordClass c : ALL) {
                for (String w : c.words) {
                    CLASSES.merge(w, c.bit, (x, y) -> x | y);
                }
            }
        }
    }

    private static Set<String> words(String words) {
        return Set.copyOf(new HashSet<>(List.of(words.trim().split("\\s+"))));
    }

    private static WordClass set(String words) {
        return new WordClass(words(words));
    }

    /** Words that end a title before a name ("President", "foreign minister", "spokesperson"), lower case. */
    static final WordClass TITLE_HEADS = set("""
            president president-elect premier minister secretary secretary-general chancellor spokesperson
            spokesman spokeswoman ambassador envoy general admiral colonel lieutenant commander chief governor mayor
            senator congressman congresswoman representative lawmaker mp leader king queen prince princess emir
            sheikh sultan ayatollah pope cardinal archbishop bishop director director-general chairman chairwoman
            chairperson chair ceo head commissioner judge justice prosecutor adviser advisor aide negotiator
            diplomat counterpart speaker deputy founder candidate ruler monarch dictator rapporteur
            coordinator czar tsar sergeant captain marshal brigadier emperor professor prof dr gen lt col sen rep
            gov sgt capt adm maj vice-president economist analyst researcher owner executive treasurer
            attorney-general representative-elect strongman warlord reporter correspondent editor columnist
            journalist elector anchor""");

    /** Words that qualify a title ("Foreign", "Prime", "Deputy", "Secretary of State"), lower case. */
    static final WordClass TITLE_WORDS = set("""
            prime foreign defence defense external affairs home interior finance economy economic trade commerce
            justice health education energy deputy vice acting former ex interim senior special top first state
            national security military army navy naval air force presidential federal opposition party policy
            attorney junior assistant principal executive managing supreme spiritual grand crown caretaker outgoing
            incoming new then current longtime veteran press communications intelligence climate environment
            agriculture labour labor transport culture tourism science technology digital information industry
            development immigration treasury cabinet war peace human rights relations international regional house
            senate parliamentary ruling spy police counterterrorism nuclear chief general of for the and to
            british-born mr mrs ms elect staff democrat democratic republican conservative labour liberal
            socialist green""");

    /** Courtesy titles right before a name; the name is a person's. */
    static final WordClass HONORIFICS = set("mr mrs ms miss dr sir dame lord lady mx madam");

    /** Abbreviations after which a dot does not end a sentence ("Gen. Valery Gerasimov"). */
    static final WordClass ABBREVIATIONS = set("""
            mr mrs ms dr st gen lt col sen rep gov jr sr prof sgt capt adm maj mt fr rev hon""");

    /** Lower-case words that may sit inside a name ("Ursula von der Leyen", "Mohammed bin Salman"). */
    static final WordClass PARTICLES = set("de del della der di da dos du van von la le al el bin ibn ben bint abu");

    /** Words that make a capitalised phrase an organisation ("… Party", "Ministry of …"), lower case. */
    static final WordClass ORG_HEADS = set("""
            party council commission agency bank union organisation organization committee corporation corp community
            company co group institute institution foundation association federation front movement alliance
            league authority fund tribunal court forum network coalition brigade brigades battalion regiment
            observatory survey laboratory
            university college airlines airways industries holdings inc ltd llc plc limited llp gmbh partners
            ventures enterprises investments bureau board centre center
            service services trust society programme initiative mission secretariat assembly parliament congress
            senate cabinet government ministry department army navy forces guard guards police militia command
            corps directorate presidency chancellery embassy office administration council""");

    /** Of those, the bodies of a state: named with their state, they stand for it ("the Indian Army"). */
    static final WordClass STATE_BODY_HEADS = set("""
            parliament congress senate assembly cabinet government ministry department army navy forces guard
            guards police command corps directorate presidency chancellery embassy office administration
            military""");

    /** Roles right after an organisation's name ("a Red Crescent spokesman"): the name is the organisation's. */
    static final WordClass ORGANISATION_ROLES = set("""
            spokesman spokeswoman spokesperson official officials chief head director chairman leadership
            executive executives""");

    /** Nouns right before a name that make it an organisation ("the humanitarian organization Syria Civil Defense"). */
    static final WordClass ORGANISATION_NOUNS = set("""
            organization organisation group party company firm agency movement militia charity alliance
            coalition union bank""");

    /** Titles whose "of X" is an organisation they lead ("the leader of the National Rally"); not "mayor of". */
    static final WordClass LEADING_TITLES = set("""
            leader head chief chairman chairwoman chair chairperson director director-general secretary-general
            founder president spokesperson spokesman spokeswoman member members commander co-founder""");

    /** Words after an organisation that make the phrase an event's name ("the G20 summit"). */
    static final WordClass EVENT_NOUNS = set("summit summits meeting meetings conference ministerial");

    /** Place words: a country after them is the place, not the state acting ("in Argentina"). */
    static final WordClass PLACE_WORDS = set("""
            in at near into across around outside inside via throughout within toward towards""");

    /** Nouns after a demonym that make it the state acting ("Indian officials", "the French government"). */
    static final WordClass GOVERNMENT_NOUNS = set("""
            officials official government governments authorities administration leadership leaders diplomats
            diplomat negotiators delegation delegations side forces troops military army navy ministry embassy
            parliament lawmakers regime state cabinet security intelligence police
            soldiers envoys air""");

    /** Verbs of saying and acting after a name ("Jaishankar said", "New Delhi insists"). */
    static final WordClass VERBS = set("""
            said says told tells added adds stated noted notes wrote writes tweeted posted announced announces
            argued argues insisted insists warned warns stressed stresses explained claimed claims declared
            declares urged urges asked asks replied responded confirmed confirms denied denies admitted
            acknowledged emphasised emphasized reiterated suggested suggests believes remarked observed commented
            accused accuses criticised criticized condemned condemns welcomed welcomes praised rejected rejects
            dismissed vowed vows pledged pledges promised threatened threatens demanded demands called calls met
            meets spoke speaks visited visits signed signs agreed agrees hopes wants wanted expects expressed
            informed briefed ordered orders approved launched decided sent held hosted received proposed offered
            refused joined led retorted countered alleged maintained maintains reported recalled described
            described hailed blamed blames summoned travelled traveled arrived flew returned plans planned seeks
            sought struck imposed issued appealed lashed slammed defended defends""");

    /** Auxiliaries and adverbs that may stand between a name and its verb ("Paris has said", "He also said"). */
    static final WordClass BEFORE_VERB = set("""
            has have had is was will would could should must may might can did does also later then previously
            earlier again recently already still further repeatedly publicly reportedly""");

    /** Words that make a capitalised phrase a place or a thing, not a person or organisation. */
    static final WordClass NOT_NAME_WORDS = set("""
            sea strip river mountains mountain valley region province island islands oblast city street square
            bay gulf ocean lake airport port peninsula coast desert canal corridor border pass district county
            east west north south middle central eastern western northern southern prize award agreement accord
            treaty plan act bill law summit talks conference war crisis deal day games cup olympics operation
            declaration charter protocol resolution initiative process framework doctrine line zone palace hall
            hotel tower station bridge park road avenue highway plaza building church mosque temple cathedral
            stadium arena centre center hospital school university institute museum theatre theater news times
            post journal gazette daily weekly magazine radio television tv channel network agency press
            muslim muslims christian christians hindu hindus jewish jews sunni shia shiite kurdish kurds arab arabs
            western eastern asian african european latin islamic catholic orthodox protestant buddhist
            god allah internet covid coronavirus pandemic reuters republic kingdom empire autonomous""");

    /** Lower-case nouns after a name that make it a place's ("Surin province", "the Ta Kwai temple"). */
    static final WordClass PLACE_NOUNS = set("""
            sea strip river mountain mountains valley region province island islands oblast city town village
            street square bay gulf ocean lake airport port peninsula coast desert canal corridor district county
            state prefecture municipality neighbourhood neighborhood palace hall hotel tower station bridge park
            road avenue highway plaza building church mosque temple cathedral shrine stadium arena hospital
            campus crossing checkpoint dam refinery mine base camp""");

    /** Months and weekdays: capitalised, never names. */
    static final WordClass CALENDAR = set("""
            january february march april may june july august september october november december jan feb mar
            apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue
            tues wed thu thurs fri sat sun christmas easter ramadan eid""");

    /** The last words of a company's name ("Top Shine Global Limited"): the run is the company's, whole. */
    static final WordClass COMPANY_ENDS = set("""
            limited ltd inc llc plc corp corporation group holdings llp global capital partners fund investments
            ventures enterprises industries securities bank""");

    /**
     * Last words of a firm's name that carries no corporate suffix ("Top Shine Global", "Kingsway Capital"): a run
     * of two or more names ending on one is an organisation, never a person.
     */
    static final WordClass FIRM_ENDS = set("""
            global capital partners securities associates advisors advisers investments ventures enterprises
            industries holdings group fund funds bank trading""");

    /** Nouns that say the name after them (or after "a creditor,") is a firm's: "the creditor Kingsway Lakeview". */
    static final WordClass FIRM_NOUNS = set("""
            creditor creditors lender lenders firm company insurer developer conglomerate bondholder petitioner
            shareholder investor""");

    /** What one owns of a firm: the name after "shares of", "a stake in" is a firm's. */
    static final WordClass SHARE_NOUNS = set("shares share stock stocks stake stakes bonds shareholders");

    /** Words of a web page's navigation and section labels ("News & Events", "Press & Media"): no organisation. */
    static final WordClass NAVIGATION = set("""
            news events event related stories story topics topic latest top features feature opinion opinions
            sport sports business world videos video photos photo contact about us terms conditions privacy policy
            analysis comment comments press releases release media resources insights publications careers
            updates newsletters newsletter podcasts podcast home more follow share""");

    /**
     * Nouns that describe a company or person by trade or role ("Carmaker Evergrande…", "Lender …"):
     * capitalised only because they open a sentence, never the start of the name after them.
     */
    static final WordClass DESCRIPTORS = set("""
            carmaker carmakers automaker automakers developer developers lender lenders insurer insurers regulator
            regulators creditor creditors miner miners retailer retailers chipmaker chipmakers carrier
            builder builders shipper shippers shipbuilder producer producers manufacturer manufacturers
            supplier suppliers distributor operator operators broker brokers bondholder bondholders shareholder
            shareholders liquidator liquidators receiver receivers auditor auditors conglomerate conglomerates
            giant giants startup startups firm firms rival rivals buyer buyers seller sellers investor tycoon
            billionaire""");

    /** Adjectives in {@link #SENTENCE_WORDS} that may open a company's name ("Top Shine Global Limited"). */
    static final WordClass NAME_ADJECTIVES = set("""
            new old top first key main major big small great high long early full free open global local
            national international regional federal""");

    /** Common words that are capitalised only because they start a sentence or a quote. */
    static final WordClass SENTENCE_WORDS;

    static {
        Set<String> s = new HashSet<>(words("""
                a an the this that these those there here it its he she they we you i his her their our your my
                him them us me who whom whose which what when where why how if while as at by for from in into of
                off on onto out over to up upon with within without about above across after against along among
                around before behind below beneath beside besides between beyond but and or nor so yet both
                either neither each every all any some many much most more few several such no not only also even
                just still however meanwhile moreover furthermore nevertheless nonetheless therefore thus hence
                instead otherwise indeed rather earlier later yesterday today tomorrow tonight now then once
                since until unless although though because despite during following according under through
                throughout toward towards via per amid amidst last next first second third one two three four
                five six seven eight nine ten dozens hundreds thousands millions another other others same
                asked speaking writing talking addressing responding commenting having being given taking
                making meanwhile separately elsewhere overall still nearly almost about approximately around
                officials police sources analysts experts critics residents witnesses people protesters
                prosecutors investigators rescuers lawyers judges voters electors demonstrators firefighters
                doctors scientists researchers negotiators delegates members citizens survivors victims
                families workers farmers companies markets investors economists activists students teachers
                parents children women men militants rebels insurgents fighters crowds
                supporters opponents lawmakers observers diplomats journalists reporters authorities troops
                forces soldiers leaders ministers minister president prime secretary spokesperson spokesman
                local national international foreign global regional federal state new old former recent
                senior top key main major big small large high low long short early late full free open
                yes no well so please thank thanks let do does did can will would
                should could may might must shall is are was were be been being has have had get got
                see look note read watch listen breaking update updated exclusive analysis opinion comment
                editorial live video photo photos image images file advertisement related more
                coup coups junta juntas ultimatum sanctions deadline truce ceasefire mutiny mutineers putsch
                crackdown curfew protests clashes unrest tensions fighting verdict liquidation shares"""));
        s.addAll(DESCRIPTORS.words);
        SENTENCE_WORDS = new WordClass(Set.copyOf(s));
    }
}
