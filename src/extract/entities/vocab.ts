// Word lists the entity reader uses to tell names from titles, organisations and ordinary
// capitalised words. General English news vocabulary only; nothing here names a person.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Nouns that name a person's post or role; they can stand before a name ("Secretary Shoigu"). */
export const TITLE_HEADS = set(`
  president vice-president premier minister secretary secretary-general spokesperson spokesman spokeswoman
  director director-general chairman chairwoman chair chief head leader ambassador envoy adviser advisor aide
  assistant councilor councillor general admiral commander governor mayor senator congressman congresswoman
  representative deputy chancellor diplomat official analyst expert professor dr mr mrs ms miss sir lieutenant
  colonel captain marshal counselor counsellor member attorney justice judge speaker lawmaker legislator delegate
  correspondent reporter editor founder ceo king queen prince princess emperor pope cardinal sheikh emir
  commissioner superintendent inspector sergeant brigadier consul president-elect premier-designate
  mp researcher scholar fellow economist strategist columnist journalist activist
  prosecutor procurator prosecutor-general procurator-general
`);

/** Words that modify a title without being a name ("Foreign", "Deputy", "former", "Kremlin"). */
export const TITLE_MODIFIERS = set(`
  former ex then acting interim top senior junior first second prime vice deputy assistant associate executive
  foreign defense defence security national state central military political legal affairs public
  home interior finance trade commerce economic economy justice education health energy culture information
  press kremlin white house pentagon party communist council commission committee ministry office bureau
  department agency politburo standing presidential federal supreme general special chief principal
  permanent international external liaison united nations joint staff armed forces army navy air force
  intelligence counterterrorism cyber deputy-chief co-chair late incumbent outgoing incoming newly appointed
  elected longtime long-time veteran retired
  emergency emergencies situations internal civil protection disaster management relief transport
  transportation agriculture rural labour labor social welfare environment natural resources industry
  development communications telecommunications science technology construction housing veterans tourism
  sport sports youth migration immigration border customs tax taxation revenue treasury budget planning
  infrastructure regional maritime fisheries mines mining petroleum procuratorate people
`);

/** Capitalised words that end an organisation's name ("Council", "Ministry"). */
export const ORG_HEADS = set(`
  ministry council commission committee department agency organization organisation party bureau office
  administration service army navy forces force guard bank fund university institute association union
  alliance assembly parliament congress senate duma court academy corporation company foundation authority
  police command staff secretariat cabinet government embassy consulate league movement front directorate
  politburo board federation inc ltd group procuratorate
`);

/**
 * Possessives that belong to a name rather than naming an owner ("People's Liberation Army",
 * "National People's Congress", "Women's Federation"; against "Russia's Security Council").
 */
export const NAME_POSSESSIVES = set(`people women children men`);

/** Words that join the parts of an organisation's name. */
export const ORG_CONNECTORS = set(`of for and the de du des la`);

/** Lower-case particles inside personal names ("Ursula von der Leyen"). */
export const NAME_PARTICLES = set(`von van der den de da di del della le la du dos bin ibn al el`);

/** Capitalised words that are never (part of) a personal name. */
export const NOT_NAME = set(`
  The A An This That These Those It Its In On At To For From By With Without Of As And But Or Nor Yet So If When
  While Since After Before During Until Between Among Against About Above Below Under Over Into Through Across
  Also However Meanwhile Moreover Furthermore Therefore Thus Still Even Although Though Because Despite Earlier
  Later Currently Reportedly According Recently Previously Today Yesterday Tomorrow Tonight Now Then Here There
  He She They We I You His Her Their Our My Your Who What Where Why How Which Whose Whom Both Each Every All Any
  Some Many Most More Few Several Such No Not Yes Last Next First Second Third New Old Top Key Major Minor
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Feb Mar Apr Jul Aug Sep Sept Oct Nov Dec
  Comments Comment Share Reply Cancel Close Text Size Menu Home Search Login Subscribe Advertisement Photo
  Video Source Read Click Follow Print Email Copyright Rights Reserved Top Latest Popular Related News Stories
  War Cold Initiative Summit Talks Meeting Treaty Exhibition Forum Conference Dialogue Strategy Doctrine Era
  Day Week Month Year Time Times Airshow Agreement Declaration Statement Plan Program Programme Project Act
  Law Bill Order Operation Exercise Drill Games Olympics Cup Prize Award Festival Expo
  God Lord Christ Allah Internet Web Online Digital Global World International National Local
  North South East West Northern Southern Eastern Western Central Middle Upper Lower Greater
  Ie Eg Etc Via Per Re Mr Mrs Ms Dr
`);

/** Month abbreviations that are also given names ("Dong Jun", "Jan Lipavsky"): a name unless a number follows. */
export const MONTH_OR_NAME = set(`Jan Jun`);

/** Verbs that report speech; a name or pronoun before them is a speaker. */
export const SPEECH_VERBS =
  "said|says|say|stated|states|told|tells|noted|notes|added|adds|warned|warns|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|explained|claimed|underscored|underlined|echoed|responded|replied|announced|argued|asserted|wrote|writes|tweeted|posted|continued|insisted|remarked|declared|observed|commented|pointed out|assessed|urged|called|asked|confirmed|acknowledged|suggested|reiterated|highlighted|affirmed|mentioned|recalled|predicted|cautioned|concluded|saying|stating|adding|noting|telling|warning|stressing";

export const SPEECH_VERB = new RegExp(`^(?:${SPEECH_VERBS})$`, "i");
