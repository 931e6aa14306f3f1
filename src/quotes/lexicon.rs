//! One language's quotation knowledge, read once from `src/lang/data/<code>/quotes.txt`.

use crate::lang::{Lang, Resource};
use std::sync::OnceLock;

pub(super) use crate::lang::words::WordMap as FastMap;
pub(super) use crate::lang::words::WordSet as FastSet;

/// Word classes, as bits: every token's classes are looked up once.
pub(super) mod class {
    pub const SPEECH: u32 = 1;
    pub const AUX: u32 = 1 << 1;
    pub const PRONOUN: u32 = 1 << 2;
    pub const RELATIVE: u32 = 1 << 3;
    pub const ROLE: u32 = 1 << 4;
    pub const ORG: u32 = 1 << 5;
    pub const ADDRESSEE: u32 = 1 << 6;
    pub const NAMING: u32 = 1 << 7;
    pub const ADVERB: u32 = 1 << 8;
    pub const STARTER: u32 = 1 << 9;
    pub const CONNECTOR: u32 = 1 << 10;
    pub const COORD: u32 = 1 << 11;
    pub const DET: u32 = 1 << 12;
    pub const DEFINITE: u32 = 1 << 13;
    pub const LINK: u32 = 1 << 14;
    pub const PARTICLE: u32 = 1 << 15;
    pub const NON_NAME: u32 = 1 << 16;
    pub const FIRST_NAME: u32 = 1 << 17;
    pub const OPENING_CUE: u32 = 1 << 18;
    pub const LEMMA: u32 = 1 << 19;
    /// A role that speaks for the body it belongs to (spokesman, porte-parole).
    pub const MOUTHPIECE: u32 = 1 << 20;
    /// Set per token, from the titles table (case-sensitive), not from `classes`.
    pub const TITLE: u32 = 1 << 21;
    /// Set per token: a word starting with an uppercase letter.
    pub const CAP: u32 = 1 << 22;
    /// Set per token: an all-caps word of two letters or more (OTAN, AFP).
    pub const ACRONYM: u32 = 1 << 23;
    /// In `classes`: the lowercase form of a title. Only such words need the case-sensitive
    /// titles table.
    pub const TITLE_FOLDED: u32 = 1 << 24;
    /// `one` in `one of the sources`, `un`/`une` in `l'un des salariés`.
    pub const PARTITIVE: u32 = 1 << 25;
    /// A role word that may premodify another role (`ancienne`, `senior`).
    pub const PREMODIFIER: u32 = 1 << 26;
    /// An object pronoun between subject and verb (`lui` in `je lui ai dit`).
    pub const CLITIC: u32 = 1 << 27;
    /// A first-person subject pronoun (`je`).
    pub const FIRST_PERSON: u32 = 1 << 28;
    /// A third-person singular auxiliary (`a`, `has`).
    pub const SINGULAR_AUX: u32 = 1 << 29;
    /// A word introducing an analyst's rating (`to`, `from`, `à`).
    pub const RATING_PREP: u32 = 1 << 30;
    /// An infinitive that a form of `faire` before it makes a speech verb (`valoir`, `savoir`).
    pub const CAUSATIVE_INF: u32 = 1 << 31;
}

/// Grammatical gender of a mention, as far as the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Gender {
    Male,
    Female,
    /// Plural pronouns (ils, they): groups and organisations.
    Plural,
    Unknown,
}

impl Gender {
    fn from_tag(tag: &str) -> Gender {
        match tag {
            "m" => Gender::Male,
            "f" => Gender::Female,
            "p" => Gender::Plural,
            _ => Gender::Unknown,
        }
    }

    /// Whether a pronoun of gender `self` may refer to an entity of gender `other`.
    pub(super) fn agrees_with(self, other: Gender) -> bool {
        match (self, other) {
            (Gender::Plural, g) | (g, Gender::Plural) => g == Gender::Plural,
            (Gender::Unknown, _) | (_, Gender::Unknown) => true,
            (a, b) => a == b,
        }
    }
}

/// A set of bytes: a test of a word's first byte that needs no lookup.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct ByteSet([u64; 4]);

impl ByteSet {
    fn insert(&mut self, b: u8) {
        self.0[usize::from(b / 64)] |= 1 << (b % 64);
    }

    #[inline]
    pub fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b / 64)] & (1 << (b % 64)) != 0
    }

    /// The ASCII-lowercased first bytes of `words`.
    fn of_firsts<'w>(words: impl Iterator<Item = &'w String>) -> ByteSet {
        let mut set = ByteSet::default();
        for b in words.filter_map(|w| w.as_bytes().first()) {
            set.insert(b.to_ascii_lowercase());
        }
        set
    }
}

/// Word lists of one language, all lowercase except where noted.
#[derive(Debug, Default)]
pub(super) struct Lexicon {
    pub speech_verbs: FastSet<String>,
    /// The base forms (infinitives) of the speech verbs.
    pub speech_lemmas: FastSet<String>,
    pub auxiliaries: FastSet<String>,
    pub pronouns: FastMap<String, Gender>,
    pub relatives: FastSet<String>,
    /// Titles, original case (M, Mme, Dr, Senator): they are matched on capitalised words.
    pub titles: FastMap<String, Gender>,
    pub roles: FastMap<String, Gender>,
    /// The role noun an abbreviated title stands for (`Gov` -> `governor`).
    pub title_roles: FastMap<String, String>,
    /// A form of address after a possessive and the role of the one it means (`Honour` ->
    /// `judge`: `her Honour said`).
    pub honorifics: FastMap<String, String>,
    /// A general role noun and the roles it covers (`magistrat` -> `procureur`, `juge`).
    pub role_hypernyms: FastMap<String, Vec<String>>,
    /// A body, then the roles of the official its definite mouthpiece stands for (`le
    /// représentant de l'État` is the préfet), lowercase.
    pub represented_bodies: Vec<(String, Vec<String>)>,
    /// A body noun and the phrases a full name of that kind opens with (`club` -> `association
    /// sportive`): `le club` takes up the `Association sportive de X`. Lowercase.
    pub body_name_openers: Vec<(String, Vec<String>)>,
    /// A member noun and the bodies its members make up (`juge` -> `tribunal`, `cour`):
    /// `les juges` speak as the court named before.
    pub member_bodies: FastMap<String, Vec<String>>,
    /// Departments that speak for their body after a possessive (`son service juridique`).
    pub department_nouns: FastSet<String>,
    /// The body noun an abbreviation in a body's name stands for (`fc` -> `club`).
    pub body_abbreviations: FastMap<String, String>,
    /// A council's capitalised short name and the phrase its full name opens with
    /// (`département` -> `conseil départemental`).
    pub council_short_names: FastMap<String, String>,
    /// Roles that a body holds as often as a person (`owner`, `landlord`).
    pub body_roles: FastSet<String>,
    pub organisations: FastSet<String>,
    /// Forms of a causative verb (`fait`) and the infinitives that make it a speech act
    /// (`valoir`, `savoir`): `a fait valoir X`.
    pub causative_verbs: FastSet<String>,
    pub causative_infinitives: FastSet<String>,
    /// Forms of a modal verb (`veut`, `a tenu à`) that take a speech verb's infinitive, and the
    /// few other infinitives that report an opinion after them (`veut croire X`).
    pub modal_verbs: FastSet<String>,
    pub modal_infinitives: FastSet<String>,
    /// Words that open a byline (`by`, `par`), lowercase.
    pub byline_words: FastSet<String>,
    /// Labels that open a byline before a colon (`Reporter: Ann Lee`), lowercase.
    pub byline_labels: FastSet<String>,
    /// Words that end a byline naming an outlet's team (`Courtside Sports staff`), lowercase.
    pub byline_tails: FastSet<String>,
    /// Words opening a team byline's trailing dateline (`… staff Published May 2`), lowercase.
    pub byline_datelines: FastSet<String>,
    /// Words that put a place after a preposition (`in nearby X`, `from rural X`), lowercase.
    pub place_premodifiers: FastSet<String>,
    /// Participles that give a described person's name (`a cleaner surnamed X`), lowercase.
    pub name_participles: FastSet<String>,
    /// Prepositions that put a place before its region (`in Dunmore, Ohio`), lowercase.
    pub place_prepositions: FastSet<String>,
    /// Relative pronouns that only follow a thing or a body (`which`), lowercase.
    pub thing_relatives: FastSet<String>,
    /// Words that end a time phrase opening a clause with no comma (`two years ago`), lowercase.
    pub time_phrase_ends: FastSet<String>,
    /// Organisation nouns that all mean a company (`l'entreprise` is `la société X` named before).
    pub company_nouns: FastSet<String>,
    /// Nouns that all mean a consulting firm (`le bureau X … le cabinet`).
    pub consultancy_nouns: FastSet<String>,
    /// Legal forms that end a company's name when written in capitals (`Banque X SA`),
    /// lowercase.
    pub legal_suffixes: FastSet<String>,
    /// Source cues as word sequences (selon; according to).
    pub source_cues: Vec<Vec<String>>,
    /// Hearsay passives as word sequences (`is said to`): their subject is talked about.
    pub hearsay_passives: Vec<Vec<String>>,
    /// A verb and its particle that report speech together (`went on`), lowercase.
    pub phrasal_speech_verbs: Vec<(String, String)>,
    /// Adverbs of two words (`par ailleurs`, `en outre`), lowercase.
    pub adverb_phrases: Vec<(String, String)>,
    /// Letters after a name set off by commas (`KC`, `MP`), original case.
    pub post_nominals: FastSet<String>,
    /// Labels opening a line that links to another article (`lire aussi`), as word sequences:
    /// a name in marks on that line is the title linked to, no speech.
    pub related_labels: Vec<Vec<String>>,
    /// Words between a naming noun and the marks that state a bill's purpose (`la loi visant
    /// à « … »`), as word sequences: the marks hold its title.
    pub purpose_links: Vec<Vec<String>>,
    /// The longest title, in bytes: longer capitalised words skip the titles table.
    pub longest_title: usize,
    /// The longest determiner, in bytes: longer words need no lookup to be ruled out.
    pub longest_determiner: usize,
    /// Bit `n` set when a source cue ends with a word of `n` bytes: a cheap first test.
    pub source_cue_end_lengths: u64,
    /// Bit `n` set when a source cue starts with a word of `n` bytes.
    pub source_cue_start_lengths: u64,
    /// The first bytes (ASCII-lowercased) of the source cues' last words, and of their first
    /// words: what the length tests let through, these mostly rule out.
    pub source_cue_end_firsts: ByteSet,
    pub source_cue_start_firsts: ByteSet,
    /// Cues that open a sentence naming its source: `Pour X, ...`.
    pub opening_source_cues: FastSet<String>,
    pub addressee_markers: FastSet<String>,
    pub mouthpieces: FastSet<String>,
    pub naming_nouns: FastSet<String>,
    /// Verbs that give a name after a reflexive pronoun (`s'appellera « X »`), lowercase.
    pub reflexive_naming_verbs: FastSet<String>,
    /// The pronouns before those verbs (`s'`, `m'`), lowercase.
    pub naming_pronouns: FastSet<String>,
    /// Articles that may also be object pronouns (`la`, `leur`), lowercase.
    pub object_pronoun_articles: FastSet<String>,
    /// Things that carry a text (`une affiche`, `a banner`): what they read is no speech.
    pub inscription_nouns: FastSet<String>,
    /// Relatives after an inscription noun (`sur lesquelles`): the clause reads its text.
    pub inscription_relatives: FastSet<String>,
    /// Verbs of reading (`lire`) whose marks, after `on`, give a written text.
    pub reading_verbs: FastSet<String>,
    /// Nouns whose marks right after give a label's words (`la mention « … »`).
    pub label_nouns: FastSet<String>,
    /// `un autre` as a subject: one more of the role quoted last.
    pub another_words: FastSet<String>,
    /// Infinitives after `de` in an incise (`», de dire X`), lowercase.
    pub narrative_infinitives: FastSet<String>,
    /// Nouns before a quoted literal string (`the password "changeme"`), lowercase.
    pub literal_nouns: FastSet<String>,
    /// Nouns for a name given (`un surnom`), whose marks may come after a colon, lowercase.
    pub nickname_nouns: FastSet<String>,
    /// Role words that also premodify a role (`ancienne directrice`, `senior aide`).
    pub role_premodifiers: FastSet<String>,
    /// Role words that premodify a role only after an indefinite article (`un jeune X`).
    pub indefinite_premodifiers: FastSet<String>,
    /// Generic nouns that end a place's name (`Road`, `Point`), lowercase.
    pub place_nouns: FastSet<String>,
    /// Analysts' ratings (`underperform`, `neutre`) and the words that introduce them (`to`).
    pub ratings: FastSet<String>,
    /// The longest rating, in bytes (with a final period): longer quotations skip the lookup.
    pub longest_rating: usize,
    pub rating_prepositions: FastSet<String>,
    /// Third-person singular auxiliaries (`a`, `est`, `has`): a relative clause's verb agrees.
    pub singular_auxiliaries: FastSet<String>,
    /// Age nouns and the first year of their decade (`quadragénaire` 40).
    pub age_nouns: FastMap<String, u32>,
    /// The unit after an apposed age (`46 ans`).
    pub age_units: FastSet<String>,
    /// Round ages apposed to a person (`la trentaine`): an aside, never the speaker.
    pub approximate_ages: FastSet<String>,
    /// Nouns for someone's words after a source cue (`selon l'expression de X`).
    pub wording_nouns: FastSet<String>,
    /// Participles that name a text's author before `by` (`the memo, signed by X,`).
    pub author_participles: FastSet<String>,
    /// Verbs by which a text quotes itself (`the memo reads`).
    pub text_verbs: FastSet<String>,
    /// Verbs by which a text goes on after a quotation (`the statement continued`).
    pub continuation_verbs: FastSet<String>,
    /// Nouns for a group of performers (`the band`), whose names tell no person nor body.
    pub ensemble_nouns: FastSet<String>,
    /// Verbs by which one answers a question (`she replied`).
    pub reply_verbs: FastSet<String>,
    /// Pronouns that only stand for a thing or a body (`it`): `X said that it would …` is X.
    pub body_pronouns: FastSet<String>,
    /// Connectors that open a contrasting clause (`while`, `whereas`).
    pub contrast_connectors: FastSet<String>,
    /// Prepositions that give a document's author (`a report from X`).
    pub author_prepositions: FastSet<String>,
    /// Verbs by which a document is ordered from its author (`the report the town commissioned
    /// from X`), and the prepositions that then name the author.
    pub commission_verbs: FastSet<String>,
    /// Speech verbs of a finding (`the report found`), no cue when the sentence already reports
    /// someone's words before them.
    pub finding_verbs: FastSet<String>,
    pub commission_prepositions: FastSet<String>,
    /// Verbs by which an outlet asks a body for comment (`X asked the town`): a bare
    /// spokesperson in the next sentence answers for that body.
    pub request_verbs: FastSet<String>,
    /// Object pronouns between a subject and its verb (`je lui ai dit`).
    pub object_clitics: FastSet<String>,
    /// First-person subject pronouns: in an interview, the interviewee speaking.
    pub first_person: FastSet<String>,
    /// Short lines that mark an interview (`Entretien`, `Propos recueillis par`).
    pub interview_markers: FastSet<String>,
    pub adverbs: FastSet<String>,
    pub adverbial_starters: FastSet<String>,
    pub clause_connectors: FastSet<String>,
    /// Coordinating conjunctions (et, and): a new clause with its own verb may follow.
    pub coordinators: FastSet<String>,
    pub determiners: FastSet<String>,
    pub definite_determiners: FastSet<String>,
    pub np_links: FastSet<String>,
    pub name_particles: FastSet<String>,
    /// Words listed as no names that may still stand inside one (`Elias Two Rivers`), lowercase.
    pub inner_name_words: FastSet<String>,
    /// Nouns for a word as a word (`le terme`): quoted words they name are mentioned, not said.
    pub term_nouns: FastSet<String>,
    /// Articles fused with a preposition that make a noun of the marks after them (`du`): a
    /// quotation there that nobody says is the author's term.
    pub term_articles: FastSet<String>,
    /// `une éducatrice sur quatre`: the words after a noun that make it a proportion.
    pub ratio_phrases: FastSet<String>,
    /// After a verbless opening (`Même colère chez X.`), the word that gives the person.
    pub verbless_source_cues: FastSet<String>,
    /// Non-names that may end a name inside a sentence (`la Région Grand Est`), lowercase.
    pub name_final_words: FastSet<String>,
    pub non_names: FastSet<String>,
    pub female_names: FastSet<String>,
    pub male_names: FastSet<String>,
    /// Endings that make a word a role noun (`24-year-old`).
    pub role_suffixes: Vec<&'static str>,
    /// Endings of abstract nouns (`coverage`, `production`): a capitalised word before one
    /// modifies it (`Media coverage called it …`), lowercase.
    pub abstract_noun_endings: Vec<&'static str>,
    /// Endings of nouns that name a person (`randonneur`, `vétérinaire`), by their last byte:
    /// most words end with none of them and cost one look-up.
    pub person_noun_endings: Vec<Vec<&'static str>>,
    pub partitives: FastSet<String>,
    /// Prefixes of a party-and-place tag after a name (`R-Texas`, `D-El Paso`).
    pub party_tag_prefixes: Vec<&'static str>,
    /// `par` / `by` introducing a passive's agent.
    pub passive_agents: FastSet<String>,
    /// `lu`, `vu`: participles too short for the ending tests, opening an aside.
    pub short_participles: FastSet<String>,
    /// Forms of `be` that make a speech verb after them a passive (`was called`), lowercase.
    pub passive_auxiliaries: FastSet<String>,
    /// Endings of a present participle (`-ant`, `-ing`), lowercase.
    pub present_participle_endings: Vec<&'static str>,
    /// Endings of an adverb of manner (`-ment`, `-ly`), lowercase.
    pub adverb_endings: Vec<&'static str>,
    /// Endings of a past participle (`-ée`, `-ed`), lowercase.
    pub past_participle_endings: Vec<&'static str>,
    /// Past participle endings that names share too (`-i`: `Rossi`), lowercase.
    pub name_like_participle_endings: Vec<&'static str>,
    /// Words that open a participle's complement (`par`, `à`), lowercase.
    pub participle_complement_openers: FastSet<String>,
    /// Words that link a modal verb to its infinitive (`à`, `de`).
    pub infinitive_links: FastSet<String>,
    /// Words that open a noun's complement (`de`, `du`).
    pub complement_links: FastSet<String>,
    /// Demonstrative determiners (`cette`, `this`), lowercase.
    pub demonstrative_determiners: FastSet<String>,
    /// Determiners before a body's members, definite plurals (`les`, `ces`), lowercase.
    pub member_determiners: FastSet<String>,
    /// Words that make the present participle after them a gerund (`en ajoutant`).
    pub gerund_markers: FastSet<String>,
    /// Infinitives of the auxiliaries, which open a past infinitive (`avoir dit`).
    pub auxiliary_infinitives: FastSet<String>,
    /// Determiners and the gender they give the noun after them (`la`, `these`), lowercase.
    pub determiner_genders: FastMap<String, Gender>,
    /// Prepositions fused with an article (`au`, `aux`) and the gender they give, lowercase.
    pub contracted_articles: FastMap<String, Gender>,
    /// Nouns that may stand for any body named before (`l'organisation`, `the group`).
    pub generic_body_nouns: FastSet<String>,
    /// Documents that speak for their author (`the statement said`).
    pub document_nouns: FastSet<String>,
    /// The writers of a document (`ses auteurs`), who speak as its author.
    pub author_nouns: FastSet<String>,
    /// The determiners before [author_nouns] that point back (`ses`, `les`).
    pub author_determiners: FastSet<String>,
    /// Relatives that open a clause inside an apposition besides `[relative_pronouns]`
    /// (`X, the company that runs it, said`).
    pub apposition_relatives: FastSet<String>,
    /// Pronouns that take up the last phrase named before (`celle-ci`), person or body.
    pub demonstratives: FastMap<String, Gender>,
    /// Object pronouns that a source cue takes (`according to him`).
    pub source_pronouns: FastMap<String, Gender>,
    /// Determiners that name an owner (`its statement`).
    pub possessive_determiners: FastSet<String>,
    /// The people around someone, who speak as a group (`l'entourage de la ministre`).
    pub circle_nouns: FastSet<String>,
    /// Roles that news gives anonymous sources (`the person said`): never a named person.
    pub anonymous_roles: FastSet<String>,
    pub anonymity_words: FastSet<String>,
    /// Relatives whose given name alone takes the family's surname (`Mrs X's son, Graham`).
    pub family_roles: FastSet<String>,
    /// Roles named with their complement (`lanceur d'alerte`), as `head complement` (`head
    /// adjective complement` for four words).
    pub compound_roles: FastSet<String>,
    /// Object relatives after which French may put the subject last (`que conteste X`).
    pub object_relatives: FastSet<String>,
    /// Words that give a person's nickname after their name (`que tous appellent`, `surnommé`).
    pub alias_words: FastSet<String>,
    /// Speech verbs that give a nickname only before a name in marks (`X, dit « Y »`).
    pub marked_alias_words: FastSet<String>,
    /// Participles that give the name a person goes by (`identified only as X`).
    pub identity_participles: FastSet<String>,
    /// The preposition after them that the name follows (`as`).
    pub identity_prepositions: FastSet<String>,
    /// Prepositions opening an absolute clause whose participle has its own subject (`with`).
    pub absolute_prepositions: FastSet<String>,
    /// Conjunctions opening a reported clause (`said that …`).
    pub complementisers: FastSet<String>,
    /// A company's abbreviated word that goes on before a legal suffix (`Co.` in `Co. Ltd`).
    pub company_abbreviations: FastSet<String>,
    /// Relatives that only a person takes (`an importer, who …`).
    pub person_relatives: FastSet<String>,
    /// Verb forms that give a name, whatever its case (`un compte baptisé « x_y »`).
    pub naming_verbs: FastSet<String>,
    /// `le sentier dit « des Crêtes »`: so-called, after a noun for a thing.
    pub so_called: FastSet<String>,
    /// `what researchers call "…"`: the relative and the present-tense verb of a name that a
    /// group uses, each a section (`[usage_relatives]`, `[usage_naming_verbs]`).
    pub usage_relatives: FastSet<String>,
    pub usage_naming_verbs: FastSet<String>,
    /// `what the industry calls "…"`: a singular field whose usage names a thing
    /// (`[usage_field_nouns]`).
    pub usage_field_nouns: FastSet<String>,
    /// `locals call the jetty "the Old Lady"`: forms of a verb by which a group names a thing
    /// (`[group_naming_verbs]`).
    pub group_naming_verbs: FastSet<String>,
    /// Singular words for a whole group that name like a plural one (`everyone calls`).
    pub group_subjects: FastSet<String>,
    /// `which locals have long called "…"`: a participle after an auxiliary gives a group's name
    /// for a thing after these relatives too (`[usage_naming_participles]`,
    /// `[usage_participle_relatives]`).
    pub usage_naming_participles: FastSet<String>,
    pub usage_participle_relatives: FastSet<String>,
    /// Inhabitants whose ending tells nothing (`le Basque`), lowercase.
    pub demonyms: FastSet<String>,
    /// The same, capitalised as a text writes them (`Basque`): no lowercasing per word.
    pub demonym_names: FastSet<String>,
    /// `on` in `a-t-on indiqué à la préfecture`: the body named after it speaks.
    pub impersonal_pronouns: FastSet<String>,
    /// Words besides the addressee markers that name where `on` speaks (`chez`).
    pub impersonal_places: FastSet<String>,
    /// Endings of inhabitants' names (`le Landais`, `la Lyonnaise`): after a definite article,
    /// such a capitalised word describes a person.
    pub demonym_endings: Vec<&'static str>,
    /// Endings of capitalised inhabitants' names only (`Romanian`), unlike the lowercase roles
    /// that share them (`politician`).
    pub inhabitant_endings: Vec<&'static str>,
    /// Endings of feminine nouns, for the gender an elided article hides (`l'Association`).
    pub feminine_endings: Vec<&'static str>,
    /// Irregular plural role nouns and their singular (`people` -> `person`).
    pub plural_roles: FastMap<String, String>,
    /// Lowercase word -> its `class` bits.
    pub classes: FastMap<String, u32>,
    /// The same for the keys of at most `PACKED_BYTES` bytes (nearly all), by their `packed`
    /// form: the key sits in the table itself, so a lookup reads no string from elsewhere in
    /// memory and compares two integers.
    packed_classes: FastMap<u128, u32>,
    /// The longest key of `classes`, in bytes: longer words need no lookup.
    longest_class_word: usize,
    /// The class bits of each word of one to three ASCII lowercase letters (`de`, `la`, `the`:
    /// the commonest words), at its `short_index`: read with no hash.
    short_classes: Vec<u32>,
    /// Per first byte: the lengths (bits, 31 for any longer) of the determiners, definite
    /// articles and partitive words opening with it.
    opener_shapes: Vec<u32>,
    /// A 65536-bit filter over (length, first two and last two bytes) of the keys of `classes`:
    /// most words of a text are in no class and skip the hash lookup.
    filter: Vec<u64>,
}

impl Lexicon {
    /// The `class` bits of a word (any case).
    pub(super) fn classes_of(&self, word: &str) -> u32 {
        if word.len() > self.longest_class_word {
            return 0;
        }
        let mut buf = [0u8; 40];
        if word
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            // Already lowercase ASCII (most words): no copy, no revalidation.
            return self.lookup_lower(word);
        }
        if word.is_ascii() && word.len() <= buf.len() {
            let bytes = &mut buf[..word.len()];
            bytes.copy_from_slice(word.as_bytes());
            bytes.make_ascii_lowercase();
            return self.lookup_lower(std::str::from_utf8(bytes).unwrap_or_default());
        }
        if word.chars().any(char::is_uppercase) {
            let mut buf = [0u8; LOWER_BUF];
            match lowercase_in(word, &mut buf) {
                Some(lower) => self.classes_of_lower(lower),
                None => self.classes_of_lower(&word.to_lowercase()),
            }
        } else {
            self.lookup_lower(word)
        }
    }

    /// The `class` bits of a word already in lowercase (as `classes_of` gives them for any
    /// case of it).
    pub(super) fn classes_of_lower(&self, lower: &str) -> u32 {
        if lower.len() > self.longest_class_word {
            return 0;
        }
        self.lookup_lower(lower)
    }

    /// `classes_of_lower` for a word known to be no longer than the longest class word: a
    /// short word from its table, another by the bit filter first, the map only for words that
    /// pass it.
    fn lookup_lower(&self, lower: &str) -> u32 {
        if let Some(index) = short_index(lower.as_bytes()) {
            return self.short_classes.get(index).copied().unwrap_or(0);
        }
        let bit = filter_bit(lower.as_bytes());
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return 0;
        }
        match packed(lower.as_bytes()) {
            Some(key) => self.packed_classes.get(&key).copied().unwrap_or(0),
            None => self.classes.get(lower).copied().unwrap_or(0),
        }
    }

    fn index_classes(&mut self) {
        use class::*;
        const OPENER: u32 = DET | DEFINITE | PARTITIVE;
        let mut classes: FastMap<String, u32> = FastMap::default();
        let mut add = |words: &mut dyn Iterator<Item = &String>, bit: u32| {
            for w in words {
                *classes.entry(w.clone()).or_default() |= bit;
            }
        };
        add(&mut self.speech_verbs.iter(), SPEECH);
        add(&mut self.speech_lemmas.iter(), LEMMA);
        add(&mut self.auxiliaries.iter(), AUX);
        add(&mut self.pronouns.keys(), PRONOUN);
        add(&mut self.relatives.iter(), RELATIVE);
        add(&mut self.roles.keys(), ROLE);
        // `witness` -> `witnesses`, `coach` -> `coaches`: a sibilant takes -es.
        let plural_roles: Vec<String> = self
            .roles
            .keys()
            .map(|r| format!("{r}s"))
            .chain(
                self.roles
                    .keys()
                    .filter(|r| takes_es(r))
                    .map(|r| format!("{r}es")),
            )
            .collect();
        add(&mut plural_roles.iter(), ROLE);
        add(&mut self.organisations.iter(), ORG);
        let plural_orgs: Vec<String> = self.organisations.iter().map(|o| format!("{o}s")).collect();
        add(&mut plural_orgs.iter(), ORG);
        add(&mut self.addressee_markers.iter(), ADDRESSEE);
        add(&mut self.naming_nouns.iter(), NAMING);
        add(&mut self.adverbs.iter(), ADVERB);
        add(&mut self.adverbial_starters.iter(), STARTER);
        add(&mut self.clause_connectors.iter(), CONNECTOR);
        add(&mut self.coordinators.iter(), COORD);
        add(&mut self.determiners.iter(), DET);
        add(&mut self.definite_determiners.iter(), DEFINITE);
        add(&mut self.np_links.iter(), LINK);
        add(&mut self.name_particles.iter(), PARTICLE);
        add(&mut self.non_names.iter(), NON_NAME);
        // `her Honour`: a form of address names nobody.
        let honorifics: Vec<String> = self.honorifics.keys().map(|h| h.to_lowercase()).collect();
        add(&mut honorifics.iter(), NON_NAME);
        add(&mut self.female_names.iter(), FIRST_NAME);
        add(&mut self.male_names.iter(), FIRST_NAME);
        add(&mut self.opening_source_cues.iter(), OPENING_CUE);
        add(&mut self.mouthpieces.iter(), MOUTHPIECE);
        add(&mut self.partitives.iter(), PARTITIVE);
        add(&mut self.role_premodifiers.iter(), PREMODIFIER);
        add(&mut self.object_clitics.iter(), CLITIC);
        add(&mut self.first_person.iter(), FIRST_PERSON);
        add(&mut self.singular_auxiliaries.iter(), SINGULAR_AUX);
        add(&mut self.rating_prepositions.iter(), RATING_PREP);
        add(&mut self.causative_infinitives.iter(), CAUSATIVE_INF);
        let irregular: Vec<String> = self.plural_roles.keys().cloned().collect();
        add(&mut irregular.iter(), ROLE);
        let folded_titles: Vec<String> = self.titles.keys().map(|t| t.to_lowercase()).collect();
        add(&mut folded_titles.iter(), TITLE_FOLDED);
        // A title may be longer than its lowercase form (`ẞ` -> `ß`): it must still be looked up.
        self.longest_class_word = classes
            .keys()
            .map(String::len)
            .max()
            .unwrap_or(0)
            .max(self.longest_title);
        let mut shapes = vec![0u32; 256];
        for (key, &bits) in &classes {
            if let Some(&first) = key.as_bytes().first().filter(|_| bits & OPENER != 0) {
                shapes[usize::from(first)] |= 1 << key.len().min(31);
            }
        }
        self.opener_shapes = shapes;
        let mut short = vec![0u32; SHORT_WORDS];
        for (key, &bits) in &classes {
            if let Some(index) = short_index(key.as_bytes()) {
                short[index] = bits;
            }
        }
        self.short_classes = short;
        self.filter = vec![0; FILTER_BITS / 64];
        for key in classes.keys() {
            let bit = filter_bit(key.as_bytes());
            self.filter[bit / 64] |= 1 << (bit % 64);
        }
        self.packed_classes = classes
            .iter()
            .filter_map(|(key, &bits)| Some((packed(key.as_bytes())?, bits)))
            .collect();
        self.classes = classes;
    }

    /// The role noun a title names (`Gov` and `Governor` -> `governor`), if it is one.
    pub(super) fn role_of_title(&self, title: &str) -> Option<String> {
        if let Some(role) = self.title_roles.get(title) {
            return Some(role.clone());
        }
        let lower = title.to_lowercase();
        self.roles.contains_key(&lower).then_some(lower)
    }

    /// Whether a lowercase word of `len` bytes opening with byte `first` may be a determiner, a
    /// definite article or a partitive word: one of them has that length and first byte.
    pub(super) fn may_open_phrase(&self, first: u8, len: usize) -> bool {
        self.opener_shapes
            .get(usize::from(first))
            .is_some_and(|lengths| lengths & (1 << len.min(31)) != 0)
    }

    /// Whether `word` is a role by its ending (`24-year-old`), with something before the ending.
    pub(super) fn is_role_by_suffix(&self, word: &str) -> bool {
        self.role_suffixes
            .iter()
            .any(|suffix| word.len() > suffix.len() && word.ends_with(suffix))
    }

    /// Whether lowercase `word` names a person by its ending (`randonneur`), with a stem of 3
    /// letters or more.
    pub(super) fn is_person_noun(&self, word: &str) -> bool {
        let Some(&last) = word.as_bytes().last() else {
            return false;
        };
        let endings = self.person_noun_endings.get(usize::from(last));
        endings.into_iter().flatten().any(|e| {
            word.strip_suffix(e)
                .is_some_and(|stem| stem.chars().nth(2).is_some())
        })
    }

    /// Whether capitalised `word` names an inhabitant: by its ending or listed (`Basque`).
    pub(super) fn is_inhabitant(&self, word: &str) -> bool {
        self.is_demonym(word)
            || self.demonym_names.contains(word)
            || self.inhabitant_endings.iter().any(|e| {
                word.strip_suffix(e)
                    .is_some_and(|stem| stem.chars().nth(2).is_some())
            })
    }

    /// Whether lowercase role `head` says where one comes from (`basque`, `lyonnais`).
    pub(super) fn is_origin_role(&self, head: &str) -> bool {
        self.is_demonym(head) || self.demonyms.contains(head)
    }

    /// Whether lowercase `word` has a present participle's ending (`ajoutant`, `adding`).
    pub(super) fn has_participle_ending(&self, word: &str) -> bool {
        self.present_participle_endings
            .iter()
            .any(|e| word.ends_with(e))
    }

    /// Whether lowercase `noun` has a feminine ending (`association`, `autorité`).
    pub(super) fn is_feminine_noun(&self, noun: &str) -> bool {
        self.feminine_endings.iter().any(|e| noun.ends_with(e))
    }

    /// Whether capitalised `word` has an inhabitant's ending, with a stem of 3 letters or more.
    pub(super) fn is_demonym(&self, word: &str) -> bool {
        self.demonym_endings.iter().any(|e| {
            word.strip_suffix(e)
                .is_some_and(|stem| stem.chars().nth(2).is_some())
        })
    }

    /// The singular of a plural role noun (`sources` -> `source`, `people` -> `person`), if the
    /// word is one.
    pub(super) fn singular_role(&self, plural: &str) -> Option<String> {
        if let Some(singular) = self.plural_roles.get(plural) {
            return Some(singular.clone());
        }
        let singular = plural.strip_suffix('s')?;
        if self.roles.contains_key(singular) {
            return Some(singular.to_string());
        }
        let singular = plural.strip_suffix("es").filter(|stem| takes_es(stem))?;
        self.roles
            .contains_key(singular)
            .then(|| singular.to_string())
    }

    /// The gender of a role noun, singular or plural.
    pub(super) fn role_gender(&self, word: &str) -> Gender {
        let mut buf = [0u8; LOWER_BUF];
        let owned;
        let word = match lowercase_in(word, &mut buf) {
            Some(lower) => lower,
            None => {
                owned = word.to_lowercase();
                owned.as_str()
            }
        };
        let singular = word.strip_suffix('s').unwrap_or(word);
        // `mum-of-four`: a hyphenated role compound has the gender of its first word.
        let compound = || {
            word.split_once('-')
                .and_then(|(first, _)| self.roles.get(first))
        };
        self.roles
            .get(word)
            .or_else(|| self.roles.get(singular))
            .or_else(compound)
            .copied()
            .unwrap_or(Gender::Unknown)
    }

    /// The gender a lowercase given name tells: the name lists first, then the first part of a
    /// compound (`jean-marie` is male like `jean`), then endings that are female in the names
    /// news meets (`johanna`, `ginette`, `gabrielle`, `séverine`, `renée`); male names with
    /// those endings (`luca`, `nikita`) are in the male list, which is looked up first. A name
    /// in both lists (`andrea`) is borne by both sexes: it tells no gender.
    pub(super) fn given_name_gender(&self, name: &str) -> Gender {
        if self.male_names.contains(name) {
            if self.female_names.contains(name) {
                return Gender::Unknown;
            }
            return Gender::Male;
        }
        if self.female_names.contains(name) {
            return Gender::Female;
        }
        if let Some((first, _)) = name.split_once('-') {
            return self.given_name_gender(first);
        }
        const FEMALE_ENDINGS: [&str; 6] = ["a", "ette", "elle", "ine", "ée", "lyn"];
        let long_enough = name.chars().nth(2).is_some();
        if long_enough && FEMALE_ENDINGS.iter().any(|e| name.ends_with(e)) {
            Gender::Female
        } else {
            Gender::Unknown
        }
    }

    /// Whether `name` (or its first hyphenated part) is a listed given name of either gender.
    pub(super) fn lists_given_name(&self, name: &str) -> bool {
        let first = name.split_once('-').map_or(name, |(first, _)| first);
        [name, first]
            .iter()
            .any(|n| self.male_names.contains(*n) || self.female_names.contains(*n))
    }

    /// The lexicon of `lang`, built on first use.
    pub(super) fn of(lang: Lang) -> &'static Lexicon {
        static ALL: OnceLock<Vec<Lexicon>> = OnceLock::new();
        let all = ALL.get_or_init(|| Lang::ALL.iter().map(|&l| Lexicon::load(l)).collect());
        &all[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)]
    }

    fn load(lang: Lang) -> Lexicon {
        let list = |section: &str| lang.entries(Resource::Quotes, section);
        let set = |section: &str| -> FastSet<String> {
            list(section).iter().map(|w| w.to_lowercase()).collect()
        };
        let gendered = |section: &str, lower: bool| -> FastMap<String, Gender> {
            list(section)
                .iter()
                .filter_map(|line| {
                    let mut parts = line.split_whitespace();
                    let word = parts.next()?;
                    let word = if lower {
                        word.to_lowercase()
                    } else {
                        word.to_string()
                    };
                    Some((word, Gender::from_tag(parts.next().unwrap_or("n"))))
                })
                .collect()
        };
        // `Gov governor`: a form as written, then the role it stands for, lowercase.
        let form_roles = |section: &str| -> FastMap<String, String> {
            list(section)
                .iter()
                .filter_map(|line| {
                    let (form, role) = line.split_once(char::is_whitespace)?;
                    Some((form.to_string(), role.trim().to_lowercase()))
                })
                .collect()
        };
        let words = |section: &str| -> FastSet<String> {
            list(section)
                .iter()
                .flat_map(|line| line.split_whitespace())
                .map(str::to_lowercase)
                .collect()
        };
        let mut speech_verbs = FastSet::default();
        let mut speech_lemmas = FastSet::default();
        for line in list("speech_verbs") {
            let forms = verb_forms(lang, line);
            speech_lemmas.insert(forms[0].clone());
            // A French infinitive reports nothing (`pour répondre`); an English base form does,
            // unless a full list of forms leaves it out (`would continue` reports nothing).
            let base_listed = line.split_once(" = ").is_none_or(|(head, listed)| {
                listed
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(head.trim()))
            });
            let skip = usize::from(lang != Lang::En || !base_listed);
            speech_verbs.extend(forms.into_iter().skip(skip));
        }
        let mut lexicon = Lexicon {
            speech_verbs,
            speech_lemmas,
            auxiliaries: set("auxiliaries"),
            pronouns: gendered("subject_pronouns", true).into_iter().collect(),
            relatives: set("relative_pronouns"),
            titles: gendered("titles", false),
            roles: gendered("roles", true),
            honorifics: form_roles("honorifics"),
            title_roles: form_roles("title_roles"),
            role_hypernyms: list("role_hypernyms")
                .iter()
                .filter_map(|line| {
                    let mut words = line.split_whitespace().map(str::to_lowercase);
                    Some((words.next()?, words.collect()))
                })
                .collect(),
            represented_bodies: list("represented_bodies")
                .iter()
                .filter_map(|line| {
                    let (body, roles) = line.split_once(" = ")?;
                    let roles = roles.split_whitespace().map(str::to_lowercase).collect();
                    Some((body.trim().to_lowercase(), roles))
                })
                .collect(),
            body_name_openers: list("body_name_openers")
                .iter()
                .filter_map(|line| {
                    let (noun, phrases) = line.split_once(" = ")?;
                    let phrases = phrases
                        .split('|')
                        .map(|p| p.trim().to_lowercase())
                        .collect();
                    Some((noun.trim().to_lowercase(), phrases))
                })
                .collect(),
            department_nouns: set("department_nouns"),
            member_bodies: list("member_bodies")
                .iter()
                .filter_map(|line| {
                    let mut words = line.split_whitespace().map(str::to_lowercase);
                    Some((words.next()?, words.collect()))
                })
                .collect(),
            body_abbreviations: list("body_abbreviations")
                .iter()
                .filter_map(|line| {
                    let (short, noun) = line.split_once(char::is_whitespace)?;
                    Some((short.to_lowercase(), noun.trim().to_lowercase()))
                })
                .collect(),
            council_short_names: list("council_short_names")
                .iter()
                .filter_map(|line| {
                    let (short, phrase) = line.split_once(char::is_whitespace)?;
                    Some((short.to_lowercase(), phrase.trim().to_lowercase()))
                })
                .collect(),
            body_roles: set("body_roles"),
            organisations: set("organisations"),
            company_nouns: set("company_nouns"),
            consultancy_nouns: set("consultancy_nouns"),
            legal_suffixes: set("legal_suffixes"),
            byline_words: set("byline_words"),
            byline_labels: set("byline_labels"),
            byline_tails: set("byline_tails"),
            byline_datelines: set("byline_datelines"),
            place_premodifiers: set("place_premodifiers"),
            name_participles: set("name_participles"),
            place_prepositions: set("place_prepositions"),
            thing_relatives: set("thing_relatives"),
            time_phrase_ends: set("time_phrase_ends"),
            causative_verbs: set("causative_verbs"),
            causative_infinitives: set("causative_infinitives"),
            modal_verbs: set("modal_verbs"),
            modal_infinitives: set("modal_infinitives"),
            source_cues: list("source_cues")
                .iter()
                .map(|c| c.split_whitespace().flat_map(split_elision).collect())
                .collect(),
            hearsay_passives: list("hearsay_passives")
                .iter()
                .map(|c| c.split_whitespace().map(str::to_lowercase).collect())
                .collect(),
            post_nominals: list("post_nominals")
                .iter()
                .map(|w| w.to_string())
                .collect(),
            phrasal_speech_verbs: list("phrasal_speech_verbs")
                .iter()
                .filter_map(|line| {
                    let (verb, particle) = line.split_once(char::is_whitespace)?;
                    Some((verb.to_lowercase(), particle.trim().to_lowercase()))
                })
                .collect(),
            adverb_phrases: list("adverb_phrases")
                .iter()
                .filter_map(|line| {
                    let (first, second) = line.split_once(char::is_whitespace)?;
                    Some((first.to_lowercase(), second.trim().to_lowercase()))
                })
                .collect(),
            related_labels: list("related_labels")
                .iter()
                .map(|c| c.split_whitespace().map(str::to_lowercase).collect())
                .collect(),
            purpose_links: list("purpose_links")
                .iter()
                .map(|c| c.split_whitespace().map(str::to_lowercase).collect())
                .collect(),
            source_cue_end_lengths: 0,
            source_cue_start_lengths: 0,
            source_cue_end_firsts: ByteSet::default(),
            source_cue_start_firsts: ByteSet::default(),
            longest_determiner: 0,
            longest_title: 0,
            opening_source_cues: set("opening_source_cues"),
            addressee_markers: set("addressee_markers"),
            mouthpieces: set("mouthpieces"),
            naming_nouns: set("naming_nouns"),
            reflexive_naming_verbs: set("reflexive_naming_verbs"),
            naming_pronouns: set("naming_pronouns"),
            object_pronoun_articles: set("object_pronoun_articles"),
            inscription_nouns: set("inscription_nouns"),
            inscription_relatives: set("inscription_relatives"),
            reading_verbs: set("reading_verbs"),
            label_nouns: set("label_nouns"),
            another_words: set("another_words"),
            narrative_infinitives: set("narrative_infinitives"),
            literal_nouns: set("literal_nouns"),
            nickname_nouns: set("nickname_nouns"),
            role_premodifiers: set("role_premodifiers"),
            indefinite_premodifiers: set("indefinite_premodifiers"),
            place_nouns: set("place_nouns"),
            ratings: set("ratings"),
            longest_rating: 0,
            rating_prepositions: set("rating_prepositions"),
            singular_auxiliaries: set("singular_auxiliaries"),
            age_nouns: list("age_nouns")
                .iter()
                .filter_map(|line| {
                    let (noun, decade) = line.split_once(char::is_whitespace)?;
                    Some((noun.to_lowercase(), decade.trim().parse().ok()?))
                })
                .collect(),
            age_units: set("age_units"),
            approximate_ages: set("approximate_ages"),
            wording_nouns: set("wording_nouns"),
            author_participles: set("author_participles"),
            text_verbs: set("text_verbs"),
            continuation_verbs: set("continuation_verbs"),
            reply_verbs: set("reply_verbs"),
            ensemble_nouns: set("ensemble_nouns"),
            body_pronouns: set("body_pronouns"),
            contrast_connectors: set("contrast_connectors"),
            author_prepositions: set("author_prepositions"),
            commission_verbs: set("commission_verbs"),
            finding_verbs: set("finding_verbs"),
            commission_prepositions: set("commission_prepositions"),
            request_verbs: set("request_verbs"),
            object_clitics: set("object_clitics"),
            first_person: set("first_person_pronouns"),
            interview_markers: set("interview_markers"),
            adverbs: set("adverbs"),
            adverbial_starters: set("adverbial_starters"),
            clause_connectors: set("clause_connectors"),
            coordinators: set("coordinators"),
            determiners: set("determiners"),
            definite_determiners: set("definite_determiners"),
            np_links: set("np_links"),
            name_particles: set("name_particles"),
            inner_name_words: set("inner_name_words"),
            name_final_words: set("name_final_words"),
            verbless_source_cues: set("verbless_source_cues"),
            ratio_phrases: set("ratio_phrases"),
            term_nouns: set("term_nouns"),
            term_articles: set("term_articles"),
            non_names: set("non_names"),
            female_names: words("female_first_names"),
            male_names: words("male_first_names"),
            role_suffixes: list("role_suffixes"),
            abstract_noun_endings: list("abstract_noun_endings"),
            person_noun_endings: {
                let mut by_last = vec![Vec::new(); 256];
                for ending in list("person_noun_endings") {
                    if let Some(&last) = ending.as_bytes().last() {
                        by_last[usize::from(last)].push(ending);
                    }
                }
                by_last
            },
            partitives: set("partitives"),
            party_tag_prefixes: list("party_tag_prefixes"),
            passive_agents: set("passive_agents"),
            short_participles: set("short_participles"),
            passive_auxiliaries: set("passive_auxiliaries"),
            present_participle_endings: list("present_participle_endings"),
            adverb_endings: list("adverb_endings"),
            past_participle_endings: list("past_participle_endings"),
            name_like_participle_endings: list("name_like_participle_endings"),
            participle_complement_openers: set("participle_complement_openers"),
            infinitive_links: set("infinitive_links"),
            complement_links: set("complement_links"),
            demonstrative_determiners: set("demonstrative_determiners"),
            member_determiners: set("member_determiners"),
            gerund_markers: set("gerund_markers"),
            auxiliary_infinitives: set("auxiliary_infinitives"),
            determiner_genders: gendered("determiner_genders", true),
            contracted_articles: gendered("contracted_articles", true),
            generic_body_nouns: set("generic_body_nouns"),
            document_nouns: set("document_nouns"),
            author_nouns: set("author_nouns"),
            author_determiners: set("author_determiners"),
            apposition_relatives: set("apposition_relatives"),
            source_pronouns: gendered("source_pronouns", true),
            demonstratives: gendered("demonstrative_pronouns", true)
                .into_iter()
                .collect(),
            possessive_determiners: set("possessive_determiners"),
            circle_nouns: set("circle_nouns"),
            anonymous_roles: set("anonymous_roles"),
            anonymity_words: set("anonymity_words"),
            family_roles: set("family_roles"),
            compound_roles: list("compound_roles")
                .iter()
                .filter_map(|line| {
                    let words: Vec<String> =
                        line.split_whitespace().flat_map(split_elision).collect();
                    // (A role of four words keeps its adjective: `directeur général des
                    // services` is `directeur général services`.)
                    match words.as_slice() {
                        [head, adj, _, last] => Some(format!("{head} {adj} {last}")),
                        [head, .., last] => Some(format!("{head} {last}")),
                        _ => None,
                    }
                })
                .collect(),
            object_relatives: set("object_relatives"),
            alias_words: set("alias_words"),
            marked_alias_words: set("marked_alias_words"),
            identity_participles: set("identity_participles"),
            identity_prepositions: set("identity_prepositions"),
            absolute_prepositions: set("absolute_prepositions"),
            complementisers: set("complementisers"),
            company_abbreviations: set("company_abbreviations"),
            person_relatives: set("person_relatives"),
            naming_verbs: set("naming_verbs"),
            so_called: set("so_called"),
            usage_relatives: set("usage_relatives"),
            usage_naming_verbs: set("usage_naming_verbs"),
            usage_field_nouns: set("usage_field_nouns"),
            group_naming_verbs: set("group_naming_verbs"),
            group_subjects: set("group_subjects"),
            usage_naming_participles: set("usage_naming_participles"),
            usage_participle_relatives: set("usage_participle_relatives"),
            demonyms: set("demonyms"),
            demonym_names: set("demonyms").iter().map(|w| capitalised(w)).collect(),
            impersonal_pronouns: set("impersonal_pronouns"),
            impersonal_places: set("impersonal_places"),
            demonym_endings: list("demonym_endings"),
            inhabitant_endings: list("inhabitant_endings"),
            feminine_endings: list("feminine_endings"),
            plural_roles: list("plural_roles")
                .iter()
                .filter_map(|line| {
                    let (plural, singular) = line.split_once(char::is_whitespace)?;
                    Some((plural.to_lowercase(), singular.trim().to_lowercase()))
                })
                .collect(),
            classes: FastMap::default(),
            packed_classes: FastMap::default(),
            longest_class_word: 0,
            opener_shapes: Vec::new(),
            short_classes: Vec::new(),
            filter: Vec::new(),
        };
        lexicon.longest_title = lexicon.titles.keys().map(String::len).max().unwrap_or(0);
        lexicon.longest_rating = lexicon
            .ratings
            .iter()
            .map(|r| r.len() + 1)
            .max()
            .unwrap_or(0);
        lexicon.longest_determiner = lexicon
            .determiners
            .iter()
            .map(String::len)
            .max()
            .unwrap_or(0);
        lexicon.source_cue_end_lengths = lexicon
            .source_cues
            .iter()
            .filter_map(|cue| cue.last())
            .filter(|w| w.len() < 64)
            .fold(0, |mask, w| mask | (1 << w.len()));
        lexicon.source_cue_start_lengths = lexicon
            .source_cues
            .iter()
            .filter_map(|cue| cue.first())
            .filter(|w| w.len() < 64)
            .fold(0, |mask, w| mask | (1 << w.len()));
        lexicon.source_cue_end_firsts =
            ByteSet::of_firsts(lexicon.source_cues.iter().filter_map(|cue| cue.last()));
        lexicon.source_cue_start_firsts =
            ByteSet::of_firsts(lexicon.source_cues.iter().filter_map(|cue| cue.first()));
        lexicon.index_classes();
        lexicon
    }
}

/// The size of the word filter: a few thousand keys leave it sparse enough that most words
/// of a text are ruled out without a hash lookup.
/// Room for the lowercase form of a lexicon-sized word, on the stack.
const LOWER_BUF: usize = 64;

/// `word.to_lowercase()` written into `buf`, without allocating; `None` when it does not fit or
/// when a capital sigma needs the word-final rule of `str::to_lowercase`.
/// `basque` -> `Basque`.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn lowercase_in<'b>(word: &str, buf: &'b mut [u8; LOWER_BUF]) -> Option<&'b str> {
    if word.is_ascii() {
        let bytes = buf.get_mut(..word.len())?;
        bytes.copy_from_slice(word.as_bytes());
        bytes.make_ascii_lowercase();
        return std::str::from_utf8(bytes).ok();
    }
    let mut n = 0;
    for c in word.chars() {
        // ASCII letters (most of any word) without the Unicode tables.
        if c.is_ascii() {
            *buf.get_mut(n)? = c.to_ascii_lowercase() as u8;
            n += 1;
            continue;
        }
        if c == 'Σ' {
            return None;
        }
        for lower in c.to_lowercase() {
            let end = n + lower.len_utf8();
            lower.encode_utf8(buf.get_mut(n..end)?);
            n = end;
        }
    }
    std::str::from_utf8(&buf[..n]).ok()
}

const FILTER_BITS: usize = 1 << 16;

/// The longest word `packed` takes.
const PACKED_BYTES: usize = 15;

/// A word of at most `PACKED_BYTES` bytes as one integer: its bytes, zero padded, and its
/// length in the last byte (so that no two words share one); `None` for a longer word.
fn packed(word: &[u8]) -> Option<u128> {
    if word.len() > PACKED_BYTES {
        return None;
    }
    let mut bytes = [0u8; 16];
    bytes[..word.len()].copy_from_slice(word);
    bytes[PACKED_BYTES] = word.len() as u8;
    Some(u128::from_le_bytes(bytes))
}

/// How many `short_index` values there are: three letters of 27 values (none, `a` to `z`).
const SHORT_WORDS: usize = 27 * 27 * 27;

/// The index of a word of one to three ASCII lowercase letters among all such words; `None` for
/// any other word.
fn short_index(word: &[u8]) -> Option<usize> {
    if word.is_empty() || word.len() > 3 {
        return None;
    }
    let mut index = 0;
    for &b in word {
        if !b.is_ascii_lowercase() {
            return None;
        }
        index = index * 27 + usize::from(b - b'a' + 1);
    }
    Some(index)
}

/// The filter bit of a lowercase word: its length, first two and last two bytes, mixed.
fn filter_bit(word: &[u8]) -> usize {
    let at = |i: usize| u32::from(word.get(i).copied().unwrap_or(0));
    let n = word.len();
    let last = |back: usize| if n > back { at(n - 1 - back) } else { 0 };
    let mut h = (n as u32).wrapping_mul(0x9E37_79B9);
    for b in [at(0), at(1), last(0), last(1)] {
        h = (h ^ b).wrapping_mul(0x0100_0193);
    }
    (h ^ (h >> 16)) as usize % FILTER_BITS
}

/// `d'après` -> `d'`, `après`: the tokenizer ends a word after an elision.
fn split_elision(word: &str) -> Vec<String> {
    let word = word.to_lowercase();
    match word.char_indices().find(|&(_, c)| c == '\'' || c == '’') {
        Some((i, c)) if i + c.len_utf8() < word.len() => {
            let cut = i + c.len_utf8();
            vec![word[..cut].to_string(), word[cut..].to_string()]
        }
        _ => vec![word],
    }
}

/// Every form of one `[speech_verbs]` entry (see the data file for the syntax).
fn verb_forms(lang: Lang, line: &str) -> Vec<String> {
    let (head, explicit, replace) = match (line.split_once(" = "), line.split_once(" + ")) {
        (Some((head, forms)), _) => (head, forms, true),
        (None, Some((head, forms))) => (head, forms, false),
        (None, None) => (line, "", false),
    };
    let infinitive = head.trim().to_lowercase();
    let infinitive = infinitive
        .strip_prefix("s'")
        .or_else(|| infinitive.strip_prefix("se "))
        .unwrap_or(&infinitive)
        .to_string();
    let mut forms = vec![infinitive.clone()];
    forms.extend(explicit.split_whitespace().map(str::to_lowercase));
    if !replace {
        forms.extend(regular_forms(lang, &infinitive));
    }
    forms
}

/// The forms of a regular verb that attribution uses.
fn regular_forms(lang: Lang, verb: &str) -> Vec<String> {
    match lang {
        Lang::Fr => {
            if let Some(stem) = verb.strip_suffix("er") {
                [
                    "é", "ée", "e", "ent", "ait", "aient", "a", "èrent", "era", "eront", "ant",
                ]
                .iter()
                .map(|end| format!("{}{end}", soft_stem(stem, end)))
                .collect()
            } else if let Some(stem) = verb.strip_suffix("ir") {
                ["i", "ie", "it", "issent", "issait", "issaient", "ira"]
                    .iter()
                    .map(|end| format!("{stem}{end}"))
                    .collect()
            } else {
                vec![verb.to_string()]
            }
        }
        Lang::En => {
            let mut forms = vec![verb.to_string()];
            let sibilant = ["s", "sh", "ch", "x", "z"]
                .iter()
                .any(|e| verb.ends_with(e));
            let consonant_y =
                verb.ends_with('y') && !verb[..verb.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
            if consonant_y {
                let stem = &verb[..verb.len() - 1];
                forms.extend([format!("{stem}ies"), format!("{stem}ied")]);
            } else if sibilant {
                forms.extend([format!("{verb}es"), format!("{verb}ed")]);
            } else if verb.ends_with('e') {
                forms.extend([format!("{verb}s"), format!("{verb}d")]);
            } else {
                forms.extend([format!("{verb}s"), format!("{verb}ed")]);
            }
            let ing = match verb.strip_suffix('e') {
                Some(stem) if !verb.ends_with("ee") => format!("{stem}ing"),
                _ => format!("{verb}ing"),
            };
            forms.push(ing);
            forms
        }
        _ => vec![verb.to_string()],
    }
}

/// A -cer or -ger stem before an ending in `a` keeps its soft sound: `annonçait`, `jugea`.
fn soft_stem(stem: &str, end: &str) -> String {
    if !end.starts_with('a') {
        return stem.to_string();
    }
    match (stem.strip_suffix('c'), stem.ends_with('g')) {
        (Some(root), _) => format!("{root}ç"),
        (None, true) => format!("{stem}e"),
        _ => stem.to_string(),
    }
}

/// Whether a noun's plural adds -es (`witness`, `coach`, `box`).
fn takes_es(noun: &str) -> bool {
    ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| noun.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stack_lowercase_matches_to_lowercase_or_declines() {
        let mut buf = [0u8; LOWER_BUF];
        for word in [
            "Élisabeth",
            "ÉTAT",
            "Ministère",
            "İstanbul",
            "Łódź",
            "already",
        ] {
            assert_eq!(
                lowercase_in(word, &mut buf),
                Some(word.to_lowercase().as_str())
            );
        }
        // The word-final sigma rule and words longer than the buffer go to `to_lowercase`.
        assert_eq!(lowercase_in("ΟΔΟΣ", &mut buf), None);
        assert_eq!(lowercase_in(&"É".repeat(40), &mut buf), None);
    }

    #[test]
    fn every_class_word_reads_as_from_the_map() {
        for lang in [Lang::Fr, Lang::En] {
            let lex = Lexicon::of(lang);
            for (key, &bits) in &lex.classes {
                assert_eq!(lex.lookup_lower(key), bits, "{key}");
            }
            let long = "a".repeat(PACKED_BYTES + 1);
            for word in ["", "zz\0", "qqqqqqqqqqqqqqq", long.as_str(), "état-majorx"] {
                let want = lex.classes.get(word).copied().unwrap_or(0);
                assert_eq!(lex.lookup_lower(word), want, "{word}");
            }
        }
        let words = ["", "a", "a\0", "\0", "ab", "abcdefghijklmno"];
        let keys: FastSet<u128> = words.iter().filter_map(|w| packed(w.as_bytes())).collect();
        assert_eq!(keys.len(), words.len());
        assert_eq!(packed("abcdefghijklmnop".as_bytes()), None);
    }

    #[test]
    fn short_words_read_from_their_table_as_from_the_map() {
        for lang in [Lang::Fr, Lang::En] {
            let lex = Lexicon::of(lang);
            let mut short = 0;
            for (key, &bits) in &lex.classes {
                if short_index(key.as_bytes()).is_some() {
                    short += 1;
                    assert_eq!(lex.lookup_lower(key), bits, "{key}");
                }
            }
            assert!(short > 10, "{lang:?}");
            for word in ["qzx", "zzz", "xq", "q"] {
                let want = lex.classes.get(word).copied().unwrap_or(0);
                assert_eq!(lex.lookup_lower(word), want, "{word}");
            }
        }
        let indices: FastSet<usize> = ["a", "z", "aa", "az", "za", "aaa", "zzz", "abc", "cba"]
            .iter()
            .filter_map(|w| short_index(w.as_bytes()))
            .collect();
        assert_eq!(indices.len(), 9);
        assert!(indices.iter().all(|&i| i < SHORT_WORDS));
        assert_eq!(short_index(b"abcd"), None);
        assert_eq!(short_index(b"Ab"), None);
        assert_eq!(short_index(b""), None);
    }

    #[test]
    fn generates_french_and_english_forms() {
        let fr = Lexicon::of(Lang::Fr);
        for form in [
            "déclaré",
            "ajoute",
            "avertit",
            "dit",
            "martèle",
            "inquiété",
            "annonçait",
            "jugeait",
        ] {
            assert!(fr.speech_verbs.contains(form), "{form}");
        }
        let en = Lexicon::of(Lang::En);
        for form in [
            "said", "told", "added", "noted", "denied", "stresses", "warning",
        ] {
            assert!(en.speech_verbs.contains(form), "{form}");
        }
        assert!(!en.speech_verbs.contains("the"));
    }

    #[test]
    fn pronoun_gender_agreement() {
        assert!(Gender::Male.agrees_with(Gender::Unknown));
        assert!(!Gender::Male.agrees_with(Gender::Female));
        assert!(!Gender::Plural.agrees_with(Gender::Male));
        assert_eq!(Lexicon::of(Lang::Fr).pronouns["elle"], Gender::Female);
    }

    #[test]
    fn grammar_words_come_from_each_languages_file() {
        let (fr, en) = (Lexicon::of(Lang::Fr), Lexicon::of(Lang::En));
        assert_eq!(fr.determiner_genders["cette"], Gender::Female);
        assert_eq!(fr.contracted_articles["aux"], Gender::Plural);
        assert_eq!(en.determiner_genders["those"], Gender::Plural);
        assert!(!en.determiner_genders.contains_key("la"));
        // Only English marks a passive by a form of `be` before the speech verb.
        assert!(en.passive_auxiliaries.contains("were"));
        assert!(fr.passive_auxiliaries.is_empty());
        assert!(fr.has_participle_ending("ajoutant") && !fr.has_participle_ending("adding"));
        assert!(en.has_participle_ending("adding") && !en.has_participle_ending("ajoutant"));
        assert!(fr.gerund_markers.contains("en") && en.gerund_markers.is_empty());
        assert!(fr.auxiliary_infinitives.contains("être"));
        assert_eq!(
            (fr.adverb_endings.as_slice(), en.adverb_endings.as_slice()),
            (&["ment"][..], &["ly"][..])
        );
        // Both elided forms link a modal verb to its infinitive; English has no such link.
        assert!(fr.infinitive_links.contains("d'") && fr.infinitive_links.contains("d’"));
        assert!(en.infinitive_links.is_empty() && en.complement_links.is_empty());
        assert!(fr.demonstrative_determiners.contains("cet"));
        assert!(en.demonstrative_determiners.contains("this"));
        assert!(!en.demonstrative_determiners.contains("ce"));
        assert!(fr.member_determiners.contains("ces"));
        assert!(!fr.member_determiners.contains("des"));
        assert!(en.past_participle_endings.contains(&"ed"));
        assert!(fr.participle_complement_openers.contains("par"));
    }
}
