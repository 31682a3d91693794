// Word lists for the synthetic corpus. Everything here is invented or generic: family names,
// given-name syllables, titles, cities, site names and stock phrases — no real article's text.

export const CHINESE_FAMILY = [
  "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu",
  "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song", "Zheng", "Xie", "Han", "Tang",
  "Feng", "Yu", "Dong", "Xiao", "Cheng", "Cao", "Yuan", "Deng", "Fu", "Shen", "Zeng", "Peng",
  "Su", "Lu", "Jiang", "Cai", "Jia", "Ding", "Wei", "Xue", "Ye", "Yan", "Pan", "Du", "Dai", "Xia",
  "Zhong", "Tian", "Ren", "Fan", "Fang", "Shi", "Yao", "Tan", "Liao", "Zou", "Xiong", "Jin", "Hao",
  "Kong", "Bai", "Cui", "Kang", "Qiu", "Qin", "Gu", "Hou", "Shao", "Meng", "Duan", "Lei", "Qian",
] as const;

export const CHINESE_SYLLABLES = [
  "jian", "guo", "wei", "ming", "hua", "qiang", "jun", "ping", "hong", "lin", "yong", "feng", "bo",
  "tao", "hai", "xin", "yu", "zhi", "cheng", "dong", "kai", "liang", "rui", "song", "wen", "xiang",
  "yan", "jie", "peng", "qing", "shan", "tian", "xu", "yi", "zhen", "an", "chao", "de", "fei", "gang",
  "hui", "lei", "li", "nan", "qi", "sheng", "ting", "xia", "yang", "ze", "hao", "mei", "na", "ying",
] as const;

export const RUSSIAN_GIVEN_MALE = [
  "Alexei", "Dmitry", "Sergei", "Nikolai", "Igor", "Andrei", "Mikhail", "Viktor", "Yuri", "Pavel",
  "Oleg", "Vladimir", "Konstantin", "Anatoly", "Boris", "Gennady", "Valery", "Yevgeny", "Maxim",
  "Roman", "Stanislav", "Vadim", "Grigory", "Arkady", "Leonid", "Timur", "Ruslan", "Vitaly",
] as const;

export const RUSSIAN_GIVEN_FEMALE = [
  "Anna", "Yelena", "Olga", "Irina", "Tatiana", "Natalia", "Maria", "Svetlana", "Yekaterina",
  "Marina", "Lyudmila", "Galina", "Vera", "Ksenia", "Daria", "Polina",
] as const;

/** Masculine surnames; the feminine form adds "a" (Volkov -> Volkova). */
export const RUSSIAN_SURNAMES = [
  "Volkov", "Morozov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Orlov", "Zaitsev", "Pavlov",
  "Semyonov", "Golubev", "Vinogradov", "Bogdanov", "Vorobyov", "Fyodorov", "Belyaev", "Tarasov",
  "Belov", "Komarov", "Kiselev", "Makarov", "Andreev", "Kovalev", "Ilyin", "Gusev", "Titov",
  "Kuzmin", "Kudryavtsev", "Baranov", "Kulikov", "Stepanov", "Yakovlev", "Sorokin", "Romanov",
  "Zakharov", "Borisov", "Korolev", "Ponomarev", "Grigoriev", "Lazarev", "Zhukov", "Krylov",
  "Nikitin", "Sobolev", "Frolov", "Davydov", "Markov", "Denisov", "Tikhonov", "Gromov",
] as const;

/** Other bylines: reporters and analysts of many origins. */
export const WESTERN_GIVEN = ["Daniel", "Sarah", "James", "Laura", "Michael", "Emma", "Peter", "Hannah", "Thomas", "Julia", "Mark", "Claire", "David", "Nina", "Robert", "Alice"] as const;
export const WESTERN_FAMILY = ["Kim", "Park", "Miller", "Novak", "Fischer", "Dubois", "Hughes", "Bennett", "Costa", "Larsen", "Weber", "Moreau", "Grant", "Ellis", "Ward", "Sato"] as const;

export const CHINESE_POSTS = [
  "Minister of Public Security", "Vice Foreign Minister", "Minister of State Security",
  "Director of the Office of the Central Foreign Affairs Commission",
  "Secretary of the Central Political and Legal Affairs Commission",
  "Minister of National Defense", "Vice Chairman of the Central Military Commission",
  "head of the International Department of the CPC Central Committee",
  "Deputy Minister of Public Security", "Assistant Foreign Minister",
  "Director of the National Immigration Administration", "Procurator-General of the Supreme People's Procuratorate",
] as const;

export const RUSSIAN_POSTS = [
  "Secretary of the Security Council", "Deputy Secretary of the Security Council",
  "Minister of Internal Affairs", "Director of the Federal Security Service", "Deputy Foreign Minister",
  "Minister of Defense", "Kremlin aide", "Prosecutor General", "Chief of the General Staff",
  "Director of the Foreign Intelligence Service", "Head of the Federal Guard Service",
  "Deputy Defense Minister", "Minister of Emergency Situations",
] as const;

export const CHINESE_SPOKES = ["Foreign Ministry spokesperson", "spokesperson for the Ministry of National Defense", "spokesperson for the Ministry of Public Security"] as const;
export const RUSSIAN_SPOKES = ["Kremlin spokesperson", "Foreign Ministry spokeswoman", "Security Council press secretary"] as const;

export const CHINESE_CITIES = ["Beijing", "Shanghai", "Harbin", "Tianjin", "Xiamen", "Hangzhou", "Chengdu", "Urumqi", "Kunming", "Qingdao", "Dalian", "Shenyang", "Suzhou", "Wuhan"] as const;
export const RUSSIAN_CITIES = ["Moscow", "St. Petersburg", "Vladivostok", "Kazan", "Sochi", "Novosibirsk", "Khabarovsk", "Irkutsk", "Yekaterinburg", "Nizhny Novgorod", "Murmansk", "Blagoveshchensk"] as const;
export const THIRD_CITIES = ["Astana", "Bishkek", "Tashkent", "Dushanbe", "Ulaanbaatar", "Minsk", "Baku", "Tehran", "New Delhi", "Geneva"] as const;

/** Recurring forums; "{n}" becomes an ordinal ("19th"). */
export const FORUMS = [
  "the {n} round of strategic security consultations",
  "the {n} meeting of the law enforcement and security cooperation mechanism",
  "the {n} international meeting of high representatives for security issues",
  "the {n} session of the joint working group on counter-terrorism",
  "the {n} round of consultations on border security",
  "the {n} strategic dialogue on Northeast Asian security",
  "the {n} meeting of the intergovernmental commission on military-technical cooperation",
  "the {n} consultations on missile defense and strategic stability",
] as const;

export const TOPICS = [
  "counter-terrorism cooperation", "cyber security", "the situation in Central Asia", "border management",
  "drug trafficking", "transnational organized crime", "missile defense", "the Arctic shipping route",
  "energy security", "joint naval patrols", "information security", "the security of the Korean Peninsula",
  "extremism in the region", "the protection of overseas citizens", "space security", "biological security",
] as const;

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export const AGENCIES = ["Xinhua", "TASS", "RIA Novosti", "Interfax", "Reuters", "AFP", "AP", "Kyodo", "Yonhap", "CGTN", "Sputnik"] as const;

/** Invented site names: [masthead, domain]. */
export const SITES: readonly (readonly [string, string])[] = [
  ["The Eastern Ledger", "easternledger.example"], ["Harbor Daily", "harbordaily.example"],
  ["Northline News", "northline.example"], ["Asia Policy Wire", "asiapolicywire.example"],
  ["The Steppe Courier", "steppecourier.example"], ["Pacific Monitor", "pacificmonitor.example"],
  ["Global Affairs Digest", "gadigest.example"], ["The Continental Review", "contreview.example"],
  ["Meridian Post", "meridianpost.example"], ["Strait Times Online", "straitonline.example"],
  ["The Security Brief", "securitybrief.example"], ["Danube Herald", "danubeherald.example"],
];

export const SECTIONS = ["World", "Politics", "Asia", "Europe", "Business", "Opinion", "Defense", "Diplomacy", "Tech", "Sports", "Culture", "Video", "Podcasts", "Lifestyle", "Health", "Science"] as const;

export const NAV_EXTRAS = ["Skip to main content", "Menu", "Search", "Subscribe", "Sign in", "Log in", "Newsletters", "Text Size", "Close", "Top", "Quick access to main page", "Direct access to main contents", "Today's Paper", "Edition: International"] as const;

/** Pieces of unrelated "related story" headlines: subject, verb phrase. */
export const TEASER_SUBJECTS = [
  "Coastal towns", "Chipmakers", "Central banks", "Wildfire crews", "A new study", "Regulators", "Farmers",
  "Airlines", "Doctors", "City planners", "Shipping firms", "Football clubs", "Carmakers", "Tech giants",
  "Heat waves", "Rail operators", "Streaming services", "Mountain villages", "Startups", "Retailers",
] as const;
export const TEASER_PREDICATES = [
  "brace for a record winter", "race to meet new export rules", "warn about hidden health risks",
  "cut prices as demand slows", "test driverless buses downtown", "face a shortage of engineers",
  "bet on battery recycling", "struggle with rising insurance costs", "turn to solar power",
  "report the best quarter in a decade", "rethink the four-day week", "push back on new taxes",
  "unveil plans for a high-speed line", "see tourists return after the floods", "quietly raise fees",
] as const;
export const TEASER_KICKERS = ["LIFESTYLE", "DEBATE", "ECONOMY", "SCIENCE", "WORLD", "TECH", "HEALTH", "CULTURE"] as const;

export const COMMENTER_NAMES = ["yuri77", "Pat", "observer", "kkk", "Ronnie", "mike_b", "A reader", "truthseeker", "Lena", "old_hand", "Zed", "frank", "Marta K."] as const;
export const COMMENT_LINES = [
  "This changes nothing, same story every year.",
  "Interesting analysis, thanks for the link to the earlier piece.",
  "Who exactly benefits from all these meetings?",
  "Stay tuned. More to come before the summer is over.",
  "Hard to see how this ends well for anyone in the region.",
  "The article leaves out the economic side completely.",
  "Great reporting as always.",
  "I lived in the Far East for ten years and nobody there talks about this.",
  "Not sure the translation of that quote is right.",
  "Follow the money, as usual.",
] as const;
